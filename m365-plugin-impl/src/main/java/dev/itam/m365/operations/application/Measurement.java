package dev.itam.m365.operations.application;

import java.time.Duration;
import java.util.Map;

/**
 * One update of a metric: a counter's increment ({@code amount}) or a timer's duration, with its tags
 * in a fixed order.
 */
record Measurement(PluginMetric metric, Map<String, String> tags, long amount, Duration duration) {

    static Measurement count(PluginMetric metric, Map<String, String> tags, long amount) {
        return new Measurement(metric, tags, amount, null);
    }

    static Measurement time(PluginMetric metric, Map<String, String> tags, Duration duration) {
        return new Measurement(metric, tags, 0, duration);
    }
}
