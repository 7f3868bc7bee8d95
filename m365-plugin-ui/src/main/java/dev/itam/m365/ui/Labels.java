package dev.itam.m365.ui;

import dev.itam.m365.api.audit.AuditAction;
import dev.itam.m365.api.audit.AuditEntry;
import dev.itam.m365.api.changes.ChangeKind;
import dev.itam.m365.api.compliance.ComplianceStatus;
import dev.itam.m365.api.compliance.CurrencyCosts;
import dev.itam.m365.api.compliance.LicenceCosts;
import dev.itam.m365.api.compliance.Seats;
import dev.itam.m365.api.licensing.AssignmentSource;
import dev.itam.m365.api.licensing.ProductOrigin;
import dev.itam.m365.api.licensing.SyncProblem;
import dev.itam.m365.api.licensing.SyncStatus;
import dev.itam.m365.api.lifecycle.Lifecycle;
import dev.itam.m365.api.lifecycle.LifecycleEvent;
import dev.itam.m365.api.lifecycle.SubscriptionStatus;
import dev.itam.m365.api.monitor.TaskOutcome;
import dev.itam.m365.api.monitor.TaskType;
import dev.itam.m365.api.portal.CredentialSummary;
import dev.itam.m365.api.portal.NationalCloud;
import dev.itam.m365.api.portal.PortalWarningKind;
import dev.itam.m365.api.pricing.Price;
import dev.itam.m365.api.pricing.PricePeriod;
import dev.itam.m365.api.reclaim.ReclaimReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Statuses, reasons, tasks, clouds, credentials and lifecycles in the words admins read on the
 * pages; the REST API keeps the constants.
 */
@Named
@ApplicationScoped
public class Labels {

    @Inject
    Format format;

    public String task(TaskType task) {
        if (task == null) {
            return "";
        }
        return switch (task) {
            case IMPORT -> "Import";
            case RECALCULATION -> "Recalculation";
            case FULL_RECALCULATION -> "Recalculate completely";
            case IMPORT_NOW -> "Import now";
            case HISTORY_ROLLUP -> "History roll-up";
        };
    }

    public String outcome(TaskOutcome outcome) {
        if (outcome == null) {
            return "";
        }
        return switch (outcome) {
            case RUNNING -> "Running";
            case SUCCEEDED -> "Succeeded";
            case FAILED -> "Failed";
        };
    }

    /**
     * A task's interval (ISO-8601, e.g. PT5H) as "every 5 h", or "switched off" when it has none
     * (EL passes a missing one as "").
     */
    public String interval(String interval) {
        if (interval == null || interval.isBlank()) {
            return "switched off";
        }
        Duration every = Duration.parse(interval);
        String hours = every.toHours() > 0 ? every.toHours() + " h" : "";
        String minutes = every.toMinutesPart() > 0 ? every.toMinutesPart() + " min" : "";
        String seconds = every.toSecondsPart() > 0 ? every.toSecondsPart() + " s" : "";
        return "every "
                + String.join(
                        " ",
                        Stream.of(hours, minutes, seconds)
                                .filter(p -> !p.isEmpty())
                                .toList());
    }

    public String cloud(NationalCloud cloud) {
        if (cloud == null) {
            return "";
        }
        return switch (cloud) {
            case GLOBAL -> "Global (most tenants)";
            case US_GOV -> "US Government (GCC High)";
            case US_GOV_DOD -> "US Government (DoD)";
            case CHINA -> "China (21Vianet)";
        };
    }

    /** A stored credential: which secret or certificate, and until when it is valid; never the secret. */
    public String warning(PortalWarningKind kind) {
        return switch (kind) {
            case CREDENTIAL_EXPIRES -> "Credential expires soon";
            case CREDENTIAL_EXPIRED -> "Credential expired";
            case DATA_STALE -> "Data stale";
        };
    }

    /** "valid for 25 more days", "expired 3 days ago": how long the credential in use has left. */
    public String daysLeft(CredentialSummary credential) {
        Integer days = credential.expiresInDays();
        if (days == null) {
            return "";
        }
        if (days < 0) {
            return days == -1 ? "expired yesterday" : "expired " + -days + " days ago";
        }
        return days == 0 ? "expires today" : days == 1 ? "expires tomorrow" : "expires in " + days + " days";
    }

    public String credential(CredentialSummary credential) {
        if (credential.secretSet()) {
            return "Client secret " + credential.secretId() + ", valid until " + credential.secretExpiresOn();
        }
        if (credential.certificateSet()) {
            return "Certificate " + credential.certificateThumbprint() + " (" + credential.certificateSubject()
                    + "), valid until " + format.instant(credential.certificateExpiresAt());
        }
        return "None";
    }

    public String status(ComplianceStatus status) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case COMPLIANT -> "Compliant";
            case UNDER_LICENSED -> "Under-licensed";
            case OVER_LICENSED -> "Over-licensed";
            case CANNOT_BE_SYNCHRONISED -> "Cannot be synchronised";
            case SUBSCRIPTION_INACTIVE -> "Subscription inactive";
            case TENANT_WIDE -> "Tenant-wide";
        };
    }

    /** Why a licence or product cannot be synchronised. */
    public String syncProblem(SyncProblem problem) {
        if (problem == null) {
            return "";
        }
        return switch (problem) {
            case SKU_EXCLUDED -> "The licence is excluded from the portal's import.";
            case SKU_REMOVED_FROM_TENANT -> "The tenant no longer has this licence.";
            case PORTAL_DELETED -> "The portal that imported it was deleted.";
        };
    }

    public String syncStatus(SyncStatus status) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case SYNCHRONISED -> "Synchronised";
            case CANNOT_BE_SYNCHRONISED -> "Cannot be synchronised";
        };
    }

    public String origin(ProductOrigin origin) {
        if (origin == null) {
            return "";
        }
        return switch (origin) {
            case IMPORTED -> "Imported from Microsoft 365 (read-only)";
            case MANUAL -> "Created by hand";
        };
    }

    /** How a consumer got its licence in the tenant, as the consumers table says it. */
    public String assignedVia(AssignmentSource source) {
        if (source == null) {
            return "";
        }
        return switch (source) {
            case DIRECT -> "directly";
            case GROUP -> "through a group";
        };
    }

    /** The group a consumer's licence comes through, or nothing for a direct assignment. */
    public String group(String groupId) {
        return groupId == null ? "" : "group " + groupId;
    }

    /** Unmet demand: users whose group or direct assignment failed because the SKU is full. */
    public String waiting(int waiting) {
        if (waiting <= 0) {
            return "";
        }
        return (waiting == 1 ? "1 person waits" : waiting + " people wait") + " for this licence: the SKU is full";
    }

    /** Where a licence stands in Microsoft's subscription lifecycle. */
    public String lifecycle(Lifecycle lifecycle) {
        if (lifecycle == null) {
            return "";
        }
        return switch (lifecycle) {
            case ACTIVE -> "Active";
            case TRIAL -> "Trial";
            case GRACE_PERIOD -> "Grace period";
            case SUSPENDED -> "Suspended";
            case LOCKED_OUT -> "Locked out";
        };
    }

    /** What happens at a subscription's next lifecycle date. */
    public String event(LifecycleEvent event) {
        if (event == null) {
            return "";
        }
        return switch (event) {
            case RENEWAL -> "Renewal";
            case TRIAL_END -> "Trial ends";
            case GRACE_PERIOD_END -> "Grace period ends";
            case DELETION -> "Deletion";
        };
    }

    /** A coming change as one text, date first so it reads (and filters) like the column shows it; empty when none. */
    public String nextChange(Instant at, LifecycleEvent event) {
        if (at == null || event == null) {
            return "";
        }
        return format.date(at) + " " + event(event);
    }

    /** A subscription's status; one this version does not know reads as Microsoft reported it. */
    public String subscriptionStatus(SubscriptionStatus status, String reported) {
        if (status == null || status == SubscriptionStatus.UNKNOWN) {
            return reported == null ? "" : reported;
        }
        return switch (status) {
            case ENABLED -> "Enabled";
            case WARNING -> "Grace period";
            case SUSPENDED -> "Suspended";
            case DELETED -> "Deleted";
            case LOCKED_OUT -> "Locked out";
            case UNKNOWN -> throw new IllegalStateException();
        };
    }

    /**
     * The seats besides the enabled ones, under the owned count: grace-period seats are part of it,
     * suspended and locked-out ones are not. Empty when every seat is enabled.
     */
    public String seatNote(Seats seats) {
        if (seats == null) {
            return "";
        }
        List<String> notCounted = new ArrayList<>();
        if (seats.suspended() > 0) {
            notCounted.add(seats.suspended() + " suspended");
        }
        if (seats.lockedOut() > 0) {
            notCounted.add(seats.lockedOut() + " locked out");
        }
        List<String> parts = new ArrayList<>();
        if (seats.warning() > 0) {
            parts.add(seats.warning() + " in grace period");
        }
        if (!notCounted.isEmpty()) {
            parts.add("not counted: " + String.join(", ", notCounted));
        }
        return parts.isEmpty() ? "" : "(" + String.join("; ", parts) + ")";
    }

    /** A look-ahead window in days, as in "the next 30 days"; one of part days in hours. */
    public String window(Duration window) {
        if (window.equals(Duration.ofDays(window.toDays()))) {
            long days = window.toDays();
            return days == 1 ? "day" : days + " days";
        }
        long hours = window.toHours();
        return hours == 1 ? "hour" : hours + " hours";
    }

    /** The first block of a subscription's GUID, enough to tell subscriptions apart on a page. */
    public String shortId(String id) {
        if (id == null) {
            return "";
        }
        int dash = id.indexOf('-');
        return dash > 0 ? id.substring(0, dash) + "…" : id;
    }

    public String changeKind(ChangeKind kind) {
        if (kind == null) {
            return "";
        }
        return switch (kind) {
            case LICENCE_GAINED -> "Got a licence";
            case LICENCE_LOST -> "Lost a licence";
            case USER_ADDED -> "User added";
            case USER_REMOVED -> "User gone (deleted, or no imported licence left)";
            case USER_DISABLED -> "Account disabled";
            case USER_ENABLED -> "Account enabled again";
            case DEPARTMENT_CHANGED -> "Changed department";
            case SEATS_CHANGED -> "Owned seats changed";
            case LIFECYCLE_CHANGED -> "Lifecycle changed";
        };
    }

    public String reclaimReason(ReclaimReason reason) {
        if (reason == null) {
            return "";
        }
        return switch (reason) {
            case DISABLED -> "Account disabled";
            case NEVER_SIGNED_IN -> "Never signed in";
            case INACTIVE -> "Inactive";
            case GUEST -> "Guest with a paid licence";
            case REDUNDANT -> "Contained in another licence";
        };
    }

    /** Where a licence is taken back: a group's licence in the group, not on the user. */
    public String reclaimIn(AssignmentSource source, String groupId) {
        if (source != AssignmentSource.GROUP) {
            return "";
        }
        return groupId == null ? "reclaim in its group" : "reclaim in group " + groupId;
    }

    /** An amount with its currency, e.g. "20.60 EUR"; empty without a price. */
    public String cost(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        if (currency == null) {
            return amount.toPlainString();
        }
        return money(amount, currency) + " " + currency;
    }

    /** Amounts per currency, never converted, e.g. "1,240.00 EUR + 35.00 USD"; "0" when none. */
    public String costs(Map<String, BigDecimal> byCurrency) {
        if (byCurrency == null || byCurrency.isEmpty()) {
            return "0";
        }
        List<String> parts = new ArrayList<>();
        byCurrency.forEach((currency, amount) -> parts.add(cost(amount, currency)));
        return String.join(" + ", parts);
    }

    /** A unit price as "20.60 EUR a month" or "free (built in)"; empty without one. */
    public String price(Price price) {
        if (price == null) {
            return "";
        }
        if (price.currency() == null) {
            return "free (built in)";
        }
        return cost(price.amount(), price.currency()) + (price.period() == PricePeriod.YEAR ? " a year" : " a month");
    }

    /** Owned, unused and reclaimable per month of each currency, e.g. "EUR: 400.00 owned, 40.00 unused, 20.00 reclaimable". */
    public String currencyCosts(List<CurrencyCosts> costs) {
        if (costs == null || costs.isEmpty()) {
            return "none priced";
        }
        List<String> parts = new ArrayList<>();
        for (CurrencyCosts cost : costs) {
            parts.add(cost.currency() + ": " + money(cost.owned(), cost.currency()) + " owned, "
                    + money(cost.unused(), cost.currency()) + " unused, "
                    + money(cost.reclaimable(), cost.currency()) + " reclaimable");
        }
        return String.join("; ", parts);
    }

    /** One licence's monthly costs, e.g. "400.00 EUR a month, 40.00 unused"; empty without a price. */
    public String licenceCosts(LicenceCosts costs) {
        if (costs == null || costs.currency() == null) {
            return "";
        }
        return cost(costs.owned(), costs.currency()) + " a month, " + money(costs.unused(), costs.currency())
                + " unused, " + money(costs.reclaimable(), costs.currency()) + " reclaimable";
    }

    /** An amount with the currency's decimals: 12.50 for EUR, 1250 for JPY. */
    private static String money(BigDecimal amount, String currency) {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        return amount.setScale(Math.max(digits, 0), RoundingMode.HALF_UP).toPlainString();
    }

    public String auditAction(AuditAction action) {
        if (action == null) {
            return "";
        }
        return switch (action) {
            case PORTAL_CREATED -> "Portal created";
            case PORTAL_CHANGED -> "Portal changed";
            case PORTAL_DELETED -> "Portal deleted";
            case PRICE_SET -> "Price set";
            case PRICE_REMOVED -> "Price removed";
            case PRICES_UPLOADED -> "Price list uploaded";
            case USER_EXEMPTED -> "User exempted";
            case EXEMPTION_REMOVED -> "Exemption removed";
            case IMPORT_STARTED -> "Import started";
            case IMPORT_NOW_STARTED -> "Import now started";
            case RECALCULATION_STARTED -> "Recalculation started";
            case FULL_RECALCULATION_STARTED -> "Recalculate completely started";
            case HISTORY_ROLLUP_STARTED -> "History roll-up started";
        };
    }

    public String fieldNames(List<String> names) {
        return String.join(", ", names);
    }

    /** The signed-in user by name; the host and the schedule by what they are. */
    public String actor(AuditEntry entry) {
        return switch (entry.actorKind()) {
            case USER -> entry.actor();
            case HOST -> "Host application";
            case SCHEDULER -> "Schedule";
        };
    }
}
