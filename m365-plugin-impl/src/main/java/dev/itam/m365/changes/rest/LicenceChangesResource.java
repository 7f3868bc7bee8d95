package dev.itam.m365.changes.rest;

import dev.itam.m365.api.changes.Change;
import dev.itam.m365.api.changes.ChangeService;
import dev.itam.m365.rest.QueryParameters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** A licence's most recent changes, newest run first ({@code max} up to 1000, default 50). */
@Path("licences/{id}/changes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LicenceChangesResource {

    @Inject
    ChangeService changes;

    @GET
    public List<Change> recent(@PathParam("id") long licenceId, @QueryParam("max") String max) {
        QueryParameters query = new QueryParameters();
        int size = query.number(
                        "max",
                        max,
                        1,
                        RunChangesResource.MAX_PAGE,
                        "'max' is how many changes: a whole number" + " from 1 to " + RunChangesResource.MAX_PAGE + ".")
                .orElse(50);
        query.check();
        return changes.recentChanges(licenceId, size);
    }
}
