package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.rapport.core.Interaction;
import dev.rapport.data.InteractionColumns;
import dev.rapport.data.InteractionColumns.Dimension;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The accumulator states of several metrics per group of some {@link Dimension}s, from one pass over
 * {@link InteractionColumns} ({@link InteractionColumns#accumulateAll}). Each metric's states are exactly those
 * its own {@link InteractionColumns#accumulate} would give, ready to merge with states from another shard or
 * period, or to finish into estimates. A group is listed for a metric when it has at least one row.
 * <pre>{@code
 * GroupedStates s = columns.accumulateAll(List.of(Metrics.nps(), Metrics.waitMean()), Dimension.TOUCHPOINT);
 * s.estimates(Metrics.nps())   // {[checkout]=31.2 (95% CI ...), ...}
 * }</pre>
 * This type is immutable and thread-safe.
 */
public final class GroupedStates {

    private final ImmutableList<Dimension> dimensions;
    private final ImmutableMap<String, Metric<Interaction, ?, Estimate>> metrics;
    private final ImmutableMap<String, ImmutableMap<List<String>, ?>> states;

    GroupedStates(ImmutableList<Dimension> dimensions, List<Metric<Interaction, ?, Estimate>> metrics,
            List<ImmutableMap<List<String>, ?>> states) {
        this.dimensions = dimensions;
        Map<String, Metric<Interaction, ?, Estimate>> byName = new LinkedHashMap<>();
        Map<String, ImmutableMap<List<String>, ?>> statesByName = new LinkedHashMap<>();
        for (int m = 0; m < metrics.size(); m++) {
            String name = metrics.get(m).name();
            checkArgument(byName.put(name, metrics.get(m)) == null, "metric '%s' is listed twice", name);
            statesByName.put(name, states.get(m));
        }
        this.metrics = ImmutableMap.copyOf(byName);
        this.states = ImmutableMap.copyOf(statesByName);
    }

    /** The dimensions grouped by, in key order. */
    public List<Dimension> dimensions() {
        return dimensions;
    }

    /** The names of the metrics accumulated, in the order given. */
    public List<String> metrics() {
        return metrics.keySet().asList();
    }

    /** Every group that any metric has a state for, in first-seen order; keys as {@link InteractionColumns} names them. */
    public ImmutableSet<List<String>> groups() {
        ImmutableSet.Builder<List<String>> groups = ImmutableSet.builder();
        states.values().forEach(byGroup -> groups.addAll(byGroup.keySet()));
        return groups.build();
    }

    /**
     * The states of one metric per group: the metric accumulated, or one that makes the same states (a built-in of
     * the same name, e.g. {@code Metrics.waitPercentile(90)} called again, or an issue or case metric with the same
     * {@link FcrPolicy}).
     *
     * @throws IllegalArgumentException if no metric of that name was accumulated, or the one of that name makes other
     *     states
     */
    @SuppressWarnings("unchecked") // the states come from a metric that makes states of this metric's type
    public <S> ImmutableMap<List<String>, S> states(Metric<Interaction, S, Estimate> metric) {
        checkNotNull(metric, "metric");
        ImmutableMap<List<String>, ?> byGroup = states.get(metric.name());
        checkArgument(byGroup != null, "metric '%s' was not accumulated; these were: %s", metric.name(),
                metrics.keySet());
        checkArgument(sameStates(metrics.get(metric.name()), metric),
                "metric '%s' was accumulated as a different metric of that name", metric.name());
        return (ImmutableMap<List<String>, S>) byGroup;
    }

    /** Whether two metrics of one name make the same states from the same rows. */
    private static boolean sameStates(Metric<Interaction, ?, Estimate> a, Metric<Interaction, ?, Estimate> b) {
        if (a == b) {
            return true;
        }
        if (a instanceof CaseMetric x && b instanceof CaseMetric y) {
            return x.policy().equals(y.policy());
        }
        if (a instanceof CaseTimeMetric x && b instanceof CaseTimeMetric y) {
            return x.policy().equals(y.policy());
        }
        return a instanceof BuiltInMetric<?> x && b instanceof BuiltInMetric<?> y
                && x.stateType().equals(y.stateType());
    }

    /**
     * The estimates of one metric per group.
     *
     * @throws IllegalArgumentException if no metric of that name was accumulated
     */
    public ImmutableMap<List<String>, Estimate> estimates(Metric<Interaction, ?, Estimate> metric) {
        return finish(checkNotNull(metric, "metric"));
    }

    private <S> ImmutableMap<List<String>, Estimate> finish(Metric<Interaction, S, Estimate> metric) {
        ImmutableMap.Builder<List<String>, Estimate> estimates = ImmutableMap.builder();
        states(metric).forEach((group, state) -> estimates.put(group, metric.finish(state)));
        return estimates.buildOrThrow();
    }

    /** Returns a table: one line per group, one column per metric (its estimate, or {@code -} without a state). */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("states of ").append(metrics.keySet()).append(" by ")
                .append(dimensions);
        Map<String, ImmutableMap<List<String>, Estimate>> estimates = new LinkedHashMap<>();
        metrics.forEach((name, metric) -> estimates.put(name, estimates(metric)));
        for (List<String> group : groups()) {
            text.append("\n  ").append(group.isEmpty() ? "(all)" : String.join(" / ", group));
            estimates.forEach((name, byGroup) -> {
                Estimate e = byGroup.get(group);
                text.append("  ").append(name).append('=').append(e == null ? "-" : e.toString());
            });
        }
        return text.toString();
    }
}
