package dev.rapport.examples.internal;

import java.util.List;

/** One subcommand of the {@code rapport} command line. Implementations are immutable. */
public interface Command {

    /** The subcommand's name, e.g. {@code scorecard}. */
    String name();

    /** One line for the list of commands. */
    String summary();

    /** The text {@code --help} prints: usage, options, examples. */
    String help();

    /**
     * Runs the subcommand.
     *
     * @param args  the arguments after the subcommand's name, without {@code --help}
     * @param terminal  where output, errors and progress go
     * @return the exit code, 0 on success
     * @throws UsageException if the arguments are wrong (exit 2)
     * @throws BadInputException if an input cannot be read (exit 1)
     */
    int run(List<String> args, Terminal terminal);
}
