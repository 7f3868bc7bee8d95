package dev.itam.m365.licensing.domain;

import dev.itam.m365.api.licensing.AssignmentSource;
import dev.itam.m365.api.licensing.ConsumerType;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;

/**
 * A contact consuming a licence. The import writes these set-based with consumer type
 * Microsoft 365 (M-7); this mapping serves reading them.
 */
@Entity(name = "ConsumerAssignment")
@Table(name = "M365_CONSUMER_ASSIGNMENT")
public class ConsumerAssignment {

    @EmbeddedId
    private ConsumerKey key;

    @MapsId("contactId")
    @ManyToOne(optional = false)
    @JoinColumn(name = "CONTACT_ID")
    private ContactEntity contact;

    @MapsId("licenceId")
    @ManyToOne(optional = false)
    @JoinColumn(name = "LICENCE_ID")
    private LicenceEntity licence;

    @Enumerated(EnumType.STRING)
    @Column(name = "CONSUMER_TYPE", nullable = false, length = 30)
    private ConsumerType consumerType;

    @Enumerated(EnumType.STRING)
    @Column(name = "ASSIGNED_VIA", nullable = false, length = 20)
    private AssignmentSource assignedVia;

    @Column(name = "GROUP_ID", length = 36)
    private String groupId;

    protected ConsumerAssignment() {}

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

    /** The group the licence comes through (the first by id); null when assigned directly. */
    public String groupId() {
        return groupId;
    }
}
