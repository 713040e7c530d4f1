package dev.rapport.benchmarks;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * What one comparison run does: how many generated interactions, which workloads, how many timed repetitions
 * (after one warm-up) of each.
 * <pre>{@code
 * ComparisonOptions.of(1_000_000).withWorkloads("scorecard", "fcr").withRepeat(5)
 * }</pre>
 * This type is immutable and thread-safe.
 *
 * @param rows  the number of interactions, at least 1
 * @param workloads  the workloads, in run order, not empty, each one of {@link #WORKLOADS}
 * @param repeat  timed repetitions per workload and engine, at least 1
 */
public record ComparisonOptions(int rows, List<String> workloads, int repeat) {

    /** The workloads, in their default order. */
    public static final List<String> WORKLOADS = List.of("scorecard", "fcr", "discovery", "ingest",
            "cli-scorecard");

    /** A prototype, not run by default: the scorecard as one fused pass over plain columns (see the README). */
    public static final String PROTOTYPE = "scorecard-fused";

    /** The usage line of the command line. */
    public static final String USAGE =
            "usage: java -jar rapport-benchmarks.jar --rows N [--workloads " + String.join(",", WORKLOADS)
                    + "] [--repeat K]\n       java -jar rapport-benchmarks.jar jmh [JMH options]";

    public ComparisonOptions {
        checkArgument(rows >= 1, "rows must be at least 1, was %s", rows);
        workloads = ImmutableList.copyOf(checkNotNull(workloads, "workloads"));
        checkArgument(!workloads.isEmpty(), "at least one workload is needed");
        for (String workload : workloads) {
            checkArgument(WORKLOADS.contains(workload) || workload.equals(PROTOTYPE),
                    "unknown workload '%s'; expected one of %s", workload,
                    String.join(", ", WORKLOADS));
        }
        checkArgument(repeat >= 1, "repeat must be at least 1, was %s", repeat);
    }

    /** Every workload, 5 repetitions. */
    public static ComparisonOptions of(int rows) {
        return new ComparisonOptions(rows, WORKLOADS, 5);
    }

    /** Returns a copy running only these workloads, in this order. */
    public ComparisonOptions withWorkloads(String... workloads) {
        return new ComparisonOptions(rows, List.of(workloads), repeat);
    }

    /** Returns a copy with this many timed repetitions. */
    public ComparisonOptions withRepeat(int repeat) {
        return new ComparisonOptions(rows, workloads, repeat);
    }

    /**
     * Parses {@code --rows N [--workloads a,b] [--repeat K]}.
     *
     * @throws IllegalArgumentException naming the bad or missing argument
     */
    public static ComparisonOptions parse(List<String> args) {
        Integer rows = null;
        List<String> workloads = WORKLOADS;
        int repeat = 5;
        for (int i = 0; i < args.size(); i++) {
            String flag = args.get(i);
            checkArgument(i + 1 < args.size(), "%s needs a value", flag);
            String value = args.get(++i);
            switch (flag) {
                case "--rows" -> rows = number(flag, value);
                case "--workloads" -> workloads = List.of(value.split(","));
                case "--repeat" -> repeat = number(flag, value);
                default -> throw new IllegalArgumentException("unknown option '" + flag + "'");
            }
        }
        checkArgument(rows != null, "--rows is required");
        return new ComparisonOptions(rows, workloads, repeat);
    }

    private static int number(String flag, String value) {
        try {
            return Integer.parseInt(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " must be a whole number, was '" + value + "'");
        }
    }
}
