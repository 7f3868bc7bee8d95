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
import dev.itam.m365.api.portal.PortalWarning;
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
        return Texts.text("task." + task.name());
    }

    public String outcome(TaskOutcome outcome) {
        if (outcome == null) {
            return "";
        }
        return Texts.text("outcome." + outcome.name());
    }

    /**
     * A task's interval (ISO-8601, e.g. PT5H) as "every 5 h", or "switched off" when it has none
     * (EL passes a missing one as "").
     */
    public String interval(String interval) {
        if (interval == null || interval.isBlank()) {
            return Texts.text("interval.off");
        }
        Duration every = Duration.parse(interval);
        String hours = every.toHours() > 0 ? every.toHours() + " h" : "";
        String minutes = every.toMinutesPart() > 0 ? every.toMinutesPart() + " min" : "";
        String seconds = every.toSecondsPart() > 0 ? every.toSecondsPart() + " s" : "";
        return Texts.text(
                "interval.every",
                String.join(
                        " ",
                        Stream.of(hours, minutes, seconds)
                                .filter(p -> !p.isEmpty())
                                .toList()));
    }

    public String cloud(NationalCloud cloud) {
        if (cloud == null) {
            return "";
        }
        return Texts.text("cloud." + cloud.name());
    }

    public String warning(PortalWarningKind kind) {
        return Texts.text("warning." + kind.name());
    }

    /**
     * A warning's sentence: the service's own for English readers; for others its kind's sentence in
     * their language, then the English one, which names the portal and what to do in Entra ID.
     */
    public String warningMessage(PortalWarning warning) {
        if (Texts.english()) {
            return warning.message();
        }
        return Texts.text(
                "failure.withDetails",
                Texts.text("warningMessage." + warning.kind().name(), format.instant(warning.at())),
                warning.message());
    }

    /** "valid for 25 more days", "expired 3 days ago": how long the credential in use has left. */
    public String daysLeft(CredentialSummary credential) {
        Integer days = credential.expiresInDays();
        if (days == null) {
            return "";
        }
        if (days < 0) {
            return days == -1 ? Texts.text("daysLeft.yesterday") : Texts.text("daysLeft.ago", -days);
        }
        return days == 0
                ? Texts.text("daysLeft.today")
                : days == 1 ? Texts.text("daysLeft.tomorrow") : Texts.text("daysLeft.in", days);
    }

    /** A stored credential: which secret or certificate, and until when it is valid; never the secret. */
    public String credential(CredentialSummary credential) {
        if (credential.secretSet()) {
            return Texts.text(
                    "portal.credential.secret", credential.secretId(), format.day(credential.secretExpiresOn()));
        }
        if (credential.certificateSet()) {
            return Texts.text(
                    "credential.certificate",
                    credential.certificateThumbprint(),
                    credential.certificateSubject(),
                    format.instant(credential.certificateExpiresAt()));
        }
        return Texts.text("credential.none");
    }

    public String status(ComplianceStatus status) {
        if (status == null) {
            return "";
        }
        return Texts.text("status." + status.name());
    }

    /** Why a licence or product cannot be synchronised. */
    public String syncProblem(SyncProblem problem) {
        if (problem == null) {
            return "";
        }
        return Texts.text("syncProblem." + problem.name());
    }

    public String syncStatus(SyncStatus status) {
        if (status == null) {
            return "";
        }
        return Texts.text("syncStatus." + status.name());
    }

    public String origin(ProductOrigin origin) {
        if (origin == null) {
            return "";
        }
        return Texts.text("origin." + origin.name());
    }

    /** How a consumer got its licence in the tenant, as the consumers table says it. */
    public String assignedVia(AssignmentSource source) {
        if (source == null) {
            return "";
        }
        return Texts.text("assignedVia." + source.name());
    }

    /** The group a consumer's licence comes through, or nothing for a direct assignment. */
    public String group(String groupId) {
        return groupId == null ? "" : Texts.text("assignedVia.group", groupId);
    }

    /** Unmet demand: users whose group or direct assignment failed because the SKU is full. */
    public String waiting(int waiting) {
        if (waiting <= 0) {
            return "";
        }
        return Texts.text("waiting", waiting);
    }

    /** Where a licence stands in Microsoft's subscription lifecycle. */
    public String lifecycle(Lifecycle lifecycle) {
        if (lifecycle == null) {
            return "";
        }
        return Texts.text("lifecycle." + lifecycle.name());
    }

    /** What happens at a subscription's next lifecycle date. */
    public String event(LifecycleEvent event) {
        if (event == null) {
            return "";
        }
        return Texts.text("event." + event.name());
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
        return Texts.text("subscriptionStatus." + status.name());
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
            notCounted.add(Texts.text("seats.suspended", seats.suspended()));
        }
        if (seats.lockedOut() > 0) {
            notCounted.add(Texts.text("seats.lockedOut", seats.lockedOut()));
        }
        List<String> parts = new ArrayList<>();
        if (seats.warning() > 0) {
            parts.add(Texts.text("seats.grace", seats.warning()));
        }
        if (!notCounted.isEmpty()) {
            parts.add(Texts.text("seats.notCounted", String.join(", ", notCounted)));
        }
        return parts.isEmpty() ? "" : "(" + String.join("; ", parts) + ")";
    }

    /** A look-ahead window in days, as in "the next 30 days"; one of part days in hours. */
    public String window(Duration window) {
        if (window.equals(Duration.ofDays(window.toDays()))) {
            long days = window.toDays();
            return Texts.text("window.days", days);
        }
        return Texts.text("window.hours", window.toHours());
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
        return Texts.text("changeKind." + kind.name());
    }

    public String reclaimReason(ReclaimReason reason) {
        if (reason == null) {
            return "";
        }
        return Texts.text("reclaimReason." + reason.name());
    }

    /** Where a licence is taken back: a group's licence in the group, not on the user. */
    public String reclaimIn(AssignmentSource source, String groupId) {
        if (source != AssignmentSource.GROUP) {
            return "";
        }
        return groupId == null ? Texts.text("reclaimIn.itsGroup") : Texts.text("reclaimIn.group", groupId);
    }

    /** An amount with its currency, e.g. "20.60 EUR"; empty without a price. */
    public String cost(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        if (currency == null) {
            return format.decimal(amount);
        }
        return money(amount, currency) + " " + currency;
    }

    /** Amounts per currency, never converted, e.g. "1,240.00 EUR + 35.00 USD"; "0" when none. */
    public String costs(Map<String, BigDecimal> byCurrency) {
        if (byCurrency == null || byCurrency.isEmpty()) {
            return format.number(0);
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
            return Texts.text("price.free");
        }
        return Texts.text(
                price.period() == PricePeriod.YEAR ? "price.aYear" : "price.aMonth",
                cost(price.amount(), price.currency()));
    }

    /** Owned, unused and reclaimable per month of each currency, e.g. "EUR: 400.00 owned, 40.00 unused, 20.00 reclaimable". */
    public String currencyCosts(List<CurrencyCosts> costs) {
        if (costs == null || costs.isEmpty()) {
            return Texts.text("costs.none");
        }
        List<String> parts = new ArrayList<>();
        for (CurrencyCosts cost : costs) {
            parts.add(Texts.text(
                    "costs.currency",
                    cost.currency(),
                    money(cost.owned(), cost.currency()),
                    money(cost.unused(), cost.currency()),
                    money(cost.reclaimable(), cost.currency())));
        }
        return String.join("; ", parts);
    }

    /** One licence's monthly costs, e.g. "400.00 EUR a month, 40.00 unused"; empty without a price. */
    public String licenceCosts(LicenceCosts costs) {
        if (costs == null || costs.currency() == null) {
            return "";
        }
        return Texts.text(
                "costs.licence",
                cost(costs.owned(), costs.currency()),
                money(costs.unused(), costs.currency()),
                money(costs.reclaimable(), costs.currency()));
    }

    /** An amount with the currency's decimals in the reader's notation: 12.50 for EUR, 1,250 for JPY; 12,50 in German. */
    private String money(BigDecimal amount, String currency) {
        int digits = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
        return format.decimal(amount.setScale(digits, RoundingMode.HALF_UP));
    }

    public String auditAction(AuditAction action) {
        if (action == null) {
            return "";
        }
        return Texts.text("auditAction." + action.name());
    }

    /** An import's notice (a portal's, a run's): the service's own for English readers, in the reader's words otherwise. */
    public String importNotice(String notice) {
        return Texts.english() ? notice : ImportNoticeTexts.of(Texts.locale(), notice);
    }

    /** An audit entry's detail: the service's own for English readers, in the reader's words otherwise. */
    public String auditDetail(AuditEntry entry) {
        return Texts.english() ? entry.detail() : AuditDetails.of(Texts.locale(), entry.action(), entry.detail());
    }

    public String fieldNames(List<String> names) {
        return String.join(", ", names);
    }

    /** The signed-in user by name; the host and the schedule by what they are. */
    public String actor(AuditEntry entry) {
        return switch (entry.actorKind()) {
            case USER -> entry.actor();
            case HOST -> Texts.text("actor.HOST");
            case SCHEDULER -> Texts.text("actor.SCHEDULER");
        };
    }
}
