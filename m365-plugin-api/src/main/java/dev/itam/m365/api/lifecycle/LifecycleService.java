package dev.itam.m365.api.lifecycle;

import java.time.Duration;
import java.util.List;

/** Subscriptions behind the licences and what changes when: renewals, trial ends, grace periods, deletions. */
public interface LifecycleService {

    /** Every coming change from now until {@code within} from now, earliest first. */
    List<LifecycleChange> comingChanges(Duration within);

    /** Coming changes within the installation's alert window ({@code m365.lifecycle.alert-window}). */
    List<LifecycleChange> comingChanges();

    /** Every subscription of one licence, as the last import read them. */
    List<Subscription> subscriptions(long licenceId);

    void addAlertListener(LifecycleAlertListener listener);

    void removeAlertListener(LifecycleAlertListener listener);
}
