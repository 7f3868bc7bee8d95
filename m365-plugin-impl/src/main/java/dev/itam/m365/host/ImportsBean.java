package dev.itam.m365.host;

import dev.itam.m365.api.importing.ImportMode;
import dev.itam.m365.api.importing.ImportService;
import dev.itam.m365.api.monitor.TaskRunSummary;
import dev.itam.m365.api.monitor.TaskTrigger;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/** {@code java:global/m365-plugin/M365Imports!dev.itam.m365.api.importing.ImportService}: the ImportService for host applications. */
@Stateless(name = "M365Imports")
@Local(ImportService.class)
@HostFacade
@HostCall
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ImportsBean implements ImportService {

    @Inject
    ImportService delegate;

    @Override
    public List<TaskRunSummary> importAll(TaskTrigger trigger) {
        return delegate.importAll(trigger);
    }

    @Override
    public TaskRunSummary importPortal(long portalId, TaskTrigger trigger) {
        return delegate.importPortal(portalId, trigger);
    }

    @Override
    public TaskRunSummary importPortal(long portalId, TaskTrigger trigger, ImportMode mode) {
        return delegate.importPortal(portalId, trigger, mode);
    }

    @Override
    public TaskRunSummary importNow(long portalId, TaskTrigger trigger) {
        return delegate.importNow(portalId, trigger);
    }
}
