package dev.itam.m365.host;

import dev.itam.m365.api.importing.ConnectionCheck;
import dev.itam.m365.api.importing.TenantConnections;
import dev.itam.m365.api.importing.TenantLicence;
import dev.itam.m365.api.portal.PortalDraft;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/** {@code java:global/m365-plugin/M365TenantConnections!dev.itam.m365.api.importing.TenantConnections}: the TenantConnections for host applications. */
@Stateless(name = "M365TenantConnections")
@Local(TenantConnections.class)
@HostFacade
@HostCall
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class TenantConnectionsBean implements TenantConnections {

    @Inject
    TenantConnections delegate;

    @Override
    public ConnectionCheck test(long portalId) {
        return delegate.test(portalId);
    }

    @Override
    public ConnectionCheck test(PortalDraft draft, Long portalId) {
        return delegate.test(draft, portalId);
    }

    @Override
    public List<TenantLicence> licences(long portalId) {
        return delegate.licences(portalId);
    }

    @Override
    public List<TenantLicence> licences(PortalDraft draft, Long portalId) {
        return delegate.licences(draft, portalId);
    }
}
