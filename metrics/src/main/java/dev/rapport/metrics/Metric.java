package dev.rapport.metrics;

import java.util.stream.Collector;
import java.util.stream.Collectors;

/**
 * A named, typed recipe for a measurement: an empty accumulator state, a way to add one observation, a way to
 * merge two states, and a way to finish a state into a result.
 * <p>
 * Laws every metric obeys (the metrics test-jar checks them): {@code merge} is associative and commutative and
 * {@code empty()} is its identity, so the same metric gives the same answer in one loop, in a parallel stream,
 * shard by shard, or on a distributed engine. States are immutable values that serialize to JSON exactly.
 * <pre>{@code
 * Estimate nps = interactions.parallelStream().collect(Metrics.nps().collector());
 * }</pre>
 *
 * @param <T>  the type of observation (an interaction, a survey response, a journey, a number)
 * @param <S>  the type of the accumulator state, immutable
 * @param <R>  the type of the result, usually {@link Estimate}
 */
public interface Metric<T, S, R> {

    /** The metric's registered name, lower-case kebab-case, e.g. {@code nps}. */
    String name();

    /** The state of no observations: the identity of {@link #merge}. */
    S empty();

    /**
     * Returns the state plus one observation.
     *
     * @param state  the state so far, not null
     * @param observation  the observation, not null
     * @return the new state, never null
     */
    S add(S state, T observation);

    /**
     * Combines two states; associative and commutative, with {@link #empty()} as identity.
     *
     * @param left  a state, not null
     * @param right  another state, not null
     * @return the combined state, never null
     */
    S merge(S left, S right);

    /**
     * Turns a state into the result.
     *
     * @param state  the state, not null
     * @return the result, never null
     */
    R finish(S state);

    /** A collector that folds observations into the result; safe for parallel streams. */
    default Collector<T, ?, R> collector() {
        return Collectors.collectingAndThen(
                Collectors.reducing(empty(), t -> add(empty(), t), this::merge), this::finish);
    }
}
