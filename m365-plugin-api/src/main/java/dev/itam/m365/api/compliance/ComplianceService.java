package dev.itam.m365.api.compliance;

import dev.itam.m365.api.assignment.FailedAssignment;
import java.util.List;

/** Reads the results of the compliance recalculation. */
public interface ComplianceService {

    /** Every licence's figures, by source and title. */
    List<LicenceCompliance> licences();

    /**
     * The licences one portal imported, by title. This default filters {@link #licences()}; the
     * plugin's own implementation reads only the portal's.
     */
    default List<LicenceCompliance> licences(long portalId) {
        return licences().stream()
                .filter(licence -> Long.valueOf(portalId).equals(licence.portalId()))
                .toList();
    }

    /** Balances per portal (deleted portals by their former name). */
    List<PortalBalance> balances();

    /** The contacts consuming one licence, by display name. */
    List<Consumer> consumers(long licenceId);

    /**
     * One page of {@link #consumers(long)}, for licences with many thousand consumers. This default
     * reads them all; the plugin's own implementation reads only the page.
     */
    default List<Consumer> consumers(long licenceId, int first, int max) {
        List<Consumer> all = consumers(licenceId);
        int from = Math.min(Math.max(first, 0), all.size());
        return all.subList(from, Math.min(from + Math.max(max, 0), all.size()));
    }

    /** How many contacts consume one licence. This default counts {@link #consumers(long)}. */
    default int consumerCount(long licenceId) {
        return consumers(licenceId).size();
    }

    /**
     * The users whose assignment of one licence failed or holds with an error, by display name. This
     * default knows none; the plugin's own implementation reads what the last import found.
     */
    default List<FailedAssignment> assignmentErrors(long licenceId) {
        return List.of();
    }

    /** Monthly costs per portal and in all, per currency, summed from {@link #licences()}. */
    default CostSummary costs() {
        return CostSummary.of(licences());
    }
}
