package dev.itam.m365.ui.trends;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * A Chart.js configuration as PrimeFaces' {@code p:chart} takes it: sized by its container, drawn
 * without animation (the page tests read it at once), titled.
 */
final class ChartConfig {

    private ChartConfig() {}

    /**
     * @param plugins Chart.js plugin options besides the title, e.g. the legend's; empty for none
     * @param scales  the axes' options; empty for Chart.js' defaults
     */
    static String of(
            String type,
            String title,
            JsonArrayBuilder labels,
            JsonArrayBuilder datasets,
            JsonObjectBuilder plugins,
            JsonObjectBuilder scales) {
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add("animation", false)
                                .add(
                                        "plugins",
                                        plugins.add(
                                                "title",
                                                Json.createObjectBuilder()
                                                        .add("display", true)
                                                        .add("text", title)))
                                .add("scales", scales))
                .build()
                .toString();
    }
}
