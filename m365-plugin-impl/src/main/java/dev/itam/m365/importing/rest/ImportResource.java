package dev.itam.m365.importing.rest;

import dev.itam.m365.api.importing.ImportMode;
import dev.itam.m365.api.importing.ImportService;
import dev.itam.m365.api.monitor.TaskRunSummary;
import dev.itam.m365.api.monitor.TaskTrigger;
import dev.itam.m365.rest.QueryParameters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

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

    /**
     * With {@code ?recalculate=true}, "Import now": the import of every user, then the recalculation,
     * as one run. With {@code ?mode=INCREMENTAL} only the users' changes since the last import, as
     * the schedule does, while the portal's change tracking allows it.
     */
    @POST
    @Path("{portalId}")
    public TaskRunSummary importPortal(
            @PathParam("portalId") long portalId,
            @QueryParam("recalculate") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) String recalculate,
            @QueryParam("mode") @Parameter(description = "FULL (default) or INCREMENTAL") String mode) {
        QueryParameters query = new QueryParameters();
        boolean thenRecalculate = query.flag("recalculate", recalculate);
        ImportMode chosen = query.constant("mode", mode, ImportMode.class).orElse(ImportMode.FULL);
        query.check();
        return thenRecalculate
                ? imports.importNow(portalId, TaskTrigger.ADMIN)
                : imports.importPortal(portalId, TaskTrigger.ADMIN, chosen);
    }
}
