package dev.rapport.spark.internal;

import com.google.common.collect.ImmutableList;
import dev.rapport.core.Interaction;
import dev.rapport.metrics.Estimate;
import dev.rapport.metrics.Metric;
import dev.rapport.metrics.MetricRegistry;
import dev.rapport.spark.RapportSpark;
import java.io.Serializable;
import java.util.List;

/**
 * The metrics of a job by name, with a serializable way to get the registry that holds them, so that every
 * executor resolves the same metrics (metric objects themselves hold lambdas and do not serialize).
 */
public final class MetricSource implements Serializable {

    private static final long serialVersionUID = 1;

    private final RapportSpark.Metrics registry;
    private final ImmutableList<String> names;
    private transient List<Metric<Interaction, ?, Estimate>> metrics;

    public MetricSource(RapportSpark.Metrics registry, List<String> names) {
        this.registry = registry;
        this.names = ImmutableList.copyOf(names);
        resolve();
    }

    public List<String> names() {
        return names;
    }

    /** The metrics, resolved once per JVM copy. */
    public List<Metric<Interaction, ?, Estimate>> resolve() {
        if (metrics == null) {
            MetricRegistry r = registry.get();
            metrics = names.stream().<Metric<Interaction, ?, Estimate>>map(r::named)
                    .collect(ImmutableList.toImmutableList());
        }
        return metrics;
    }

}
