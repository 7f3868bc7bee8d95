package dev.itam.m365.compliance.domain;

import dev.itam.m365.licensing.domain.LicenceEntity;
import dev.itam.m365.licensing.domain.SyncProblem;
import dev.itam.m365.persistence.PersistentEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** The latest compliance figures of a licence; available seats are owned minus consumed. */
@Entity(name = "ComplianceResult")
@Table(name = "M365_COMPLIANCE_RESULT")
public class ComplianceResult extends PersistentEntity {

    @OneToOne(optional = false)
    @JoinColumn(name = "LICENCE_ID")
    private LicenceEntity licence;

    @Column(name = "OWNED", nullable = false)
    private int owned;

    @Column(name = "CONSUMED", nullable = false)
    private int consumed;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 30)
    private ComplianceStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "SYNC_PROBLEM", length = 30)
    private SyncProblem syncProblem;

    @Column(name = "CALCULATED_AT", nullable = false)
    private Instant calculatedAt;

    protected ComplianceResult() {
    }

    public ComplianceResult(LicenceEntity licence, int owned, int consumed, ComplianceStatus status,
            SyncProblem syncProblem, Instant calculatedAt) {
        this.licence = licence;
        this.owned = owned;
        this.consumed = consumed;
        this.status = status;
        this.syncProblem = syncProblem;
        this.calculatedAt = calculatedAt;
    }

    public LicenceEntity licence() {
        return licence;
    }

    public int owned() {
        return owned;
    }

    public int consumed() {
        return consumed;
    }

    public int available() {
        return owned - consumed;
    }

    public ComplianceStatus status() {
        return status;
    }

    public SyncProblem syncProblem() {
        return syncProblem;
    }

    public Instant calculatedAt() {
        return calculatedAt;
    }
}
