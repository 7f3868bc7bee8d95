package dev.itam.m365.host;

import dev.itam.m365.api.reclaim.Exemption;
import dev.itam.m365.api.reclaim.ReclaimFilter;
import dev.itam.m365.api.reclaim.ReclaimRow;
import dev.itam.m365.api.reclaim.ReclaimService;
import dev.itam.m365.api.reclaim.ReclaimTotals;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Consumer;

/** {@code java:global/m365-plugin/M365Reclaim!dev.itam.m365.api.reclaim.ReclaimService}: the ReclaimService for host applications. */
@Stateless(name = "M365Reclaim")
@Local(ReclaimService.class)
@HostFacade
@HostCall
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ReclaimBean implements ReclaimService {

    @Inject
    ReclaimService delegate;

    @Override
    public List<ReclaimRow> rows(ReclaimFilter filter, int first, int max) {
        return delegate.rows(filter, first, max);
    }

    @Override
    public int count(ReclaimFilter filter) {
        return delegate.count(filter);
    }

    @Override
    public void forEachRow(ReclaimFilter filter, Consumer<ReclaimRow> action) {
        delegate.forEachRow(filter, action);
    }

    @Override
    public List<ReclaimRow> rows(ReclaimFilter filter) {
        return delegate.rows(filter);
    }

    @Override
    public ReclaimTotals totals(ReclaimFilter filter) {
        return delegate.totals(filter);
    }

    @Override
    public List<Exemption> exemptions() {
        return delegate.exemptions();
    }

    @Override
    public Exemption exempt(long contactId, String note, String exemptedBy) {
        return delegate.exempt(contactId, note, exemptedBy);
    }

    @Override
    public void removeExemption(long contactId) {
        delegate.removeExemption(contactId);
    }
}
