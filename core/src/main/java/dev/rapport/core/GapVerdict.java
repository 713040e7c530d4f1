package dev.rapport.core;

/**
 * Where a delivery falls against an expectation's zone of tolerance. In JSON: {@code "failure"},
 * {@code "met"}, {@code "delighted"}.
 * <pre>{@code
 * Expectation.of(Scale.CSAT, 3, 4).evaluate(5).verdict()   // DELIGHTED
 * }</pre>
 */
public enum GapVerdict {
    /** Worse than the adequate level: a service failure. */
    FAILURE,
    /** Within the zone of tolerance, from adequate to desired, both included. */
    MET,
    /** Better than the desired level: the customer is delighted ("WOW"). */
    DELIGHTED
}
