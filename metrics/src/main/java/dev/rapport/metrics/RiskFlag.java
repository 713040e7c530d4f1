package dev.rapport.metrics;

/**
 * A warning sign in one customer's own history, raised by {@link CustomersAtRisk}.
 * <p>
 * This type is immutable and thread-safe.
 */
public enum RiskFlag {
    /** The customer's latest NPS answer was a detractor's (0-6). */
    DETRACTOR,
    /** The customer contacted us repeatedly without resolution. */
    REPEATED_UNRESOLVED,
    /** The customer waited longer than the threshold at least once. */
    LONG_WAIT,
    /** A promise made to the customer was broken. */
    BROKEN_PROMISE
}
