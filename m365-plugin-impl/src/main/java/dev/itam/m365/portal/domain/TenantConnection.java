package dev.itam.m365.portal.domain;

import dev.itam.m365.api.portal.NationalCloud;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Where and as whom the plugin signs in: the tenant, the app registration and the cloud. */
@Embeddable
public class TenantConnection {

    @Column(name = "TENANT_ID", nullable = false, length = 36)
    private String tenantId;

    @Column(name = "CLIENT_ID", nullable = false, length = 36)
    private String clientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "CLOUD", nullable = false, length = 20)
    private NationalCloud cloud;

    protected TenantConnection() {}

    /** @throws IllegalArgumentException when an id is not a GUID */
    public TenantConnection(String tenantId, String clientId, NationalCloud cloud) {
        this.tenantId = Guid.normalize(tenantId);
        this.clientId = Guid.normalize(clientId);
        this.cloud = cloud == null ? NationalCloud.GLOBAL : cloud;
    }

    public String tenantId() {
        return tenantId;
    }

    public String clientId() {
        return clientId;
    }

    public NationalCloud cloud() {
        return cloud;
    }
}
