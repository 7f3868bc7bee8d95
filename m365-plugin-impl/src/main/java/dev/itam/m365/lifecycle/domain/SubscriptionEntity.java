package dev.itam.m365.lifecycle.domain;

import dev.itam.m365.api.lifecycle.LifecycleEvent;
import dev.itam.m365.api.lifecycle.Subscription;
import dev.itam.m365.api.lifecycle.SubscriptionStatus;
import dev.itam.m365.licensing.domain.LicenceEntity;
import dev.itam.m365.persistence.PersistentEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One subscription behind a licence, replaced by what each import reads. */
@Entity(name = "Subscription")
@Table(name = "M365_SUBSCRIPTION")
public class SubscriptionEntity extends PersistentEntity {

    /** Longest subscription id and commerce id kept; Graph's are GUIDs. */
    public static final int MAX_ID = 100;

    private static final int MAX_STATUS = 30;

    @ManyToOne(optional = false)
    @JoinColumn(name = "LICENCE_ID")
    private LicenceEntity licence;

    @Column(name = "SUBSCRIPTION_ID", nullable = false, length = MAX_ID)
    private String subscriptionId;

    @Column(name = "COMMERCE_SUBSCRIPTION_ID", length = MAX_ID)
    private String commerceSubscriptionId;

    @Column(name = "STATUS", length = MAX_STATUS)
    private String status;

    @Column(name = "TOTAL_LICENSES", nullable = false)
    private int seats;

    @Column(name = "IS_TRIAL", nullable = false)
    private boolean trial;

    @Column(name = "CREATED_AT")
    private Instant createdAt;

    @Column(name = "NEXT_LIFECYCLE_AT")
    private Instant nextLifecycleAt;

    protected SubscriptionEntity() {}

    public SubscriptionEntity(LicenceEntity licence, SubscriptionReport report) {
        this.licence = licence;
        this.subscriptionId = report.subscriptionId();
        take(report);
    }

    /** @return whether anything changed */
    public boolean take(SubscriptionReport report) {
        String newCommerceId = fitted(report.commerceSubscriptionId(), MAX_ID);
        String newStatus = fitted(report.status(), MAX_STATUS);
        boolean changed = !Objects.equals(commerceSubscriptionId, newCommerceId)
                || !Objects.equals(status, newStatus)
                || seats != report.seats()
                || trial != report.trial()
                || !Objects.equals(createdAt, report.createdAt())
                || !Objects.equals(nextLifecycleAt, report.nextLifecycleAt());
        commerceSubscriptionId = newCommerceId;
        status = newStatus;
        seats = report.seats();
        trial = report.trial();
        createdAt = report.createdAt();
        nextLifecycleAt = report.nextLifecycleAt();
        return changed;
    }

    public LicenceEntity licence() {
        return licence;
    }

    public String subscriptionId() {
        return subscriptionId;
    }

    public SubscriptionStatus status() {
        return SubscriptionStatus.ofGraph(status);
    }

    public boolean trial() {
        return trial;
    }

    public int seats() {
        return seats;
    }

    public Instant nextLifecycleAt() {
        return nextLifecycleAt;
    }

    /** What happens at its next lifecycle date; null when it has none or nothing is known to happen. */
    public LifecycleEvent nextEvent() {
        if (nextLifecycleAt == null) {
            return null;
        }
        return switch (status()) {
            case ENABLED -> trial ? LifecycleEvent.TRIAL_END : LifecycleEvent.RENEWAL;
            case WARNING -> LifecycleEvent.GRACE_PERIOD_END;
            case SUSPENDED, LOCKED_OUT -> LifecycleEvent.DELETION;
            case DELETED, UNKNOWN -> null;
        };
    }

    /** Whether its change is still to come at {@code now}. */
    public boolean changesAfter(Instant now) {
        return nextEvent() != null && !nextLifecycleAt.isBefore(now);
    }

    public Subscription view() {
        return new Subscription(
                licence.id(),
                subscriptionId,
                commerceSubscriptionId,
                status(),
                status,
                seats,
                trial,
                createdAt,
                nextLifecycleAt,
                nextEvent());
    }

    private static String fitted(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
