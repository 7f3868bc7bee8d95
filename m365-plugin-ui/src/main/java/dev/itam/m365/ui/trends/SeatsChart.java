package dev.itam.m365.ui.trends;

import dev.itam.m365.api.history.HistoryPoint;
import dev.itam.m365.ui.Format;
import dev.itam.m365.ui.Texts;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;

/**
 * The Chart.js configuration PrimeFaces' {@code p:chart} draws: owned, consumed and waiting seats as
 * lines told apart by dash and point shape as well as colour, and the points where the licence's
 * lifecycle changed as large triangles of their own series.
 */
final class SeatsChart {

    private SeatsChart() {}

    static String of(String title, List<HistoryPoint> points) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        Format format = new Format();
        points.forEach(p -> labels.add(format.date(p.at())));
        JsonArrayBuilder changes = Json.createArrayBuilder();
        for (int i = 0; i < points.size(); i++) {
            if (lifecycleChangedAt(points, i)) {
                changes.add(points.get(i).consumed());
            } else {
                changes.addNull();
            }
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(line(
                        Texts.text("trends.chart.owned"),
                        points,
                        HistoryPoint::owned,
                        "#1f5f99",
                        "rect",
                        Json.createArrayBuilder().add(8).add(4)))
                .add(line(
                        Texts.text("trends.chart.consumed"),
                        points,
                        HistoryPoint::consumed,
                        "#b03a2e",
                        "circle",
                        Json.createArrayBuilder()))
                .add(line(
                        Texts.text("trends.chart.waiting"),
                        points,
                        HistoryPoint::waiting,
                        "#7d6608",
                        "crossRot",
                        Json.createArrayBuilder().add(2).add(3)))
                .add(Json.createObjectBuilder()
                        .add("label", Texts.text("trends.chart.lifecycle"))
                        .add("data", changes)
                        .add("showLine", false)
                        .add("pointStyle", "triangle")
                        .add("pointRadius", 9)
                        .add("borderColor", "#000000")
                        .add("backgroundColor", "#f5b041"));
        return ChartConfig.of(
                "line",
                title,
                labels,
                datasets,
                Json.createObjectBuilder()
                        .add(
                                "legend",
                                Json.createObjectBuilder()
                                        .add(
                                                "labels",
                                                Json.createObjectBuilder().add("usePointStyle", true))),
                Json.createObjectBuilder()
                        .add(
                                "y",
                                Json.createObjectBuilder()
                                        .add("beginAtZero", true)
                                        .add(
                                                "title",
                                                Json.createObjectBuilder()
                                                        .add("display", true)
                                                        .add("text", Texts.text("trends.chart.axis")))));
    }

    /** Whether the lifecycle at {@code index} differs from the point before's: marked on the chart and in the table. */
    static boolean lifecycleChangedAt(List<HistoryPoint> points, int index) {
        return index > 0
                && index < points.size()
                && !Objects.equals(
                        points.get(index).lifecycle(), points.get(index - 1).lifecycle());
    }

    private static JsonObjectBuilder line(
            String label,
            List<HistoryPoint> points,
            ToIntFunction<HistoryPoint> value,
            String colour,
            String pointStyle,
            JsonArrayBuilder dash) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        points.forEach(p -> data.add(value.applyAsInt(p)));
        return Json.createObjectBuilder()
                .add("label", label)
                .add("data", data)
                .add("borderColor", colour)
                .add("backgroundColor", colour)
                .add("borderDash", dash)
                .add("pointStyle", pointStyle)
                .add("pointRadius", 4)
                .add("fill", false);
    }
}
