package dev.rapport.core;

/**
 * The root of Rapport's own exceptions: bad data, an invalid model, an unknown registered name, or
 * accumulator states that cannot be merged. Mistakes in calling the API (a null argument, a value out of
 * range) are reported with the standard {@link NullPointerException} and {@link IllegalArgumentException}.
 * <pre>{@code
 * try { RapportJson.read(json, Touchpoint.class); } catch (RapportException e) { log(e.getMessage()); }
 * }</pre>
 */
public class RapportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message that says what is wrong and where.
     *
     * @param message  the message, not null
     */
    public RapportException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and its cause.
     *
     * @param message  the message, not null
     * @param cause  the cause, may be null
     */
    public RapportException(String message, Throwable cause) {
        super(message, cause);
    }
}
