package dev.itam.m365.portal.domain;

import dev.itam.m365.api.portal.SignInActivity;
import dev.itam.m365.audit.domain.ChangedFields;
import dev.itam.m365.persistence.PersistentEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/** A connected Microsoft 365 tenant: how to reach it and which of its licences to leave out. */
@Entity(name = "Portal")
@Table(name = "M365_PORTAL")
public class PortalEntity extends PersistentEntity {

    public static final int MAX_DESCRIPTION = 2000;

    @Embedded
    private PortalName name;

    @Column(name = "DESCRIPTION", length = MAX_DESCRIPTION)
    private String description;

    @Embedded
    private TenantConnection connection;

    @Embedded
    private StoredCredential credential;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "M365_PORTAL_EXCLUSION", joinColumns = @JoinColumn(name = "PORTAL_ID"))
    @Column(name = "SKU_ID", length = 36)
    private Set<String> excludedSkuIds = new TreeSet<>();

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    /** Written by the import alone ({@link dev.itam.m365.portal.application.PortalRepository#noteImport}), never by an edit. */
    @Column(name = "IMPORT_NOTICE", length = 1000, insertable = false, updatable = false)
    private String importNotice;

    /** Written by the import alone, like {@link #importNotice}. */
    @Column(name = "LAST_IMPORT_AT", insertable = false, updatable = false)
    private Instant lastImportAt;

    /** Written by the import alone, like {@link #importNotice}. */
    @Enumerated(EnumType.STRING)
    @Column(name = "SIGN_IN_ACTIVITY", length = 30, insertable = false, updatable = false)
    private SignInActivity signInActivity;

    protected PortalEntity() {}

    public PortalEntity(
            PortalName name,
            String description,
            TenantConnection connection,
            StoredCredential credential,
            Set<String> excludedSkuIds,
            Instant now) {
        this.name = name;
        this.description = description;
        this.connection = connection;
        this.credential = credential;
        this.excludedSkuIds.addAll(excludedSkuIds);
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Applies an admin's edit as one change; tells which fields it changed, for the audit log. */
    public ChangedFields revise(
            PortalName newName,
            String newDescription,
            TenantConnection newConnection,
            StoredCredential newCredential,
            Set<String> newExclusions,
            Instant now) {
        ChangedFields changed = new ChangedFields()
                .compare("name", name.value(), newName.value())
                .compare("description", description, newDescription)
                .compare("tenantId", connection.tenantId(), newConnection.tenantId())
                .compare("clientId", connection.clientId(), newConnection.clientId())
                .compare("cloud", connection.cloud(), newConnection.cloud())
                .addAll(newCredential.changesFrom(credential))
                .compare("excludedSkuIds", new TreeSet<>(excludedSkuIds), new TreeSet<>(newExclusions));
        this.name = newName;
        this.description = newDescription;
        this.connection = newConnection;
        this.credential = newCredential;
        this.excludedSkuIds.retainAll(newExclusions);
        this.excludedSkuIds.addAll(newExclusions);
        this.updatedAt = now;
        return changed;
    }

    public PortalName name() {
        return name;
    }

    public String description() {
        return description;
    }

    public TenantConnection connection() {
        return connection;
    }

    public StoredCredential credential() {
        return credential;
    }

    public Set<String> excludedSkuIds() {
        return Collections.unmodifiableSet(excludedSkuIds);
    }

    /** When an import of the portal last succeeded, or null; written by the import's merge alone. */
    public Instant lastImportAt() {
        return lastImportAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** What the last import could not read, or null. */
    public String importNotice() {
        return importNotice;
    }

    /** Whether the last import read the users' sign-ins; null before the first import. */
    public SignInActivity signInActivity() {
        return signInActivity;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
