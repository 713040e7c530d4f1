package dev.rapport.metrics.internal;

import dev.rapport.core.Interaction;
import dev.rapport.metrics.Estimate;
import dev.rapport.metrics.Metric;
import dev.rapport.metrics.Metrics;
import java.util.List;

/** The list behind {@code MetricRegistry.builtIn()}: every built-in metric over interactions. */
public final class BuiltInMetrics {

    private BuiltInMetrics() {
    }

    /** Every built-in metric over interactions, in a stable order (see {@link Metrics#builtIn()}). */
    public static List<Metric<Interaction, ?, Estimate>> overInteractions() {
        return Metrics.builtIn();
    }
}
