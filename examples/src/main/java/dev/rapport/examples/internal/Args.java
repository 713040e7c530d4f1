package dev.rapport.examples.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The arguments of one subcommand: {@code --name value} or {@code --name=value} options, {@code --flag} flags and
 * positional arguments. Everything that is not declared is a usage error. Mutable, for use from a single thread.
 */
public final class Args {

    private final String command;
    private final Map<String, String> options = new LinkedHashMap<>();
    private final Map<String, List<String>> repeated = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();

    private Args(String command) {
        this.command = command;
    }

    /**
     * Parses arguments.
     *
     * @param command  the subcommand, for messages
     * @param args  the arguments after the subcommand
     * @param valued  the options that take a value
     * @param flags  the options that take none
     * @throws UsageException naming the first unknown option or missing value
     */
    public static Args parse(String command, List<String> args, Set<String> valued, Set<String> flags) {
        return parse(command, args, valued, flags, Set.of());
    }

    /**
     * Parses arguments, some options of which may be given more than once.
     *
     * @param repeatable  the options among {@code valued} that may be repeated; read them with {@link #options}
     * @throws UsageException naming the first unknown option or missing value
     */
    public static Args parse(String command, List<String> args, Set<String> valued, Set<String> flags,
            Set<String> repeatable) {
        Args result = new Args(command);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--") || arg.equals("--")) {
                if (arg.startsWith("-") && arg.length() > 1 && !arg.equals("--")) {
                    throw new UsageException(command, "unknown option '" + arg + "'");
                }
                if (!arg.equals("--")) {
                    result.positional.add(arg);
                }
                continue;
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
            if (flags.contains(name)) {
                if (equals >= 0) {
                    throw new UsageException(command, "option '--" + name + "' takes no value");
                }
                result.options.put(name, "true");
            } else if (valued.contains(name)) {
                String value;
                if (equals >= 0) {
                    value = arg.substring(equals + 1);
                } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                    value = args.get(++i);
                } else {
                    throw new UsageException(command, "option '--" + name + "' needs a value");
                }
                if (repeatable.contains(name)) {
                    result.repeated.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
                    result.options.put(name, value);
                } else if (result.options.put(name, value) != null) {
                    throw new UsageException(command, "option '--" + name + "' given twice");
                }
            } else {
                throw new UsageException(command, "unknown option '--" + name + "'");
            }
        }
        return result;
    }

    public String command() {
        return command;
    }

    public boolean flag(String name) {
        return options.containsKey(name);
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    /** Every value of a repeatable option, in the order given; empty if it was not given. */
    public List<String> options(String name) {
        return repeated.getOrDefault(name, List.of());
    }

    /** The value of an option that must be a whole number within bounds. */
    public long longOption(String name, long defaultValue, long min, long max) {
        String text = options.get(name);
        if (text == null) {
            return defaultValue;
        }
        String digits = text.replace("_", "");
        long value;
        try {
            value = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new UsageException(command, "option '--" + name + "' must be a whole number, was '" + text + "'");
        }
        if (value < min || value > max) {
            throw new UsageException(command,
                    "option '--" + name + "' must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    /** The value of an option that must be a day like {@code 2026-04-01}, if given. */
    public Optional<java.time.LocalDate> dayOption(String name) {
        String text = options.get(name);
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(java.time.LocalDate.parse(text));
        } catch (java.time.format.DateTimeParseException e) {
            throw new UsageException(command, "option '--" + name + "' must be a day like 2026-04-01, was '" + text
                    + "'");
        }
    }

    /** The value of an option that must be one of a few words. */
    public String choice(String name, String defaultValue, List<String> allowed) {
        String value = options.getOrDefault(name, defaultValue);
        if (!allowed.contains(value)) {
            throw new UsageException(command, "option '--" + name + "' must be one of " + String.join(", ", allowed)
                    + ", was '" + value + "'");
        }
        return value;
    }

    public List<String> positional() {
        return positional;
    }

    /** The positional arguments, checking their number. */
    public List<String> positional(int min, int max, String what) {
        if (positional.size() < min) {
            throw new UsageException(command, "missing " + what);
        }
        if (positional.size() > max) {
            throw new UsageException(command, "unexpected argument '" + positional.get(max) + "'");
        }
        return positional;
    }
}
