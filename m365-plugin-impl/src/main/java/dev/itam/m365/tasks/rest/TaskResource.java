package dev.itam.m365.tasks.rest;

import dev.itam.m365.api.monitor.ScheduledTask;
import dev.itam.m365.api.monitor.TaskRunSummary;
import dev.itam.m365.api.monitor.TaskService;
import dev.itam.m365.api.monitor.TaskTrigger;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The scheduled tasks and their triggers; 409 when the task is already running. */
@Path("tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

    @Inject
    TaskService tasks;

    @GET
    public List<ScheduledTask> schedule() {
        return tasks.schedule();
    }

    @POST
    @Path("recalculation")
    public TaskRunSummary recalculate() {
        return tasks.recalculate(TaskTrigger.ADMIN);
    }

    /** Rolls the licences' history up now, as the daily schedule does. */
    @POST
    @Path("history-rollup")
    public TaskRunSummary rollUpHistory() {
        return tasks.rollUpHistory(TaskTrigger.ADMIN);
    }

    /** "Recalculate completely": accepted at once, the run goes on; follow it under /api/task-runs. */
    @POST
    @Path("full-recalculation")
    public Response recalculateCompletely() {
        return Response.accepted(tasks.startFullRecalculation(TaskTrigger.ADMIN))
                .build();
    }
}
