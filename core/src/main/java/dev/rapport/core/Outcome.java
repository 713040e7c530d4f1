package dev.rapport.core;

/**
 * How one contact ended for the customer. In JSON and CSV: {@code resolved}, {@code unresolved},
 * {@code transferred}, {@code escalated}, {@code abandoned}.
 * <pre>{@code
 * Interaction.builder("i-1", "c-7", Instant.now(), "phone-support", Channel.PHONE).outcome(Outcome.TRANSFERRED)
 * }</pre>
 */
public enum Outcome {
    /** The need was met during this contact. */
    RESOLVED,
    /** The contact ended with the need still open. */
    UNRESOLVED,
    /** The customer was passed to another agent, team or touchpoint. */
    TRANSFERRED,
    /** The case was raised to a higher level of authority or expertise. */
    ESCALATED,
    /** The customer gave up before being served, typically while waiting in a queue. */
    ABANDONED;

    /**
     * Reads an outcome as written in JSON or CSV, ignoring case.
     *
     * @param text  the text, not null
     * @return the outcome, never null
     * @throws IllegalArgumentException naming the accepted values if the text is none of them
     */
    public static Outcome parse(String text) {
        for (Outcome outcome : values()) {
            if (outcome.name().equalsIgnoreCase(text.trim())) {
                return outcome;
            }
        }
        throw new IllegalArgumentException("unknown outcome '" + text
                + "'; expected one of resolved, unresolved, transferred, escalated, abandoned");
    }
}
