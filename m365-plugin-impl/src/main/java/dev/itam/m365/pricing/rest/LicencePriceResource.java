package dev.itam.m365.pricing.rest;

import dev.itam.m365.api.pricing.LicencePrice;
import dev.itam.m365.api.pricing.PriceDraft;
import dev.itam.m365.api.pricing.PricingService;
import dev.itam.m365.rest.SignedInUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** One licence's price: read, set by the signed-in admin, removed (a built-in price 0 then applies again). */
@Path("licences/{id}/price")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LicencePriceResource {

    @Inject
    PricingService pricing;

    @GET
    public LicencePrice price(@PathParam("id") long licenceId) {
        return pricing.price(licenceId);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public LicencePrice set(@PathParam("id") long licenceId, PriceDraft draft, @Context SecurityContext security) {
        return pricing.setPrice(licenceId, draft, SignedInUser.name(security));
    }

    @DELETE
    public Response remove(@PathParam("id") long licenceId) {
        pricing.removePrice(licenceId);
        return Response.noContent().build();
    }
}
