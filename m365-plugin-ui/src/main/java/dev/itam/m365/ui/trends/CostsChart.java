package dev.itam.m365.ui.trends;

import dev.itam.m365.api.compliance.CurrencyCosts;
import dev.itam.m365.api.history.PortalMonth;
import dev.itam.m365.ui.Format;
import dev.itam.m365.ui.Texts;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A bar chart of a portal's monthly costs and reclaimable costs, a pair of bars per currency, hatched apart by border. */
final class CostsChart {

    private CostsChart() {}

    static String of(String title, List<PortalMonth> months) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        Format format = new Format();
        Set<String> currencies = new LinkedHashSet<>();
        months.forEach(m -> {
            labels.add(format.month(m.month()));
            m.costs().forEach(c -> currencies.add(c.currency()));
        });
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (String currency : currencies) {
            datasets.add(bars(Texts.text("trends.chart.cost", currency), months, currency, false, "#1f5f99", 0));
            datasets.add(bars(Texts.text("trends.chart.reclaimable", currency), months, currency, true, "#f5b041", 3));
        }
        return ChartConfig.of("bar", title, labels, datasets, Json.createObjectBuilder(), Json.createObjectBuilder());
    }

    private static jakarta.json.JsonObjectBuilder bars(
            String label, List<PortalMonth> months, String currency, boolean reclaimable, String colour, int border) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (PortalMonth month : months) {
            BigDecimal value = month.costs().stream()
                    .filter(c -> c.currency().equals(currency))
                    .map(reclaimable ? CurrencyCosts::reclaimable : CurrencyCosts::owned)
                    .findFirst()
                    .orElse(BigDecimal.ZERO);
            data.add(value);
        }
        return Json.createObjectBuilder()
                .add("label", label)
                .add("data", data)
                .add("backgroundColor", colour)
                .add("borderColor", "#000000")
                .add("borderWidth", border);
    }
}
