package dev.itam.m365.licensing.domain;

import dev.itam.m365.portal.domain.PortalEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One licence per portal and tenant SKU. It outlives its portal: after the portal is deleted it
 * keeps the portal's name as its source and is marked as no longer synchronised.
 */
@Entity(name = "Licence")
@Table(name = "M365_LICENCE")
public class LicenceEntity extends SynchronisedEntity {

    @ManyToOne
    @JoinColumn(name = "PORTAL_ID")
    private PortalEntity portal;

    @Column(name = "SOURCE_NAME", nullable = false, length = 100)
    private String sourceName;

    @Column(name = "SKU_ID", nullable = false, length = 36)
    private String skuId;

    @Column(name = "SKU_PART_NUMBER", nullable = false, length = 200)
    private String skuPartNumber;

    @Column(name = "TITLE", nullable = false, length = 300)
    private String title;

    @Embedded
    private SeatCounts seats;

    @Column(name = "CAPABILITY_STATUS", length = 20)
    private String capabilityStatus;

    @Column(name = "APPLIES_TO", length = 20)
    private String appliesTo;

    @Column(name = "LAST_IMPORTED_AT")
    private Instant lastImportedAt;

    protected LicenceEntity() {}

    public LicenceEntity(
            PortalEntity portal,
            String skuId,
            String skuPartNumber,
            String title,
            SeatCounts seats,
            String capabilityStatus,
            String appliesTo,
            Instant importedAt) {
        this.portal = portal;
        this.sourceName = portal.name().value();
        this.skuId = skuId;
        this.skuPartNumber = skuPartNumber;
        this.title = title;
        this.seats = seats;
        this.capabilityStatus = capabilityStatus;
        this.appliesTo = appliesTo;
        this.lastImportedAt = importedAt;
    }

    /**
     * Takes the tenant's current figures for the SKU and marks the licence synchronised again.
     *
     * @return whether anything changed
     */
    public boolean refresh(
            String partNumber,
            String newTitle,
            SeatCounts newSeats,
            String newCapabilityStatus,
            String newAppliesTo,
            Instant now) {
        boolean changed = !Objects.equals(skuPartNumber, partNumber)
                || !Objects.equals(title, newTitle)
                || !Objects.equals(seats, newSeats)
                || !Objects.equals(capabilityStatus, newCapabilityStatus)
                || !Objects.equals(appliesTo, newAppliesTo)
                || !Objects.equals(sourceName, portal.name().value());
        skuPartNumber = partNumber;
        title = newTitle;
        seats = newSeats;
        capabilityStatus = newCapabilityStatus;
        appliesTo = newAppliesTo;
        sourceName = portal.name().value();
        changed |= synchronise();
        if (changed) {
            lastImportedAt = now;
        }
        return changed;
    }

    public PortalEntity portal() {
        return portal;
    }

    public String sourceName() {
        return sourceName;
    }

    public String skuId() {
        return skuId;
    }

    public String skuPartNumber() {
        return skuPartNumber;
    }

    public String title() {
        return title;
    }

    public SeatCounts seats() {
        return seats;
    }

    public String capabilityStatus() {
        return capabilityStatus;
    }

    public String appliesTo() {
        return appliesTo;
    }

    public Instant lastImportedAt() {
        return lastImportedAt;
    }
}
