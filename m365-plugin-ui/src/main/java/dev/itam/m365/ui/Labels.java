package dev.itam.m365.ui;

import dev.itam.m365.api.compliance.ComplianceStatus;
import dev.itam.m365.api.licensing.AssignmentSource;
import dev.itam.m365.api.licensing.ProductOrigin;
import dev.itam.m365.api.licensing.SyncProblem;
import dev.itam.m365.api.licensing.SyncStatus;
import dev.itam.m365.api.monitor.TaskOutcome;
import dev.itam.m365.api.monitor.TaskType;
import dev.itam.m365.api.portal.CredentialSummary;
import dev.itam.m365.api.portal.NationalCloud;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.stream.Stream;

/** Statuses, reasons, tasks, clouds and credentials in the words admins read on the pages; the REST API keeps the constants. */
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
}
