package dev.rapport.metrics.internal.scoring;

import com.google.common.collect.ImmutableList;
import dev.rapport.core.Interaction;
import dev.rapport.metrics.Estimate;
import dev.rapport.metrics.Metric;
import java.util.List;

/**
 * One accumulator state per metric, kept behind a captured type so that metrics of different state types can sit
 * side by side: each state only ever meets the metric that made it.
 */
public final class MetricStates {

    private final ImmutableList<Slot<?>> slots;
    private final ImmutableList<Object> states;

    private MetricStates(ImmutableList<Slot<?>> slots, ImmutableList<Object> states) {
        this.slots = slots;
        this.states = states;
    }

    /** Empty states of these metrics. */
    public static MetricStates empty(List<Metric<Interaction, ?, Estimate>> metrics) {
        ImmutableList<Slot<?>> slots = metrics.stream().<Slot<?>>map(Slot::capture).collect(
                ImmutableList.toImmutableList());
        return new MetricStates(slots, slots.stream().map(Slot::empty).collect(ImmutableList.toImmutableList()));
    }

    /** The given states of these metrics, one per metric in the same order, each made by its metric. */
    public static MetricStates of(List<Metric<Interaction, ?, Estimate>> metrics, List<?> states) {
        ImmutableList<Slot<?>> slots = metrics.stream().<Slot<?>>map(Slot::capture).collect(
                ImmutableList.toImmutableList());
        com.google.common.base.Preconditions.checkArgument(states.size() == slots.size(),
                "%s states for %s metrics", states.size(), slots.size());
        return new MetricStates(slots, ImmutableList.copyOf(states));
    }

    /** These states plus one interaction. */
    public MetricStates add(Interaction interaction) {
        ImmutableList.Builder<Object> next = ImmutableList.builderWithExpectedSize(states.size());
        for (int i = 0; i < slots.size(); i++) {
            next.add(slots.get(i).add(states.get(i), interaction));
        }
        return new MetricStates(slots, next.build());
    }

    /** The merge of both, state by state. */
    public MetricStates merge(MetricStates other) {
        ImmutableList.Builder<Object> next = ImmutableList.builderWithExpectedSize(states.size());
        for (int i = 0; i < slots.size(); i++) {
            next.add(slots.get(i).merge(states.get(i), other.states.get(i)));
        }
        return new MetricStates(slots, next.build());
    }

    /** The estimates, in metric order. */
    public List<Estimate> estimates() {
        ImmutableList.Builder<Estimate> estimates = ImmutableList.builderWithExpectedSize(states.size());
        for (int i = 0; i < slots.size(); i++) {
            estimates.add(slots.get(i).finish(states.get(i)));
        }
        return estimates.build();
    }

    /** The raw states, in metric order. */
    public List<Object> states() {
        return states;
    }

    /** A metric with its state type captured. */
    private record Slot<S>(Metric<Interaction, S, Estimate> metric) {

        static <S> Slot<S> capture(Metric<Interaction, S, Estimate> metric) {
            return new Slot<>(metric);
        }

        Object empty() {
            return metric.empty();
        }

        @SuppressWarnings("unchecked") // a state only ever comes from this slot's metric
        Object add(Object state, Interaction interaction) {
            return metric.add((S) state, interaction);
        }

        @SuppressWarnings("unchecked")
        Object merge(Object left, Object right) {
            return metric.merge((S) left, (S) right);
        }

        @SuppressWarnings("unchecked")
        Estimate finish(Object state) {
            return metric.finish((S) state);
        }
    }
}
