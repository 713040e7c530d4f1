package dev.rapport.benchmarks;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The command line of the performance harness: compares Rapport with DuckDB on the same generated interactions,
 * or runs the JMH microbenchmarks of the hot inner paths.
 * <pre>
 * java -Xmx12g -jar benchmarks/target/rapport-benchmarks.jar --rows 1000000 [--workloads scorecard,fcr] [--repeat 5]
 * java -jar benchmarks/target/rapport-benchmarks.jar jmh [JMH options, e.g. -f 1 -wi 3 -i 5]
 * </pre>
 * Exit codes: 0 when every workload ran and Rapport and DuckDB agreed, 1 when they disagreed, 2 for bad arguments.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    /** Runs the command line; exits with the status of {@link #run(String[], PrintStream, PrintStream)}. */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("jmh")) {
            org.openjdk.jmh.Main.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Parses the arguments and runs the comparison.
     *
     * @return 0 if all workloads agreed, 1 on a mismatch, 2 for bad arguments
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        ComparisonOptions options;
        try {
            options = ComparisonOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println(ComparisonOptions.USAGE);
            return 2;
        }
        try {
            Comparison.run(options, out);
            return 0;
        } catch (AnswersDifferException e) {
            err.println("MISMATCH " + e.getMessage());
            return 1;
        }
    }
}
