package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedMap;
import dev.rapport.core.Interaction;
import dev.rapport.core.Ids;
import dev.rapport.core.UnknownNameException;
import dev.rapport.metrics.internal.BuiltInMetrics;
import java.util.Map;
import java.util.Set;

/**
 * Metrics over interactions by name, so that a scorecard definition or the command line can say
 * {@code "metric": "nps"}. Names resolve only through a registry: Rapport never instantiates a class named in
 * input.
 * <pre>{@code
 * MetricRegistry metrics = MetricRegistry.builtIn().with("vip-nps", myVipNps);
 * }</pre>
 * This type is immutable and thread-safe.
 */
public final class MetricRegistry {

    private static final MetricRegistry EMPTY = new MetricRegistry(ImmutableSortedMap.of());

    private final ImmutableSortedMap<String, Metric<Interaction, ?, Estimate>> byName;

    private MetricRegistry(ImmutableSortedMap<String, Metric<Interaction, ?, Estimate>> byName) {
        this.byName = byName;
    }

    /** A registry with no metrics. */
    public static MetricRegistry empty() {
        return EMPTY;
    }

    /** The built-in metrics over interactions, each under its {@link Metric#name()}. */
    public static MetricRegistry builtIn() {
        MetricRegistry registry = EMPTY;
        for (Metric<Interaction, ?, Estimate> metric : BuiltInMetrics.overInteractions()) {
            registry = registry.with(metric);
        }
        return registry;
    }

    /**
     * Returns a copy that also knows {@code metric} under its own name.
     *
     * @param metric  the metric, not null
     * @return the new registry, never null
     * @throws IllegalArgumentException if the name is not kebab-case or already registered
     */
    public MetricRegistry with(Metric<Interaction, ?, Estimate> metric) {
        return with(checkNotNull(metric, "metric").name(), metric);
    }

    /**
     * Returns a copy that also knows {@code metric} as {@code name}.
     *
     * @param name  the name, lower-case kebab-case, not null
     * @param metric  the metric, not null
     * @return the new registry, never null
     * @throws IllegalArgumentException if the name is not kebab-case or already registered
     */
    public MetricRegistry with(String name, Metric<Interaction, ?, Estimate> metric) {
        checkArgument(Ids.isKebab(checkNotNull(name, "name")), "metric name must be lower-case kebab-case, was '%s'",
                name);
        checkNotNull(metric, "metric");
        checkArgument(!byName.containsKey(name), "a metric named '%s' is already registered", name);
        return new MetricRegistry(ImmutableSortedMap.<String, Metric<Interaction, ?, Estimate>>naturalOrder()
                .putAll(byName).put(name, metric).buildOrThrow());
    }

    /**
     * Returns the metric registered as {@code name}.
     *
     * @param name  the name, not null
     * @return the metric, never null
     * @throws UnknownNameException listing the registered names if there is none
     */
    public Metric<Interaction, ?, Estimate> named(String name) {
        Metric<Interaction, ?, Estimate> metric = byName.get(checkNotNull(name, "name"));
        if (metric == null) {
            throw new UnknownNameException("metric", name, byName.keySet());
        }
        return metric;
    }

    /** Whether a metric is registered as {@code name}. */
    public boolean contains(String name) {
        return byName.containsKey(name);
    }

    /** The registered names, sorted. */
    public Set<String> names() {
        return byName.keySet();
    }

    /** The registered metrics by name, sorted. */
    public Map<String, Metric<Interaction, ?, Estimate>> asMap() {
        return byName;
    }

    @Override
    public String toString() {
        return "metrics " + byName.keySet();
    }
}
