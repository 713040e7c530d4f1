package dev.rapport.examples.internal;

/** The command line was used wrongly: exit code 2, with the message and a pointer to {@code --help}. */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String command;

    public UsageException(String command, String message) {
        super(message);
        this.command = command;
    }

    /** The subcommand whose usage was wrong, or empty for the top level. */
    public String command() {
        return command;
    }
}
