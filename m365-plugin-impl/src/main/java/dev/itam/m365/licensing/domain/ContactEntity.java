package dev.itam.m365.licensing.domain;

import dev.itam.m365.portal.domain.PortalEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A licensed user of a tenant, found again on every import by its Entra object id. */
@Entity(name = "Contact")
@Table(name = "M365_CONTACT")
public class ContactEntity extends SynchronisedEntity {

    @Column(name = "ENTRA_OBJECT_ID", nullable = false, length = 36)
    private String entraObjectId;

    @ManyToOne
    @JoinColumn(name = "PORTAL_ID")
    private PortalEntity portal;

    @Column(name = "DISPLAY_NAME", length = 256)
    private String displayName;

    @Column(name = "USER_PRINCIPAL_NAME", length = 256)
    private String userPrincipalName;

    @Column(name = "MAIL", length = 256)
    private String mail;

    @Column(name = "DEPARTMENT", length = 256)
    private String department;

    @Column(name = "ACCOUNT_ENABLED", nullable = false)
    private boolean accountEnabled;

    @Column(name = "LAST_IMPORTED_AT")
    private Instant lastImportedAt;

    @Column(name = "HOST_CONTACT_ID", length = 200)
    private String hostContactId;

    protected ContactEntity() {}

    public String entraObjectId() {
        return entraObjectId;
    }

    public PortalEntity portal() {
        return portal;
    }

    public String displayName() {
        return displayName;
    }

    public String userPrincipalName() {
        return userPrincipalName;
    }

    public String mail() {
        return mail;
    }

    public String department() {
        return department;
    }

    public boolean accountEnabled() {
        return accountEnabled;
    }

    /** The host's own contact for this user, when a {@code ContactDirectory} named one. */
    public String hostContactId() {
        return hostContactId;
    }
}
