package dev.itam.m365.compliance.domain;

import dev.itam.m365.api.compliance.ComplianceStatus;
import dev.itam.m365.api.licensing.SyncProblem;
import dev.itam.m365.licensing.domain.LicenceEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The latest compliance figures of a licence, keyed by the licence. Written set-based by the
 * recalculation; read through this mapping.
 */
@Entity(name = "ComplianceResult")
@Table(name = "M365_COMPLIANCE_RESULT")
public class ComplianceResult {

    @Id
    @Column(name = "LICENCE_ID")
    private Long licenceId;

    @MapsId
    @OneToOne(optional = false)
    @JoinColumn(name = "LICENCE_ID")
    private LicenceEntity licence;

    @Column(name = "OWNED", nullable = false)
    private int owned;

    @Column(name = "CONSUMED", nullable = false)
    private int consumed;

    @Column(name = "WAITING", nullable = false)
    private int waiting;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 30)
    private ComplianceStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "SYNC_PROBLEM", length = 30)
    private SyncProblem syncProblem;

    @Column(name = "CALCULATED_AT", nullable = false)
    private Instant calculatedAt;

    protected ComplianceResult() {}

    public LicenceEntity licence() {
        return licence;
    }

    public int owned() {
        return owned;
    }

    public int consumed() {
        return consumed;
    }

    /** Users waiting for a seat: their assignment failed with CountViolation and they do not hold the licence. */
    public int waiting() {
        return waiting;
    }

    /** Owned minus consumed; negative when under-licensed (M-13). */
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
