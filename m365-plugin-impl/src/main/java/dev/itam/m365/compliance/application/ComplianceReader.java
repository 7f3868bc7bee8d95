package dev.itam.m365.compliance.application;

import dev.itam.m365.api.NotFoundException;
import dev.itam.m365.api.assignment.AssignmentError;
import dev.itam.m365.api.assignment.AssignmentState;
import dev.itam.m365.api.assignment.FailedAssignment;
import dev.itam.m365.api.compliance.AppliesTo;
import dev.itam.m365.api.compliance.ComplianceService;
import dev.itam.m365.api.compliance.Consumer;
import dev.itam.m365.api.compliance.LicenceCompliance;
import dev.itam.m365.api.compliance.PortalBalance;
import dev.itam.m365.api.compliance.Seats;
import dev.itam.m365.api.pricing.LicencePrice;
import dev.itam.m365.api.pricing.Price;
import dev.itam.m365.api.pricing.PricingService;
import dev.itam.m365.api.reclaim.LicenceTotal;
import dev.itam.m365.api.reclaim.ReclaimFilter;
import dev.itam.m365.api.reclaim.ReclaimService;
import dev.itam.m365.compliance.domain.ComplianceResult;
import dev.itam.m365.compliance.domain.MonthlyCosts;
import dev.itam.m365.licensing.domain.ConsumerAssignment;
import dev.itam.m365.licensing.domain.ContactEntity;
import dev.itam.m365.licensing.domain.LicenceEntity;
import dev.itam.m365.licensing.domain.ProductEntity;
import dev.itam.m365.licensing.domain.SeatCounts;
import dev.itam.m365.lifecycle.application.LicenceLifecycles;
import dev.itam.m365.lifecycle.domain.LicenceLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the last recalculation's results: per licence with its price and what its seats cost, per
 * portal, and who consumes what; and the assignments the last import found failed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ComplianceReader implements ComplianceService {

    @PersistenceContext(unitName = "m365")
    EntityManager em;

    @Inject
    LicenceLifecycles lifecycles;

    @Inject
    PricingService pricing;

    @Inject
    ReclaimService reclaim;

    @Override
    public List<LicenceCompliance> licences() {
        return licences(Optional.empty(), true);
    }

    @Override
    public List<LicenceCompliance> licences(long portalId) {
        return licences(Optional.of(portalId), true);
    }

    /** @param withCosts whether to read prices and the reclaim list, which balances do not need */
    private List<LicenceCompliance> licences(Optional<Long> portalId, boolean withCosts) {
        TypedQuery<ProductEntity> products = em.createQuery(
                "select p from Product p where p.licence is not null"
                        + portalId.map(id -> " and p.licence.portal.id = :portal")
                                .orElse(""),
                ProductEntity.class);
        TypedQuery<ComplianceResult> results = em.createQuery(
                "select r from ComplianceResult r join fetch r.licence l"
                        + portalId.map(id -> " where l.portal.id = :portal").orElse("")
                        + " order by l.sourceName, l.title",
                ComplianceResult.class);
        portalId.ifPresent(id -> {
            products.setParameter("portal", id);
            results.setParameter("portal", id);
        });
        Map<Long, ProductEntity> byLicence = new HashMap<>();
        products.getResultStream().forEach(p -> byLicence.put(p.licence().id(), p));
        List<ComplianceResult> found = results.getResultList();
        Map<Long, LicenceLifecycle> lifecycles = this.lifecycles.of(
                portalId, found.stream().map(ComplianceResult::licence).toList());
        Map<Long, Map<String, Integer>> failures = failedAssignmentCounts(portalId);
        Map<Long, Price> prices = withCosts ? prices() : Map.of();
        Map<Long, Integer> reclaimable = withCosts ? reclaimable(portalId) : Map.of();
        return found.stream()
                .map(result -> view(
                        result,
                        byLicence.get(result.licence().id()),
                        lifecycles.get(result.licence().id()),
                        failures.getOrDefault(result.licence().id(), Map.of()),
                        prices.get(result.licence().id()),
                        reclaimable.getOrDefault(result.licence().id(), 0)))
                .toList();
    }

    /** Per licence, its failed assignments by Graph's name of their error, as the last import found them. */
    private Map<Long, Map<String, Integer>> failedAssignmentCounts(Optional<Long> portalId) {
        Query counts = em.createNativeQuery("SELECT e.LICENCE_ID, e.ERROR, COUNT(*) FROM M365_ASSIGNMENT_ERROR e"
                + portalId.map(id -> " JOIN M365_LICENCE l ON l.ID = e.LICENCE_ID WHERE l.PORTAL_ID = ?")
                        .orElse("")
                + " GROUP BY e.LICENCE_ID, e.ERROR");
        portalId.ifPresent(id -> counts.setParameter(1, id));
        Map<Long, Map<String, Integer>> byLicence = new HashMap<>();
        for (Object row : counts.getResultList()) {
            Object[] columns = (Object[]) row;
            byLicence
                    .computeIfAbsent(((Number) columns[0]).longValue(), id -> new HashMap<>())
                    .merge(
                            AssignmentError.valueOf((String) columns[1]).graphName(),
                            ((Number) columns[2]).intValue(),
                            Integer::sum);
        }
        return byLicence;
    }

    @Override
    public List<FailedAssignment> assignmentErrors(long licenceId) {
        requireLicence(licenceId);
        List<FailedAssignment> failures = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT c.ID, c.DISPLAY_NAME, c.USER_PRINCIPAL_NAME, e.GROUP_ID,"
                        + " e.STATE, e.ERROR FROM M365_ASSIGNMENT_ERROR e JOIN M365_CONTACT c ON c.ID = e.CONTACT_ID"
                        + " WHERE e.LICENCE_ID = ? ORDER BY COALESCE(c.DISPLAY_NAME, ''), c.ENTRA_OBJECT_ID,"
                        + " COALESCE(e.GROUP_ID, '')")
                .setParameter(1, licenceId)
                .getResultList()) {
            Object[] columns = (Object[]) row;
            failures.add(new FailedAssignment(
                    ((Number) columns[0]).longValue(),
                    (String) columns[1],
                    (String) columns[2],
                    (String) columns[3],
                    AssignmentState.valueOf((String) columns[4]),
                    AssignmentError.valueOf((String) columns[5])));
        }
        return failures;
    }

    private Map<Long, Price> prices() {
        Map<Long, Price> prices = new HashMap<>();
        for (LicencePrice licence : pricing.prices()) {
            if (licence.price() != null) {
                prices.put(licence.licenceId(), licence.price());
            }
        }
        return prices;
    }

    /** Non-exempt assignments on the reclaim list per licence, each once. */
    private Map<Long, Integer> reclaimable(Optional<Long> portalId) {
        ReclaimFilter filter = new ReclaimFilter(portalId.orElse(null), null, null, null, false);
        return reclaim.totals(filter).byLicence().stream()
                .collect(Collectors.toMap(LicenceTotal::licenceId, LicenceTotal::assignments));
    }

    @Override
    public List<PortalBalance> balances() {
        Map<String, PortalBalance> balances = new LinkedHashMap<>();
        for (LicenceCompliance licence : licences(Optional.empty(), false)) {
            String key = licence.portalId() + "|" + licence.source();
            PortalBalance sum =
                    balances.getOrDefault(key, new PortalBalance(licence.portalId(), licence.source(), 0, 0, 0, 0));
            balances.put(
                    key,
                    new PortalBalance(
                            sum.portalId(),
                            sum.source(),
                            sum.licences() + 1,
                            sum.owned() + licence.owned(),
                            sum.consumed() + licence.consumed(),
                            sum.available() + licence.available()));
        }
        return List.copyOf(balances.values());
    }

    @Override
    public List<Consumer> consumers(long licenceId) {
        return consumers(licenceId, 0, Integer.MAX_VALUE);
    }

    @Override
    public List<Consumer> consumers(long licenceId, int first, int max) {
        requireLicence(licenceId);
        return em.createQuery(
                        "select a from ConsumerAssignment a join fetch a.contact c where a.licence.id = :licence"
                                + " order by c.displayName, c.entraObjectId",
                        ConsumerAssignment.class)
                .setParameter("licence", licenceId)
                .setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.max(max, 0))
                .getResultStream()
                .map(ComplianceReader::consumer)
                .toList();
    }

    @Override
    public int consumerCount(long licenceId) {
        requireLicence(licenceId);
        return em.createQuery("select count(a) from ConsumerAssignment a where a.licence.id = :licence", Long.class)
                .setParameter("licence", licenceId)
                .getSingleResult()
                .intValue();
    }

    private void requireLicence(long licenceId) {
        if (em.find(LicenceEntity.class, licenceId) == null) {
            throw new NotFoundException("There is no licence with id " + licenceId + ".");
        }
    }

    private static LicenceCompliance view(
            ComplianceResult result,
            ProductEntity product,
            LicenceLifecycle lifecycle,
            Map<String, Integer> failedAssignments,
            Price price,
            int reclaimable) {
        LicenceEntity licence = result.licence();
        SeatCounts seats = licence.seats();
        AppliesTo appliesTo = appliesTo(licence.appliesTo());
        return new LicenceCompliance(
                licence.id(),
                licence.portal() == null ? null : licence.portal().id(),
                licence.sourceName(),
                licence.skuId(),
                licence.skuPartNumber(),
                licence.title(),
                product == null ? null : product.name(),
                result.owned(),
                result.consumed(),
                result.available(),
                result.status(),
                result.syncProblem(),
                result.calculatedAt(),
                new Seats(seats.enabled(), seats.warning(), seats.suspended(), seats.lockedOut()),
                appliesTo,
                lifecycle.lifecycle(),
                lifecycle.nextAt(),
                lifecycle.nextEvent(),
                failedAssignments,
                result.waiting(),
                price,
                reclaimable,
                MonthlyCosts.of(
                        price,
                        licence.sync().isSynchronised(),
                        appliesTo,
                        result.owned(),
                        result.available(),
                        reclaimable));
    }

    private static AppliesTo appliesTo(String graphValue) {
        if ("user".equalsIgnoreCase(graphValue)) {
            return AppliesTo.USER;
        }
        return "company".equalsIgnoreCase(graphValue) ? AppliesTo.COMPANY : null;
    }

    private static Consumer consumer(ConsumerAssignment assignment) {
        ContactEntity contact = assignment.contact();
        return new Consumer(
                contact.id(),
                contact.entraObjectId(),
                contact.displayName(),
                contact.userPrincipalName(),
                contact.mail(),
                contact.department(),
                contact.accountEnabled(),
                assignment.assignedVia(),
                contact.hostContactId(),
                assignment.groupId());
    }
}
