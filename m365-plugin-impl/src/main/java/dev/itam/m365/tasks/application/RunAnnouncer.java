package dev.itam.m365.tasks.application;

import dev.itam.m365.api.monitor.TaskRunFinished;
import dev.itam.m365.api.monitor.TaskRunListener;
import dev.itam.m365.api.monitor.TaskRunSummary;
import dev.itam.m365.monitor.application.TaskRuns;
import dev.itam.m365.platform.HostListeners;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Tells who wants to know that a run ended: the CDI event inside the plugin, and the listeners host
 * applications registered, since CDI events do not cross applications. A failing listener stops no one.
 */
@ApplicationScoped
public class RunAnnouncer {

    @Inject
    Event<TaskRunFinished> finished;

    @Inject
    TaskRuns runs;

    private final HostListeners<TaskRunListener> listeners = new HostListeners<>("task run");

    public void add(TaskRunListener listener) {
        listeners.add(listener);
    }

    public void remove(TaskRunListener listener) {
        listeners.remove(listener);
    }

    /** Runs of a dead holder, closed by the sweep or by the holding that took their lease over. */
    void announceClosed(List<Long> runIds) {
        runIds.forEach(runId -> announce(runs.run(runId)));
    }

    void announce(TaskRunSummary run) {
        finished.fire(new TaskRunFinished(run));
        listeners.tell(listener -> listener.finished(run));
    }
}
