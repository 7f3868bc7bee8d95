package dev.itam.m365.host;

import dev.itam.m365.api.changes.Change;
import dev.itam.m365.api.changes.ChangeCounts;
import dev.itam.m365.api.changes.ChangeService;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/** {@code java:global/m365-plugin/M365Changes!dev.itam.m365.api.changes.ChangeService}: the ChangeService for host applications. */
@Stateless(name = "M365Changes")
@Local(ChangeService.class)
@HostFacade
@HostCall
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ChangesBean implements ChangeService {

    @Inject
    ChangeService delegate;

    @Override
    public List<Change> changes(long runId, Long licenceId, int first, int max) {
        return delegate.changes(runId, licenceId, first, max);
    }

    @Override
    public int changeCount(long runId, Long licenceId) {
        return delegate.changeCount(runId, licenceId);
    }

    @Override
    public ChangeCounts counts(long runId) {
        return delegate.counts(runId);
    }

    @Override
    public List<Change> recentChanges(long licenceId, int max) {
        return delegate.recentChanges(licenceId, max);
    }
}
