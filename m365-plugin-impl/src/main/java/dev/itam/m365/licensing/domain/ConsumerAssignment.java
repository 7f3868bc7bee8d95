package dev.itam.m365.licensing.domain;

import dev.itam.m365.persistence.PersistentEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A contact consuming a licence; the import creates these with consumer type Microsoft 365 (M-7). */
@Entity(name = "ConsumerAssignment")
@Table(name = "M365_CONSUMER_ASSIGNMENT")
public class ConsumerAssignment extends PersistentEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "CONTACT_ID")
    private ContactEntity contact;

    @ManyToOne(optional = false)
    @JoinColumn(name = "LICENCE_ID")
    private LicenceEntity licence;

    @Enumerated(EnumType.STRING)
    @Column(name = "CONSUMER_TYPE", nullable = false, length = 30)
    private ConsumerType consumerType;

    @Enumerated(EnumType.STRING)
    @Column(name = "ASSIGNED_VIA", nullable = false, length = 20)
    private AssignmentSource assignedVia;

    protected ConsumerAssignment() {
    }

    /** A consumption found by the import. */
    public static ConsumerAssignment imported(ContactEntity contact, LicenceEntity licence, AssignmentSource via) {
        ConsumerAssignment assignment = new ConsumerAssignment();
        assignment.contact = contact;
        assignment.licence = licence;
        assignment.consumerType = ConsumerType.MICROSOFT_365;
        assignment.assignedVia = via;
        return assignment;
    }

    public ContactEntity contact() {
        return contact;
    }

    public LicenceEntity licence() {
        return licence;
    }

    public ConsumerType consumerType() {
        return consumerType;
    }

    public AssignmentSource assignedVia() {
        return assignedVia;
    }
}
