package dev.itam.m365.compliance.domain;

import dev.itam.m365.api.compliance.AppliesTo;
import dev.itam.m365.api.compliance.LicenceCosts;
import dev.itam.m365.api.pricing.Price;

/**
 * What a licence's seats cost per month: owned, unused (owned − consumed when positive) and on the
 * reclaim list, at its price. A licence serving the whole company has no unused seats: nobody is
 * assigned to it. None without a price, nor when the tenant no longer feeds the licence: its seats are
 * then no longer paid, or no longer known.
 */
public final class MonthlyCosts {

    private MonthlyCosts() {}

    /** @return null without a price or for a licence that cannot be synchronised */
    public static LicenceCosts of(
            Price price, boolean synchronised, AppliesTo appliesTo, int owned, int available, int reclaimable) {
        if (price == null || !synchronised) {
            return null;
        }
        int unused = appliesTo == AppliesTo.COMPANY ? 0 : Math.max(available, 0);
        return new LicenceCosts(
                price.currency(), price.monthlyCost(owned), price.monthlyCost(unused), price.monthlyCost(reclaimable));
    }
}
