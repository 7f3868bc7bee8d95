package dev.itam.m365.monitor.rest;

import dev.itam.m365.api.monitor.TaskRunService;
import dev.itam.m365.api.monitor.TaskRunSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Task runs, newest first (M-11). */
@Path("task-runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TaskRunResource {

    @Inject
    TaskRunService runs;

    @GET
    public List<TaskRunSummary> recent(@QueryParam("limit") @DefaultValue("100") int limit) {
        return runs.recent(limit);
    }
}
