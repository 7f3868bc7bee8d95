package dev.itam.m365.licensing.rest;

import dev.itam.m365.api.InvalidInputException;
import dev.itam.m365.api.Violation;
import dev.itam.m365.api.licensing.LicensingService;
import dev.itam.m365.api.licensing.Product;
import dev.itam.m365.licensing.application.ConsumerTypes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Products: listing, creating by hand, moving to another folder (the only change imported products allow), deleting. */
@Path("products")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductResource {

    @Inject
    LicensingService licensing;

    @GET
    public List<Product> products() {
        return licensing.products();
    }

    /** A product by hand. Body: {@code {"name", "folderId", "consumerType": "USER" | "DEVICE"}}; another type is a 400. */
    @POST
    public Response create(NewProduct body) {
        if (body.folderId() == null) {
            throw new InvalidInputException(List.of(new Violation("folderId", "Name the folder the product goes in.")));
        }
        Product product =
                licensing.createProduct(body.name(), body.folderId(), ConsumerTypes.parse(body.consumerType()));
        return Response.status(Response.Status.CREATED).entity(product).build();
    }

    /** Body: {@code {"folderId": 12}}. */
    @PUT
    @Path("{id}/folder")
    public Product move(@PathParam("id") long productId, FolderChoice body) {
        if (body.folderId() == null) {
            throw new InvalidInputException(
                    List.of(new Violation("folderId", "Name the folder to move the product to.")));
        }
        return licensing.moveProduct(productId, body.folderId());
    }

    @DELETE
    @Path("{id}")
    public void delete(@PathParam("id") long productId) {
        licensing.deleteProduct(productId);
    }
}
