package dev.rapport.metrics;

/**
 * The traffic-light status of a KPI on a scorecard.
 * <p>
 * This type is immutable and thread-safe.
 */
public enum Status {
    /** At or better than the green threshold. */
    GREEN,
    /** Between the amber and the green threshold. */
    AMBER,
    /** Worse than the amber threshold. */
    RED,
    /** No observation reached the metric, so there is no value to judge. */
    NO_DATA
}
