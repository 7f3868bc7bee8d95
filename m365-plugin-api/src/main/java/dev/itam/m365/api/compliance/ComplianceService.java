package dev.itam.m365.api.compliance;

import java.util.List;

/** Reads the results of the compliance recalculation. */
public interface ComplianceService {

    /** Every licence's figures, by source and title. */
    List<LicenceCompliance> licences();

    /** Balances per portal (deleted portals by their former name). */
    List<PortalBalance> balances();

    /** The contacts consuming one licence. */
    List<Consumer> consumers(long licenceId);
}
