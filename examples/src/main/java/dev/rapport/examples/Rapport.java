package dev.rapport.examples;

import com.google.common.collect.ImmutableMap;
import dev.rapport.core.RapportException;
import dev.rapport.examples.internal.BadInputException;
import dev.rapport.examples.internal.Command;
import dev.rapport.examples.internal.DemoCommand;
import dev.rapport.examples.internal.GenerateCommand;
import dev.rapport.examples.internal.JourneyCommand;
import dev.rapport.examples.internal.KanoCommand;
import dev.rapport.examples.internal.ReportCommand;
import dev.rapport.examples.internal.ScorecardCommand;
import dev.rapport.examples.internal.SurveyCommand;
import dev.rapport.examples.internal.Terminal;
import dev.rapport.examples.internal.UsageException;
import dev.rapport.core.Messages;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The {@code rapport} command line: {@code java -jar rapport.jar <command> [options]}.
 * <p>
 * Exit codes that scripts can rely on: {@value #SUCCESS} success, {@value #BAD_INPUT} bad input (a file missing,
 * unreadable or invalid; the reason on standard error), {@value #BAD_USAGE} bad usage (an unknown command or
 * option, a missing argument; the problem and a pointer to {@code --help} on standard error). Results go to
 * standard output, progress to standard error and only when a console is attached.
 * <pre>{@code
 * int exit = Rapport.run(List.of("generate", "--rows", "500", "--out", "sample.csv"));
 * }</pre>
 * This type is immutable and thread-safe.
 */
public final class Rapport {

    /** The exit code of success. */
    public static final int SUCCESS = 0;
    /** The exit code when an input is missing, unreadable or invalid. */
    public static final int BAD_INPUT = 1;
    /** The exit code when the command line itself is wrong. */
    public static final int BAD_USAGE = 2;

    private static final ImmutableMap<String, Command> COMMANDS = commands(new DemoCommand(), new GenerateCommand(),
            new ScorecardCommand(), new JourneyCommand(), new SurveyCommand(), new ReportCommand(),
            new KanoCommand());

    private Rapport() {
    }

    private static ImmutableMap<String, Command> commands(Command... commands) {
        ImmutableMap.Builder<String, Command> byName = ImmutableMap.builder();
        for (Command command : commands) {
            byName.put(command.name(), command);
        }
        return byName.buildOrThrow();
    }

    /** Hibernate Validator announces its version at INFO level; the command line keeps standard error quiet. */
    private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

    /** Runs the command line and exits the JVM with its exit code. */
    public static void main(String[] args) {
        VALIDATOR_LOG.setLevel(Level.WARNING);
        System.exit(run(Arrays.asList(args)));
    }

    /**
     * Runs the command line in this JVM on the system's standard streams, without exiting.
     *
     * @param args  the arguments, not null
     * @return the exit code: 0, 1 or 2
     */
    public static int run(List<String> args) {
        return run(args, Terminal.system());
    }

    static int run(List<String> args, Terminal terminal) {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h") || args.get(0).equals("help")) {
            if (args.size() > 1 && COMMANDS.containsKey(args.get(1))) {
                terminal.out().print(COMMANDS.get(args.get(1)).help());
                return SUCCESS;
            }
            if (args.isEmpty()) {
                terminal.err().print(usage());
                return BAD_USAGE;
            }
            terminal.out().print(usage());
            return SUCCESS;
        }
        Command command = COMMANDS.get(args.get(0));
        if (command == null) {
            terminal.err().println("rapport: unknown command '" + args.get(0) + "'; the commands are "
                    + String.join(", ", COMMANDS.keySet()));
            terminal.err().println("Run 'rapport --help' for usage.");
            return BAD_USAGE;
        }
        List<String> rest = args.subList(1, args.size());
        if (rest.contains("--help") || rest.contains("-h")) {
            terminal.out().print(command.help());
            return SUCCESS;
        }
        try {
            List<String> own = new ArrayList<>(rest);
            Locale locale = locale(command.name(), own).orElse(terminal.locale());
            return command.run(own, terminal.withLocale(locale));
        } catch (UsageException e) {
            terminal.progressDone();
            terminal.err().println("rapport " + command.name() + ": " + e.getMessage());
            terminal.err().println("Run 'rapport " + command.name() + " --help' for usage.");
            return BAD_USAGE;
        } catch (BadInputException | RapportException | UncheckedIOException e) {
            terminal.progressDone();
            terminal.err().println("rapport " + command.name() + ": " + e.getMessage());
            return BAD_INPUT;
        } catch (OutOfMemoryError e) {
            // the input is too large for this JVM's heap: say so in one line, with the remedy, not a stack trace
            terminal.progressDone();
            terminal.err().println("rapport " + command.name() + ": out of memory (the JVM's maximum heap is "
                    + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB); run it with a larger heap, e.g. "
                    + "java -Xmx8g -jar rapport.jar " + command.name() + " ...");
            return BAD_INPUT;
        }
    }

    /**
     * Takes the {@code --locale TAG} option (any command's) out of the arguments: the language of the texts for
     * people; the environment's when absent.
     */
    private static Optional<Locale> locale(String command, List<String> arguments) {
        Optional<Locale> locale = Optional.empty();
        for (int i = 0; i < arguments.size(); i++) {
            String arg = arguments.get(i);
            String tag;
            if (arg.equals("--locale")) {
                if (i + 1 >= arguments.size() || arguments.get(i + 1).startsWith("--")) {
                    throw new UsageException(command, "option '--locale' needs a value");
                }
                tag = arguments.remove(i + 1);
            } else if (arg.startsWith("--locale=")) {
                tag = arg.substring("--locale=".length());
            } else {
                continue;
            }
            arguments.remove(i--);
            if (locale.isPresent()) {
                throw new UsageException(command, "option '--locale' given twice");
            }
            Locale parsed = Locale.forLanguageTag(tag);
            if (!Messages.isSupported(parsed)) {
                throw new UsageException(command, "option '--locale' must be a language tag of "
                        + Messages.languageTags() + " (e.g. pt-PT), was '" + tag + "'");
            }
            locale = Optional.of(parsed);
        }
        return locale;
    }

    /** The top-level help: the commands and the exit codes. */
    static String usage() {
        StringBuilder text = new StringBuilder("Usage: rapport <command> [options]\n\nCommands:\n");
        COMMANDS.values().forEach(c -> text.append(String.format("  %-11s %s%n", c.name(), c.summary())));
        text.append("\nEvery command takes --locale TAG, the language of its tables, summaries and report: ")
                .append(Messages.languageTags()).append(",\nwith a region if you like (pt-PT, pt-BR); default: the ")
                .append("environment's (LANG, LC_ALL), English for\nanother language. JSON and CSV output never change.\n")
                .append("\nRun 'rapport <command> --help' for a command's options.\n")
                .append("Exit codes: 0 success, 1 bad input (reason on stderr), 2 bad usage.\n");
        return text.toString();
    }
}
