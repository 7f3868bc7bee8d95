package dev.itam.m365.history.rest;

import dev.itam.m365.api.history.HistoryService;
import dev.itam.m365.api.history.PortalMonth;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** What a portal's licences cost per month, month by month, per currency. */
@Path("portals/{id}/history")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PortalHistoryResource {

    @Inject
    HistoryService history;

    @GET
    public List<PortalMonth> history(@PathParam("id") long portalId) {
        return history.portalHistory(portalId);
    }
}
