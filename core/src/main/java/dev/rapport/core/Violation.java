package dev.rapport.core;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One broken rule in a model: where (the property path, in the JSON spelling such as
 * {@code touchpoints[2].channel}), what is wrong, and the value found.
 * <pre>{@code
 * e.violations().forEach(v -> System.out.println(v.path() + ": " + v.message()));
 * }</pre>
 * This type is immutable and thread-safe.
 *
 * @param path  the property path from the validated object, empty for the object itself, not null
 * @param message  what is wrong, not null
 * @param invalidValue  the offending value as text, "null" for a missing value, not null
 */
public record Violation(String path, String message, String invalidValue) {

    public Violation {
        checkNotNull(path, "path");
        checkNotNull(message, "message");
        checkNotNull(invalidValue, "invalidValue");
    }

    /** Returns e.g. {@code adequate: must not be better than desired (was 4.0)}. */
    @Override
    public String toString() {
        return (path.isEmpty() ? "(object)" : path) + ": " + message + " (was " + invalidValue + ")";
    }
}
