package dev.itam.m365.tasks.application;

import dev.itam.m365.api.monitor.TaskRunFinished;
import dev.itam.m365.api.monitor.TaskRunListener;
import dev.itam.m365.api.monitor.TaskRunSummary;
import dev.itam.m365.monitor.application.TaskRuns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells who wants to know that a run ended: the CDI event inside the plugin, and the listeners host
 * applications registered, since CDI events do not cross applications. A failing listener stops no one.
 */
@ApplicationScoped
public class RunAnnouncer {

    private static final Logger LOG = Logger.getLogger(RunAnnouncer.class.getName());

    @Inject
    Event<TaskRunFinished> finished;

    @Inject
    TaskRuns runs;

    private final List<TaskRunListener> listeners = new CopyOnWriteArrayList<>();

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
        for (TaskRunListener listener : listeners) {
            try {
                listener.finished(run);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A task run listener failed", e);
            }
        }
    }
}
