package dev.rapport.benchmarks;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.rapport.benchmarks.internal.Dataset;
import dev.rapport.benchmarks.internal.Workload;
import dev.rapport.data.InteractionColumns;
import java.io.PrintStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Rapport side by side with DuckDB (in-process, through JDBC) on the same generated interactions: for each
 * workload, both answers are computed and checked to agree, then each engine runs once more to warm up and
 * {@code repeat} more times, timed; the medians are reported with the memory-bandwidth ceiling of the workload.
 * <pre>{@code
 * List<WorkloadResult> results = Comparison.run(ComparisonOptions.of(1_000_000), System.out);
 * }</pre>
 * Prints a table, one {@code RESULT} line per workload ({@link WorkloadResult#line()}) and one line
 * {@code MEMORY rows=<N> bytes_per_interaction=<value>}: the heap held by Rapport's {@code InteractionColumns},
 * dictionaries included, measured as used heap after full collections before and after building it.
 */
public final class Comparison {

    private Comparison() {
    }

    /**
     * Runs the comparison.
     *
     * @param options  rows, workloads and repetitions, not null
     * @param out  where the log, the table and the result lines go, not null
     * @return the results in workload order, never null
     * @throws AnswersDifferException if Rapport and DuckDB disagree on a workload; nothing is timed after that
     */
    public static List<WorkloadResult> run(ComparisonOptions options, PrintStream out) {
        checkNotNull(options, "options");
        checkNotNull(out, "out");
        out.printf(Locale.ROOT, "Rapport vs DuckDB: %,d interactions (seed %d), %d cores, max heap %,d MB, Java %s%n",
                options.rows(), Dataset.SEED, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
        ImmutableList.Builder<WorkloadResult> results = ImmutableList.builder();
        double bytesPerInteraction;
        try (Dataset data = Dataset.load(options.rows(), out)) {
            out.println("DuckDB " + setting(data, "SELECT library_version FROM pragma_version()") + ", threads "
                    + setting(data, "SELECT current_setting('threads')"));
            bytesPerInteraction = data.bytesPerInteraction();
            for (String name : options.workloads()) {
                results.add(measure(Workload.named(name, data), options, out));
            }
        }
        List<WorkloadResult> list = results.build();
        out.println();
        out.printf(Locale.ROOT, "%-16s %12s %12s %7s %12s%n", "workload", "rapport ms", "duckdb ms", "ratio",
                "ceiling ms");
        for (WorkloadResult r : list) {
            out.printf(Locale.ROOT, "%-16s %12.1f %12.1f %7.2f %12.1f%n", r.workload(), r.rapportMillis(),
                    r.duckdbMillis(), r.ratio(), r.ceilingMillis());
        }
        out.println();
        list.forEach(r -> out.println(r.line()));
        out.printf(Locale.ROOT, "MEMORY rows=%d bytes_per_interaction=%.1f%n", options.rows(), bytesPerInteraction);
        return list;
    }

    private static <A> WorkloadResult measure(Workload<A> workload, ComparisonOptions options, PrintStream out) {
        A rapport = workload.rapport();
        A duckdb = workload.duckdb();
        workload.verify(rapport, duckdb);
        out.printf("%s: answers agree (%s)%n", workload.name(), workload.describe(rapport));
        workload.rapport();
        workload.duckdb();
        workload.ceiling();
        double[] r = new double[options.repeat()];
        double[] d = new double[options.repeat()];
        double[] c = new double[options.repeat()];
        for (int i = 0; i < options.repeat(); i++) {
            r[i] = time(workload::rapport);
            d[i] = time(workload::duckdb);
            c[i] = time(workload::ceiling);
            out.printf(Locale.ROOT, "  %s run %d: rapport %.1f ms, duckdb %.1f ms, ceiling %.1f ms%n",
                    workload.name(), i + 1, r[i], d[i], c[i]);
        }
        return new WorkloadResult(workload.name(), options.rows(), median(r), median(d), median(c));
    }

    /** Milliseconds of one call, after a collection so that earlier garbage is not charged to it. */
    private static double time(Supplier<?> call) {
        System.gc();
        long start = System.nanoTime();
        Object result = call.get();
        double millis = (System.nanoTime() - start) / 1e6;
        if (result == null) {
            throw new IllegalStateException("a workload returned nothing");
        }
        return millis;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String setting(Dataset data, String sql) {
        try (Statement statement = data.duckdb().createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        } catch (SQLException e) {
            return "(unknown: " + e.getMessage() + ")";
        }
    }
}
