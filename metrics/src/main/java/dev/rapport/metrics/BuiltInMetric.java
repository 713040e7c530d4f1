package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.Interaction;
import dev.rapport.data.InteractionColumns;
import dev.rapport.data.internal.ColumnStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.stream.Collector;

/** A metric of {@link Metrics}: per-object functions plus a columnar kernel giving the same states. */
final class BuiltInMetric<S> implements Metric<Interaction, S, Estimate> {

    /**
     * Accumulates a row range of columns into one state per group ({@code null} where a group has no row), and
     * says which columns it reads: what a projected import must keep for the metric ({@link ColumnMetrics#columns}),
     * checked before the loop runs. A kernel written as a lambda reads every column, as far as a projection knows;
     * {@link #reading} names the columns of one.
     */
    interface Kernel<S> {
        S[] accumulate(ColumnStore columns, int from, int to, int[] groups, int groupCount);

        /** The columns the loop reads: every one, unless made by {@link #reading}. */
        default Set<InteractionColumns.Column> reads() {
            return ColumnStore.ALL;
        }

        /** The kernel {@code loop}, which reads only {@code columns}. */
        static <S> Kernel<S> reading(Set<InteractionColumns.Column> columns, Kernel<S> loop) {
            Set<InteractionColumns.Column> reads = Collections.unmodifiableSet(EnumSet.copyOf(columns));
            return new Kernel<>() {
                @Override
                public S[] accumulate(ColumnStore c, int from, int to, int[] groups, int groupCount) {
                    return loop.accumulate(c, from, to, groups, groupCount);
                }

                @Override
                public Set<InteractionColumns.Column> reads() {
                    return reads;
                }
            };
        }
    }

    private final String name;
    private final Class<S> stateType;
    private final S empty;
    private final BiFunction<S, Interaction, S> add;
    private final BinaryOperator<S> merge;
    private final Function<S, Estimate> finish;
    private final Kernel<S> kernel;

    BuiltInMetric(String name, Class<S> stateType, S empty, BiFunction<S, Interaction, S> add,
            BinaryOperator<S> merge, Function<S, Estimate> finish, Kernel<S> kernel) {
        this.name = name;
        this.stateType = stateType;
        this.empty = empty;
        this.add = add;
        this.merge = merge;
        this.finish = finish;
        this.kernel = kernel;
    }

    @Override
    public String name() {
        return name;
    }

    /** The class of the state, for reading states from JSON. */
    Class<S> stateType() {
        return stateType;
    }

    @Override
    public S empty() {
        return empty;
    }

    @Override
    public S add(S state, Interaction observation) {
        return add.apply(checkNotNull(state, "state"), checkNotNull(observation, "observation"));
    }

    @Override
    public S merge(S left, S right) {
        return merge.apply(checkNotNull(left, "left"), checkNotNull(right, "right"));
    }

    @Override
    public Estimate finish(S state) {
        return finish.apply(checkNotNull(state, "state"));
    }

    /**
     * Collects the interactions, then evaluates over {@link InteractionColumns}: the same result as folding with
     * {@link #add} and {@link #merge}, without copying a state per interaction.
     */
    @Override
    public Collector<Interaction, ?, Estimate> collector() {
        return Collector.of(ArrayList<Interaction>::new, List::add, (left, right) -> {
            left.addAll(right);
            return left;
        }, list -> ColumnMetrics.evaluate(InteractionColumns.of(list), this));
    }

    Kernel<S> kernel() {
        return kernel;
    }

    @Override
    public String toString() {
        return "metric " + name;
    }
}
