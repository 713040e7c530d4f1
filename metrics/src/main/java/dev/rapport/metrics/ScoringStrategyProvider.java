package dev.rapport.metrics;

/**
 * A scoring strategy installed from a jar through {@link java.util.ServiceLoader}, found only when a caller asks
 * for {@link ScoringStrategies#withInstalled()}. List the implementation in
 * {@code META-INF/services/dev.rapport.metrics.ScoringStrategyProvider}.
 * <p>
 * Implementations must be immutable and thread-safe and have a public no-argument constructor.
 */
public interface ScoringStrategyProvider {

    /** The strategy's name, lower-case kebab-case, e.g. {@code all-or-nothing}. */
    String name();

    /** The strategy, never null. */
    ScoringStrategy strategy();
}
