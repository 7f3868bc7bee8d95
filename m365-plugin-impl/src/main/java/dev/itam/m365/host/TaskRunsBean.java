package dev.itam.m365.host;

import dev.itam.m365.api.monitor.TaskRunService;
import dev.itam.m365.api.monitor.TaskRunSummary;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/** {@code java:global/m365-plugin/M365TaskRuns!dev.itam.m365.api.monitor.TaskRunService}: the TaskRunService for host applications. */
@Stateless(name = "M365TaskRuns")
@Local(TaskRunService.class)
@HostFacade
@HostCall
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class TaskRunsBean implements TaskRunService {

    @Inject
    TaskRunService delegate;

    @Override
    public List<TaskRunSummary> recent(int limit) {
        return delegate.recent(limit);
    }

    @Override
    public TaskRunSummary run(long runId) {
        return delegate.run(runId);
    }
}
