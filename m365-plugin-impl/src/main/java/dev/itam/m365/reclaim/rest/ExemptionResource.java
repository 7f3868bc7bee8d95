package dev.itam.m365.reclaim.rest;

import dev.itam.m365.api.reclaim.Exemption;
import dev.itam.m365.api.reclaim.ReclaimService;
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
import java.util.List;

/** Users kept off the reclaim list; the signed-in admin is recorded as who exempted them. */
@Path("reclaim/exemptions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ExemptionResource {

    @Inject
    ReclaimService reclaim;

    @GET
    public List<Exemption> exemptions() {
        return reclaim.exemptions();
    }

    @PUT
    @Path("{contactId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Exemption exempt(
            @PathParam("contactId") long contactId, ExemptionNote body, @Context SecurityContext security) {
        return reclaim.exempt(contactId, body.note(), SignedInUser.name(security));
    }

    @DELETE
    @Path("{contactId}")
    public Response remove(@PathParam("contactId") long contactId) {
        reclaim.removeExemption(contactId);
        return Response.noContent().build();
    }
}
