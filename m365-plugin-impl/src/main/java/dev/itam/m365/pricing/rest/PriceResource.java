package dev.itam.m365.pricing.rest;

import dev.itam.m365.api.pricing.LicencePrice;
import dev.itam.m365.api.pricing.PriceUpload;
import dev.itam.m365.api.pricing.PricingService;
import dev.itam.m365.rest.SignedInUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Every licence's price, and a price list uploaded as CSV ({@code skuPartNumber or skuId, amount,
 * currency, period}), which prices every licence of each SKU listed, or stores nothing when a line is
 * broken.
 */
@Path("prices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PriceResource {

    @Inject
    PricingService pricing;

    @GET
    public List<LicencePrice> prices() {
        return pricing.prices();
    }

    @PUT
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public PriceUpload upload(InputStream csv, @Context SecurityContext security) {
        return pricing.upload(new InputStreamReader(csv, StandardCharsets.UTF_8), SignedInUser.name(security));
    }
}
