package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.rapport.core.Interaction;
import dev.rapport.core.Ids;
import dev.rapport.core.UnknownNameException;
import dev.rapport.metrics.internal.BuiltInMetrics;
import dev.rapport.metrics.internal.scoring.ScorecardRules;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Metrics over interactions by name, so that a scorecard definition or the command line can say
 * {@code "metric": "nps"}. Names resolve only through a registry: Rapport never instantiates a class named in
 * input.
 * <p>
 * Besides its registered names, the {@link #builtIn()} registry (and every copy made from it with {@link #with})
 * knows one family of metrics per survey figure, for any service dimension id, written
 * {@code <family>:<dimension>}: {@code rating-mean:gate-location} (mean 1-5 rating, t),
 * {@code rating-top-two:gate-location} (share of 4-5 ratings, Wilson), {@code rating-share-1:gate-location} to
 * {@code rating-share-5:gate-location} (the rating distribution, Wilson) and
 * {@code rating-not-applicable:gate-location} (share answering "not applicable", Wilson). A dimension the data
 * never mentions gives an empty estimate. The tiered-support metrics ({@code first-level-resolution},
 * {@code tier-transfers}, {@code escalations}, {@code team-changes}, {@code ping-pong-rate}, over the {@code tier}
 * column without an order) take a column and an order of tiers the same way, {@code <metric>:<tier|stage>} or
 * {@code <metric>:<tier|stage>:<first>/<second>/...}: {@code escalations:tier:L1/L2/L3},
 * {@code team-changes:stage} (see {@link TierPolicy}). A name of no such form is an {@link UnknownNameException}
 * that lists the forms. {@link #names()} lists the registered names only.
 * <pre>{@code
 * MetricRegistry metrics = MetricRegistry.builtIn().with("vip-nps", myVipNps);
 * metrics.named("rating-mean:baggage-handling")
 * }</pre>
 * This type is immutable and thread-safe.
 */
public final class MetricRegistry {

    private static final MetricRegistry EMPTY = new MetricRegistry(ImmutableSortedMap.of(), false);

    private final ImmutableSortedMap<String, Metric<Interaction, ?, Estimate>> byName;
    /** Whether the survey-dimension families ({@code rating-mean:<dimension>} ...) resolve. */
    private final boolean dimensionFamilies;

    private MetricRegistry(ImmutableSortedMap<String, Metric<Interaction, ?, Estimate>> byName,
            boolean dimensionFamilies) {
        this.byName = byName;
        this.dimensionFamilies = dimensionFamilies;
    }

    /** A registry with no metrics. */
    public static MetricRegistry empty() {
        return EMPTY;
    }

    /**
     * The built-in metrics over interactions, each under its {@link Metric#name()}, and the survey-dimension
     * families {@code <family>:<dimension>} described above.
     */
    public static MetricRegistry builtIn() {
        MetricRegistry registry = new MetricRegistry(ImmutableSortedMap.of(), true);
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
                .putAll(byName).put(name, metric).buildOrThrow(), dimensionFamilies);
    }

    /**
     * Returns the metric registered as {@code name}, or the survey-dimension metric it names, e.g.
     * {@code rating-mean:gate-location}.
     *
     * @param name  the name, not null
     * @return the metric, never null
     * @throws UnknownNameException listing the registered names and the dimension forms if there is none
     */
    public Metric<Interaction, ?, Estimate> named(String name) {
        Metric<Interaction, ?, Estimate> metric = byName.get(checkNotNull(name, "name"));
        if (metric == null) {
            metric = family(name).orElseThrow(() -> new UnknownNameException("metric", name, known()));
        }
        return metric;
    }

    private Optional<Metric<Interaction, ?, Estimate>> family(String name) {
        return dimensionFamilies ? RatingMetrics.parse(name).or(() -> TierMetrics.parse(name)) : Optional.empty();
    }

    /** The registered names and the dimension forms, as an unknown name's message lists them. */
    List<String> known() {
        return dimensionFamilies ? ImmutableList.<String>builder().addAll(byName.keySet())
                .addAll(RatingMetrics.FORMS).addAll(TierMetrics.FORMS).build() : byName.keySet().asList();
    }

    /** Whether {@code name} is registered or names a survey-dimension metric. */
    public boolean contains(String name) {
        return byName.containsKey(name) || name != null && family(name).isPresent();
    }

    /**
     * Whether {@code name} has the form of a metric name: lower-case kebab-case, {@code <family>:<dimension>}
     * with both parts kebab-case, or a tiered-support metric with its column and order (whether or not a registry
     * knows it).
     */
    public static boolean isWellFormed(String name) {
        return Ids.isKebab(name) || RatingMetrics.isParameterized(name) || ScorecardRules.isTierName(name);
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
