package dev.itam.m365.graph.client;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * A {@code companySubscription} as Graph returns it; unknown properties are ignored. Dates stay text
 * until asked for, so one Graph cannot write is read as unknown instead of failing the import.
 */
public record CompanySubscription(
        String id,
        String commerceSubscriptionId,
        String skuId,
        String skuPartNumber,
        String status,
        Integer totalLicenses,
        @JsonbProperty("isTrial") Boolean trial,
        String createdDateTime,
        String nextLifecycleDateTime) {

    public int seats() {
        return totalLicenses == null ? 0 : totalLicenses;
    }

    public boolean onTrial() {
        return Boolean.TRUE.equals(trial);
    }

    public Instant createdAt() {
        return instant(createdDateTime);
    }

    /** Null for free SKUs, which have none. */
    public Instant nextLifecycleAt() {
        return instant(nextLifecycleDateTime);
    }

    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
