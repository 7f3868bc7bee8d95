package dev.itam.m365.api.pricing;

import java.io.Reader;
import java.util.List;

/**
 * Unit prices of licences. A licence without a set price whose SKU is well known to be free (such as
 * FLOW_FREE or TEAMS_EXPLORATORY) has the built-in price 0; every other one has none until an admin
 * sets it. Prices are never converted between currencies.
 */
public interface PricingService {

    /** Every licence with its price (or none), by source and title. */
    List<LicencePrice> prices();

    /** One licence with its price (or none). */
    LicencePrice price(long licenceId);

    /**
     * Sets a licence's price, replacing the one set before.
     *
     * @param setBy who sets it, kept with the price
     * @throws dev.itam.m365.api.InvalidInputException naming each wrong field (amount, currency, period)
     */
    LicencePrice setPrice(long licenceId, PriceDraft draft, String setBy);

    /** Removes a licence's set price; the built-in price applies again where there is one. */
    void removePrice(long licenceId);

    /**
     * Sets prices from a CSV list, one row per SKU: {@code skuPartNumber or skuId, amount, currency,
     * period}, optionally after a header line whose second cell is {@code amount}. Each row prices
     * every licence of that SKU in every portal; SKUs not listed keep their prices.
     *
     * @throws dev.itam.m365.api.InvalidInputException listing every broken row by line and field;
     *     nothing is stored then
     */
    PriceUpload upload(Reader csv, String setBy);
}
