package dev.itam.m365.ui.trends;

import dev.itam.m365.api.changes.Change;
import dev.itam.m365.api.changes.ChangeService;
import dev.itam.m365.api.compliance.ComplianceService;
import dev.itam.m365.api.compliance.LicenceCompliance;
import dev.itam.m365.api.history.Forecast;
import dev.itam.m365.api.history.HistoryPoint;
import dev.itam.m365.api.history.HistoryService;
import dev.itam.m365.api.history.PortalMonth;
import dev.itam.m365.ui.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A licence's owned, consumed and waiting seats over 30 days, 12 months or all that is kept, with
 * its lifecycle changes and forecast; its portal's monthly costs. Each chart has a table beside it
 * that says the same, for screen readers and for reading exact figures; the licence's latest changes.
 */
@Named
@ViewScoped
public class TrendsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int RECENT_CHANGES = 25;

    @Inject
    HistoryService history;

    @Inject
    ComplianceService compliance;

    @Inject
    ChangeService changes;

    private List<LicenceCompliance> licences;
    private Long licenceId;
    private TrendRange range = TrendRange.LAST_30_DAYS;
    private List<HistoryPoint> points = List.of();
    private List<PortalMonth> months = List.of();
    private List<Change> recentChanges = List.of();
    private String forecast;
    private String forecastMethod;
    private String seatsChart;
    private String costsChart;

    @PostConstruct
    void load() {
        licences = compliance.licences();
    }

    /** Shows the chosen licence (from the view parameter {@code licence}, else the first) over the chosen range. */
    public void show() {
        if (licenceId == null && !licences.isEmpty()) {
            licenceId = licences.get(0).licenceId();
        }
        LicenceCompliance licence = licences.stream()
                .filter(l -> licenceId != null && l.licenceId() == licenceId)
                .findFirst()
                .orElse(null);
        if (licence == null) {
            points = List.of();
            months = List.of();
            recentChanges = List.of();
            forecast = null;
            seatsChart = null;
            costsChart = null;
            return;
        }
        String name = licence.skuPartNumber() + " (" + licence.source() + ")";
        points = history.history(
                licence.licenceId(), range.from(LocalDate.now(ZoneOffset.UTC)), null, range.granularity());
        Forecast predicted = history.forecast(licence.licenceId());
        forecast = ForecastSentence.of(licence.skuPartNumber(), predicted);
        forecastMethod = ForecastSentence.method(predicted);
        seatsChart = SeatsChart.of(
                Texts.text(
                        "trends.chart.seats",
                        name,
                        Texts.text("trends.range." + range.name()).toLowerCase(Texts.locale())),
                points);
        recentChanges = changes.recentChanges(licence.licenceId(), RECENT_CHANGES);
        months = licence.portalId() == null ? List.of() : history.portalHistory(licence.portalId());
        costsChart =
                months.isEmpty() ? null : CostsChart.of(Texts.text("trends.chart.costs", licence.source()), months);
    }

    /** Whether the lifecycle at {@code index} differs from the point before: marked on the chart and in the table. */
    public boolean lifecycleChangedAt(int index) {
        return SeatsChart.lifecycleChangedAt(points, index);
    }

    public List<LicenceCompliance> getLicences() {
        return licences;
    }

    public Long getLicenceId() {
        return licenceId;
    }

    public void setLicenceId(Long licenceId) {
        this.licenceId = licenceId;
    }

    public TrendRange getRange() {
        return range;
    }

    public void setRange(TrendRange range) {
        this.range = range;
    }

    public List<TrendRange> getRanges() {
        return List.of(TrendRange.values());
    }

    public List<HistoryPoint> getPoints() {
        return points;
    }

    public List<Change> getRecentChanges() {
        return recentChanges;
    }

    public List<PortalMonth> getMonths() {
        return months;
    }

    public String getForecast() {
        return forecast;
    }

    public String getForecastMethod() {
        return forecastMethod;
    }

    public String getSeatsChart() {
        return seatsChart;
    }

    public String getCostsChart() {
        return costsChart;
    }
}
