package dev.itam.m365.history.application;

import dev.itam.m365.api.NotFoundException;
import dev.itam.m365.api.compliance.CurrencyCosts;
import dev.itam.m365.api.compliance.LicenceCosts;
import dev.itam.m365.api.history.Forecast;
import dev.itam.m365.api.history.Granularity;
import dev.itam.m365.api.history.HistoryPoint;
import dev.itam.m365.api.history.HistoryService;
import dev.itam.m365.api.history.PortalMonth;
import dev.itam.m365.history.domain.DemandLine;
import dev.itam.m365.history.domain.Periods;
import dev.itam.m365.history.domain.Snapshot;
import dev.itam.m365.licensing.domain.LicenceEntity;
import dev.itam.m365.portal.domain.PortalEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads the history: a licence's points per day or month, a portal's monthly costs, a licence's forecast. */
@ApplicationScoped
@Transactional
public class LicenceHistory implements HistoryService {

    @PersistenceContext(unitName = "m365")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public List<HistoryPoint> history(long licenceId, LocalDate from, LocalDate to, Granularity granularity) {
        requireLicence(licenceId);
        Instant start =
                from == null ? Instant.EPOCH : from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to == null
                ? clock.instant().plus(1, ChronoUnit.DAYS)
                : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<Snapshot> snapshots = read(store -> store.ofLicence(licenceId, start, end));
        List<Snapshot> points = switch (granularity) {
            case RUN -> snapshots;
            case DAY -> Periods.lastOfEachDay(snapshots);
            case MONTH -> Periods.lastOfEachMonth(snapshots);
        };
        return points.stream().map(Snapshot::point).toList();
    }

    @Override
    public List<PortalMonth> portalHistory(long portalId) {
        if (em.find(PortalEntity.class, portalId) == null) {
            throw new NotFoundException("There is no portal with id " + portalId + ".");
        }
        Map<LocalDate, Map<String, CurrencyCosts>> months = new TreeMap<>();
        for (Snapshot licence : Periods.lastOfEachMonth(read(store -> store.ofPortal(portalId)))) {
            LicenceCosts costs = licence.monthlyCosts();
            if (costs == null || costs.currency() == null) {
                continue;
            }
            months.computeIfAbsent(licence.month().atDay(1), month -> new TreeMap<>())
                    .merge(
                            costs.currency(),
                            new CurrencyCosts(costs.currency(), 1, costs.owned(), costs.unused(), costs.reclaimable()),
                            LicenceHistory::sum);
        }
        List<PortalMonth> history = new ArrayList<>();
        months.forEach((month, costs) -> history.add(new PortalMonth(month, List.copyOf(costs.values()))));
        return history;
    }

    @Override
    public Forecast forecast(long licenceId) {
        requireLicence(licenceId);
        Instant now = clock.instant();
        Instant since = now.truncatedTo(ChronoUnit.DAYS).minus(DemandLine.WINDOW_DAYS - 1L, ChronoUnit.DAYS);
        List<Snapshot> days =
                Periods.lastOfEachDay(read(store -> store.ofLicence(licenceId, since, now.plusSeconds(1))));
        return DemandLine.forecast(licenceId, days);
    }

    private static CurrencyCosts sum(CurrencyCosts a, CurrencyCosts b) {
        return new CurrencyCosts(
                a.currency(),
                a.licences() + b.licences(),
                add(a.owned(), b.owned()),
                add(a.unused(), b.unused()),
                add(a.reclaimable(), b.reclaimable()));
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }

    private void requireLicence(long licenceId) {
        if (em.find(LicenceEntity.class, licenceId) == null) {
            throw new NotFoundException("There is no licence with id " + licenceId + ".");
        }
    }

    private List<Snapshot> read(StoreRead read) {
        try {
            return read.from(new HistoryStore(em.unwrap(Connection.class)));
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the licences' history failed: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface StoreRead {
        List<Snapshot> from(HistoryStore store) throws SQLException;
    }
}
