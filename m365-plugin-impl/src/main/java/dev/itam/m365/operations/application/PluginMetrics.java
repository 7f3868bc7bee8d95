package dev.itam.m365.operations.application;

import dev.itam.m365.api.monitor.TaskRunFinished;
import dev.itam.m365.importing.application.PortalImportEnded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Records the metrics from the ends the plugin announces anyway: of each portal's import (what a run's
 * summary does not carry: a full recalculation's portals one by one, users, pages, retries) and of
 * each task run. So the import code has no counters of its own, and a metric that fails fails no
 * import.
 */
@ApplicationScoped
public class PluginMetrics {

    private static final Logger LOG = Logger.getLogger(PluginMetrics.class.getName());

    @Inject
    MetricRegistry registry;

    void importEnded(@Observes PortalImportEnded ended) {
        record(Measurements.of(ended));
    }

    void runFinished(@Observes TaskRunFinished finished) {
        record(Measurements.of(finished.run()));
    }

    private void record(List<Measurement> measurements) {
        try {
            measurements.forEach(this::record);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Recording the plugin's metrics failed", e);
        }
    }

    private void record(Measurement measurement) {
        PluginMetric metric = measurement.metric();
        Metadata metadata = Metadata.builder()
                .withName(metric.metricName())
                .withDescription(metric.description())
                .withUnit(metric.kind() == PluginMetric.Kind.TIMER ? MetricUnits.NANOSECONDS : MetricUnits.NONE)
                .build();
        Tag[] tags = tags(measurement.tags());
        switch (metric.kind()) {
            case COUNTER -> {
                Counter counter = registry.counter(metadata, tags);
                if (measurement.amount() > 0) {
                    counter.inc(measurement.amount());
                }
            }
            case TIMER -> registry.timer(metadata, tags).update(measurement.duration());
        }
    }

    private static Tag[] tags(Map<String, String> tags) {
        return tags.entrySet().stream()
                .map(tag -> new Tag(tag.getKey(), tag.getValue()))
                .toArray(Tag[]::new);
    }
}
