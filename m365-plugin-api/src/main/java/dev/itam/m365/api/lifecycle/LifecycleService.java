package dev.itam.m365.api.lifecycle;

import java.time.Duration;
import java.util.List;

/** Subscriptions behind the licences and what changes when: renewals, trial ends, grace periods, deletions. */
public interface LifecycleService {

    /** Every coming change from now until {@code within} from now, earliest first. */
    List<LifecycleChange> comingChanges(Duration within);

    /** Coming changes within the installation's alert window ({@link #alertWindow()}). */
    List<LifecycleChange> comingChanges();

    /** How far ahead changes are alerted on and listed by default: {@code m365.lifecycle.alert-window}, 30 days unless set. */
    Duration alertWindow();

    /** Every subscription of one licence, as the last import read them. */
    List<Subscription> subscriptions(long licenceId);

    void addAlertListener(LifecycleAlertListener listener);

    void removeAlertListener(LifecycleAlertListener listener);
}
