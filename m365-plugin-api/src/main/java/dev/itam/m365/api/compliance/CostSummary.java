package dev.itam.m365.api.compliance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Monthly licence costs per portal and over all portals, per currency. Only licences the tenants
 * still feed count (synchronised, of a portal that exists): the seats of the others are no longer
 * paid, or no longer known.
 *
 * @param total            every portal's costs, by currency code
 * @param unpricedLicences synchronised licences without a price, in all portals
 */
public record CostSummary(List<PortalCosts> portals, List<CurrencyCosts> total, int unpricedLicences) {

    /** Sums the costs of {@code licences}, portals in the order they first come. */
    public static CostSummary of(List<LicenceCompliance> licences) {
        Map<Long, List<LicenceCompliance>> byPortal = new LinkedHashMap<>();
        licences.stream()
                .filter(l -> l.portalId() != null && l.status() != ComplianceStatus.CANNOT_BE_SYNCHRONISED)
                .forEach(l -> byPortal.computeIfAbsent(l.portalId(), id -> new ArrayList<>())
                        .add(l));
        List<PortalCosts> portals = new ArrayList<>();
        byPortal.forEach((portalId, ofPortal) -> portals.add(
                new PortalCosts(portalId, ofPortal.get(0).source(), byCurrency(ofPortal), unpriced(ofPortal))));
        List<LicenceCompliance> all =
                byPortal.values().stream().flatMap(List::stream).toList();
        return new CostSummary(List.copyOf(portals), byCurrency(all), unpriced(all));
    }

    private static int unpriced(List<LicenceCompliance> licences) {
        return (int) licences.stream().filter(l -> l.price() == null).count();
    }

    /** Free licences with a built-in price have no currency and cost nothing: they add no line. */
    private static List<CurrencyCosts> byCurrency(List<LicenceCompliance> licences) {
        Map<String, CurrencyCosts> sums = new TreeMap<>();
        for (LicenceCompliance licence : licences) {
            LicenceCosts costs = licence.monthlyCosts();
            if (costs == null || costs.currency() == null) {
                continue;
            }
            CurrencyCosts sum = sums.getOrDefault(
                    costs.currency(),
                    new CurrencyCosts(costs.currency(), 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
            sums.put(
                    costs.currency(),
                    new CurrencyCosts(
                            costs.currency(),
                            sum.licences() + 1,
                            sum.owned().add(costs.owned()),
                            sum.unused().add(costs.unused()),
                            sum.reclaimable().add(costs.reclaimable())));
        }
        return List.copyOf(sums.values());
    }
}
