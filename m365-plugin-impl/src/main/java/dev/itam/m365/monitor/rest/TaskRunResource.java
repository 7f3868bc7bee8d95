package dev.itam.m365.monitor.rest;

import dev.itam.m365.api.monitor.TaskRunService;
import dev.itam.m365.api.monitor.TaskRunSummary;
import dev.itam.m365.rest.QueryParameters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Task runs, newest first (M-11). */
@Path("task-runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TaskRunResource {

    @Inject
    TaskRunService runs;

    static final int MAX_LIMIT = 1000;

    @GET
    public List<TaskRunSummary> recent(
            @QueryParam("limit")
                    @Parameter(
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "1000",
                                            defaultValue = "100"))
                    String limit) {
        QueryParameters query = new QueryParameters();
        int count = query.number(
                        "limit",
                        limit,
                        1,
                        MAX_LIMIT,
                        "'limit' is how many runs to list: a whole number from 1 to " + MAX_LIMIT + ".")
                .orElse(100);
        query.check();
        return runs.recent(count);
    }
}
