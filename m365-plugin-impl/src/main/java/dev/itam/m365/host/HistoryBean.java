package dev.itam.m365.host;

import dev.itam.m365.api.history.Forecast;
import dev.itam.m365.api.history.Granularity;
import dev.itam.m365.api.history.HistoryPoint;
import dev.itam.m365.api.history.HistoryService;
import dev.itam.m365.api.history.PortalMonth;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/** {@code java:global/m365-plugin/M365History!dev.itam.m365.api.history.HistoryService}: the HistoryService for host applications. */
@Stateless(name = "M365History")
@Local(HistoryService.class)
@HostFacade
@HostCall
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class HistoryBean implements HistoryService {

    @Inject
    HistoryService delegate;

    @Override
    public List<HistoryPoint> history(long licenceId, LocalDate from, LocalDate to, Granularity granularity) {
        return delegate.history(licenceId, from, to, granularity);
    }

    @Override
    public List<PortalMonth> portalHistory(long portalId) {
        return delegate.portalHistory(portalId);
    }

    @Override
    public Forecast forecast(long licenceId) {
        return delegate.forecast(licenceId);
    }
}
