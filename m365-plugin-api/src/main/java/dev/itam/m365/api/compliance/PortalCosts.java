package dev.itam.m365.api.compliance;

import java.util.List;

/**
 * One portal's monthly costs, per currency (never converted).
 *
 * @param costs            by currency code
 * @param unpricedLicences synchronised licences without a price, which no cost includes
 */
public record PortalCosts(long portalId, String portalName, List<CurrencyCosts> costs, int unpricedLicences) {}
