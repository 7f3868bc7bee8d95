package dev.itam.m365.importing.rest;

import dev.itam.m365.api.importing.ImportService;
import dev.itam.m365.api.monitor.TaskRunSummary;
import dev.itam.m365.api.monitor.TaskTrigger;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Imports now, as an admin asked; answers with the task runs. */
@Path("imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    @Inject
    ImportService imports;

    @POST
    public List<TaskRunSummary> importAll() {
        return imports.importAll(TaskTrigger.ADMIN);
    }

    /** With {@code ?recalculate=true}, "Import now": the import, then the recalculation, as one run. */
    @POST
    @Path("{portalId}")
    public TaskRunSummary importPortal(
            @PathParam("portalId") long portalId,
            @QueryParam("recalculate") @DefaultValue("false") boolean recalculate) {
        return recalculate
                ? imports.importNow(portalId, TaskTrigger.ADMIN)
                : imports.importPortal(portalId, TaskTrigger.ADMIN);
    }
}
