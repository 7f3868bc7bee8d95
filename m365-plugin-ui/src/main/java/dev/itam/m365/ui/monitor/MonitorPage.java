package dev.itam.m365.ui.monitor;

import dev.itam.m365.api.monitor.ScheduledTask;
import dev.itam.m365.api.monitor.TaskRunService;
import dev.itam.m365.api.monitor.TaskRunSummary;
import dev.itam.m365.api.monitor.TaskService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The schedule of each task and the most recent runs with outcome, figures and error. */
@Named
@ViewScoped
public class MonitorPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TaskService tasks;

    @Inject
    TaskRunService runs;

    private List<ScheduledTask> schedule;
    private List<TaskRunSummary> recent;

    @PostConstruct
    void load() {
        schedule = tasks.schedule();
        recent = runs.recent(500);
    }

    public List<ScheduledTask> getSchedule() {
        return schedule;
    }

    public List<TaskRunSummary> getRuns() {
        return recent;
    }
}
