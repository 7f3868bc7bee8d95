package dev.itam.m365.ui.licences;

import dev.itam.m365.api.compliance.LicenceCompliance;
import dev.itam.m365.api.pricing.Price;
import dev.itam.m365.api.pricing.PriceDraft;
import dev.itam.m365.api.pricing.PricePeriod;
import dev.itam.m365.api.pricing.PricingService;
import dev.itam.m365.ui.AdminRole;
import dev.itam.m365.ui.Messages;
import dev.itam.m365.ui.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** The price dialog of the licence page: an admin sets or removes one licence's unit price. */
@Named
@ViewScoped
public class PriceEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PricingService pricing;

    @Inject
    LicencesPage licences;

    private Long licenceId;
    private String title;
    private BigDecimal amount;
    private String currency;
    private PricePeriod period = PricePeriod.MONTH;

    /** Opens the dialog with the licence's set price, or empty for a new one. */
    public void edit(LicenceCompliance licence) {
        licenceId = licence.licenceId();
        title = licence.title();
        Price price = licence.price();
        boolean set = price != null && price.currency() != null;
        amount = set ? price.amount() : null;
        currency = set ? price.currency() : "";
        period = set ? price.period() : PricePeriod.MONTH;
    }

    public void save() {
        if (licenceId == null || !AdminRole.check()) {
            return;
        }
        String admin = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        pricing.setPrice(licenceId, new PriceDraft(amount, currency, period), admin);
        Messages.info(Texts.text("price.saved", title));
        licences.load();
    }

    public void remove() {
        if (licenceId == null || !AdminRole.check()) {
            return;
        }
        pricing.removePrice(licenceId);
        Messages.info(Texts.text("price.removed", title));
        licences.load();
    }

    public List<PricePeriod> getPeriods() {
        return List.of(PricePeriod.values());
    }

    public String getTitle() {
        return title;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public PricePeriod getPeriod() {
        return period;
    }

    public void setPeriod(PricePeriod period) {
        this.period = period;
    }
}
