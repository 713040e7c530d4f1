package dev.rapport.journey;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One step between two touchpoints: the customer goes from {@code from} to {@code to}. In a
 * {@link JourneyMap} it is an expected path; in discovery and conformance it is what was observed.
 * <pre>{@code
 * Transition.of("faq", "chat")
 * }</pre>
 * This type is immutable and thread-safe.
 *
 * @param from  the touchpoint id the customer leaves, not null
 * @param to  the touchpoint id the customer reaches next, not null
 */
public record Transition(@JsonProperty(required = true) String from, @JsonProperty(required = true) String to) {

    public Transition {
        checkNotNull(from, "from");
        checkNotNull(to, "to");
    }

    /** Obtains a transition from one touchpoint id to another. */
    public static Transition of(String from, String to) {
        return new Transition(from, to);
    }

    /** Returns e.g. {@code faq -> chat}. */
    @Override
    public String toString() {
        return from + " -> " + to;
    }
}
