package dev.itam.m365.host;

import dev.itam.m365.api.monitor.ScheduledTask;
import dev.itam.m365.api.monitor.TaskRunListener;
import dev.itam.m365.api.monitor.TaskRunSummary;
import dev.itam.m365.api.monitor.TaskService;
import dev.itam.m365.api.monitor.TaskTrigger;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/** {@code java:global/m365-plugin/M365Tasks!dev.itam.m365.api.monitor.TaskService}: the TaskService for host applications. */
@Stateless(name = "M365Tasks")
@Local(TaskService.class)
@HostFacade
@HostCall
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class TasksBean implements TaskService {

    @Inject
    TaskService delegate;

    @Override
    public TaskRunSummary recalculate(TaskTrigger trigger) {
        return delegate.recalculate(trigger);
    }

    @Override
    public TaskRunSummary startFullRecalculation(TaskTrigger trigger) {
        return delegate.startFullRecalculation(trigger);
    }

    @Override
    public List<ScheduledTask> schedule() {
        return delegate.schedule();
    }

    @Override
    public void addListener(TaskRunListener listener) {
        delegate.addListener(listener);
    }

    @Override
    public void removeListener(TaskRunListener listener) {
        delegate.removeListener(listener);
    }
}
