package dev.itam.m365.host;

import dev.itam.m365.api.pricing.LicencePrice;
import dev.itam.m365.api.pricing.PriceDraft;
import dev.itam.m365.api.pricing.PriceUpload;
import dev.itam.m365.api.pricing.PricingService;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.Reader;
import java.util.List;

/** {@code java:global/m365-plugin/M365Pricing!dev.itam.m365.api.pricing.PricingService}: the PricingService for host applications. */
@Stateless(name = "M365Pricing")
@Local(PricingService.class)
@HostFacade
@HostCall
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PricingBean implements PricingService {

    @Inject
    PricingService delegate;

    @Override
    public List<LicencePrice> prices() {
        return delegate.prices();
    }

    @Override
    public LicencePrice price(long licenceId) {
        return delegate.price(licenceId);
    }

    @Override
    public LicencePrice setPrice(long licenceId, PriceDraft draft, String setBy) {
        return delegate.setPrice(licenceId, draft, setBy);
    }

    @Override
    public void removePrice(long licenceId) {
        delegate.removePrice(licenceId);
    }

    @Override
    public PriceUpload upload(Reader csv, String setBy) {
        return delegate.upload(csv, setBy);
    }
}
