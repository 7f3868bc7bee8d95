package dev.itam.m365.host;

import dev.itam.m365.api.portal.CredentialExpiryListener;
import dev.itam.m365.api.portal.Portal;
import dev.itam.m365.api.portal.PortalDraft;
import dev.itam.m365.api.portal.PortalService;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/** {@code java:global/m365-plugin/M365Portals!dev.itam.m365.api.portal.PortalService}: the PortalService for host applications. */
@Stateless(name = "M365Portals")
@Local(PortalService.class)
@HostFacade
@HostCall
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PortalsBean implements PortalService {

    @Inject
    PortalService delegate;

    @Override
    public List<Portal> list() {
        return delegate.list();
    }

    @Override
    public Portal get(long id) {
        return delegate.get(id);
    }

    @Override
    public Portal create(PortalDraft draft) {
        return delegate.create(draft);
    }

    @Override
    public Portal update(long id, PortalDraft draft) {
        return delegate.update(id, draft);
    }

    @Override
    public void delete(long id) {
        delegate.delete(id);
    }

    @Override
    public void addCredentialExpiryListener(CredentialExpiryListener listener) {
        delegate.addCredentialExpiryListener(listener);
    }

    @Override
    public void removeCredentialExpiryListener(CredentialExpiryListener listener) {
        delegate.removeCredentialExpiryListener(listener);
    }
}
