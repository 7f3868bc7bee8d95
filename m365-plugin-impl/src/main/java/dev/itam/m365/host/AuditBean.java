package dev.itam.m365.host;

import dev.itam.m365.api.audit.AuditEntry;
import dev.itam.m365.api.audit.AuditFilter;
import dev.itam.m365.api.audit.AuditService;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/** {@code java:global/m365-plugin/M365Audit!dev.itam.m365.api.audit.AuditService}: the AuditService for host applications. */
@Stateless(name = "M365Audit")
@Local(AuditService.class)
@HostFacade
@HostCall
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AuditBean implements AuditService {

    @Inject
    AuditService delegate;

    @Override
    public List<AuditEntry> entries(AuditFilter filter, int first, int max) {
        return delegate.entries(filter, first, max);
    }

    @Override
    public int count(AuditFilter filter) {
        return delegate.count(filter);
    }
}
