package dev.rapport.examples.internal;

/** An input file is missing or unreadable: exit code 1, with the reason. */
public final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Says what went wrong with a file in words, e.g. {@code cannot read x.csv: no such file}. */
    public static BadInputException of(String doing, java.nio.file.Path file, java.io.IOException e) {
        String reason = dev.rapport.core.UnreadableInputException.reason(e);
        return new BadInputException("cannot " + doing + " " + file + ": " + reason, e);
    }
}
