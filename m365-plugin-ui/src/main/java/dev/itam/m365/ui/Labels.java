package dev.itam.m365.ui;

import dev.itam.m365.api.compliance.ComplianceStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Statuses and reasons in the words admins read on the pages; the REST API keeps the constants. */
@Named
@ApplicationScoped
public class Labels {

    public String status(ComplianceStatus status) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case COMPLIANT -> "Compliant";
            case UNDER_LICENSED -> "Under-licensed";
            case OVER_LICENSED -> "Over-licensed";
            case CANNOT_BE_SYNCHRONISED -> "Cannot be synchronised";
        };
    }

    /** Why a licence or product cannot be synchronised, from its reason code. */
    public String syncProblem(String reason) {
        if (reason == null) {
            return "";
        }
        return switch (reason) {
            case "SKU_EXCLUDED" -> "The licence is excluded from the portal's import.";
            case "SKU_REMOVED_FROM_TENANT" -> "The tenant no longer has this licence.";
            case "PORTAL_DELETED" -> "The portal that imported it was deleted.";
            default -> reason;
        };
    }
}
