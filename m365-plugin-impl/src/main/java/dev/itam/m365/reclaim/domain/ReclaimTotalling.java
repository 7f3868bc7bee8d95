package dev.itam.m365.reclaim.domain;

import dev.itam.m365.api.pricing.Price;
import dev.itam.m365.api.reclaim.LicenceTotal;
import dev.itam.m365.api.reclaim.PortalTotal;
import dev.itam.m365.api.reclaim.ReasonTotal;
import dev.itam.m365.api.reclaim.ReclaimReason;
import dev.itam.m365.api.reclaim.ReclaimTotals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sums the SQL's groups into the totals. Per reason every row counts; per licence an assignment counts
 * once (its first reason's row), and portals and the whole add up their licences. A licence's cost is
 * its price for that many assignments, rounded once; sums add those rounded costs.
 */
public final class ReclaimTotalling {

    private ReclaimTotalling() {}

    /**
     * @param oneReason whether the rows are of one reason only: then each row is an assignment of its own
     */
    public static ReclaimTotals of(List<ReclaimGroup> groups, boolean oneReason) {
        Map<Long, List<ReclaimGroup>> byLicence = new LinkedHashMap<>();
        groups.stream()
                .sorted(Comparator.comparing(ReclaimGroup::portalName)
                        .thenComparing(ReclaimGroup::title)
                        .thenComparing(ReclaimGroup::licenceId))
                .forEach(group -> byLicence
                        .computeIfAbsent(group.licenceId(), id -> new ArrayList<>())
                        .add(group));
        List<LicenceTotal> licences = new ArrayList<>();
        Map<Long, Sum> portals = new TreeMap<>();
        Map<Long, String> portalNames = new TreeMap<>();
        Sum all = new Sum();
        for (List<ReclaimGroup> ofLicence : byLicence.values()) {
            ReclaimGroup any = ofLicence.get(0);
            Map<ReclaimReason, Integer> rowsByReason = new EnumMap<>(ReclaimReason.class);
            int assignments = 0;
            for (ReclaimGroup group : ofLicence) {
                rowsByReason.merge(group.reason(), group.rows(), Integer::sum);
                assignments += oneReason ? group.rows() : group.firstRows();
            }
            Price price = any.price();
            BigDecimal cost = price == null ? null : price.monthlyCost(assignments);
            licences.add(new LicenceTotal(
                    any.licenceId(),
                    any.skuPartNumber(),
                    any.title(),
                    any.portalId(),
                    assignments,
                    Collections.unmodifiableMap(rowsByReason),
                    cost,
                    price == null ? null : price.currency()));
            portalNames.put(any.portalId(), any.portalName());
            portals.computeIfAbsent(any.portalId(), id -> new Sum()).add(assignments, price, cost);
            all.add(assignments, price, cost);
        }
        List<PortalTotal> byPortal = new ArrayList<>();
        portals.forEach((id, sum) ->
                byPortal.add(new PortalTotal(id, portalNames.get(id), sum.assignments, sum.unpriced, sum.costs())));
        byPortal.sort(Comparator.comparing(PortalTotal::portalName).thenComparing(PortalTotal::portalId));
        return new ReclaimTotals(
                byReason(groups),
                List.copyOf(licences),
                List.copyOf(byPortal),
                all.assignments,
                all.unpriced,
                all.costs());
    }

    private static List<ReasonTotal> byReason(List<ReclaimGroup> groups) {
        Map<ReclaimReason, Sum> sums = new EnumMap<>(ReclaimReason.class);
        for (ReclaimReason reason : ReclaimReason.values()) {
            sums.put(reason, new Sum());
        }
        for (ReclaimGroup group : groups) {
            Price price = group.price();
            sums.get(group.reason()).add(group.rows(), price, price == null ? null : price.monthlyCost(group.rows()));
        }
        List<ReasonTotal> totals = new ArrayList<>();
        sums.forEach((reason, sum) -> totals.add(new ReasonTotal(reason, sum.assignments, sum.unpriced, sum.costs())));
        return List.copyOf(totals);
    }

    /** Assignments, those without a price, and costs by currency. */
    private static final class Sum {
        private int assignments;
        private int unpriced;
        private final Map<String, BigDecimal> costs = new TreeMap<>();

        void add(int count, Price price, BigDecimal cost) {
            assignments += count;
            if (price == null) {
                unpriced += count;
            } else {
                costs.merge(price.currency(), cost, BigDecimal::add);
            }
        }

        Map<String, BigDecimal> costs() {
            return Collections.unmodifiableMap(new TreeMap<>(costs));
        }
    }
}
