package dev.itam.m365.host;

import dev.itam.m365.api.lifecycle.LifecycleAlertListener;
import dev.itam.m365.api.lifecycle.LifecycleChange;
import dev.itam.m365.api.lifecycle.LifecycleService;
import dev.itam.m365.api.lifecycle.Subscription;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;

/** {@code java:global/m365-plugin/M365Lifecycle!dev.itam.m365.api.lifecycle.LifecycleService}: the LifecycleService for host applications. */
@Stateless(name = "M365Lifecycle")
@Local(LifecycleService.class)
@HostFacade
@HostCall
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class LifecycleBean implements LifecycleService {

    @Inject
    LifecycleService delegate;

    @Override
    public List<LifecycleChange> comingChanges(Duration within) {
        return delegate.comingChanges(within);
    }

    @Override
    public List<LifecycleChange> comingChanges() {
        return delegate.comingChanges();
    }

    @Override
    public Duration alertWindow() {
        return delegate.alertWindow();
    }

    @Override
    public List<Subscription> subscriptions(long licenceId) {
        return delegate.subscriptions(licenceId);
    }

    @Override
    public void addAlertListener(LifecycleAlertListener listener) {
        delegate.addAlertListener(listener);
    }

    @Override
    public void removeAlertListener(LifecycleAlertListener listener) {
        delegate.removeAlertListener(listener);
    }
}
