package dev.itam.m365.portal.rest;

import dev.itam.m365.api.importing.ConnectionCheck;
import dev.itam.m365.api.importing.TenantConnections;
import dev.itam.m365.api.importing.TenantLicence;
import dev.itam.m365.api.portal.Portal;
import dev.itam.m365.api.portal.PortalDraft;
import dev.itam.m365.api.portal.PortalService;
import dev.itam.m365.rest.QueryParameters;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Portals over HTTP (M-1 to M-4). Reading needs m365-viewer or m365-admin, changing m365-admin. */
@Path("portals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PortalResource {

    @Inject
    PortalService portals;

    @Inject
    TenantConnections tenants;

    @Context
    UriInfo uriInfo;

    @GET
    public List<Portal> list() {
        return portals.list();
    }

    @GET
    @Path("{id}")
    public Portal get(@PathParam("id") long id) {
        return portals.get(id);
    }

    @POST
    public Response create(PortalDraft draft) {
        Portal created = portals.create(draft);
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("{id}")
    public Portal update(@PathParam("id") long id, PortalDraft draft) {
        return portals.update(id, draft);
    }

    @DELETE
    @Path("{id}")
    public void delete(@PathParam("id") long id) {
        portals.delete(id);
    }

    /** Test connection with a stored portal's saved data. */
    @POST
    @Path("{id}/connection-test")
    public ConnectionCheck testStored(@PathParam("id") long id) {
        return tenants.test(id);
    }

    /**
     * Test connection with data not saved yet: the wizard's, or an edit tab's when {@code portalId}
     * names the portal (its stored credential is used when the draft has none).
     */
    @POST
    @Path("connection-test")
    public ConnectionCheck testDraft(
            PortalDraft draft,
            @QueryParam("portalId") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
                    String portalId) {
        return tenants.test(draft, storedPortal(portalId));
    }

    /** Every licence of the portal's tenant, for the exclusions tab. */
    @GET
    @Path("{id}/licences")
    public List<TenantLicence> licences(@PathParam("id") long id) {
        return tenants.licences(id);
    }

    /** Every licence of the tenant the draft connects to, for the wizard's exclusions step. */
    @POST
    @Path("licences")
    public List<TenantLicence> draftLicences(
            PortalDraft draft,
            @QueryParam("portalId") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
                    String portalId) {
        return tenants.licences(draft, storedPortal(portalId));
    }

    /** The portal whose stored credential a draft without one uses, or null for none. */
    private static Long storedPortal(String portalId) {
        QueryParameters query = new QueryParameters();
        Long id = query.id("portalId", portalId).orElse(null);
        query.check();
        return id;
    }
}
