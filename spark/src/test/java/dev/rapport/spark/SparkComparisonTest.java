package dev.rapport.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rapport.core.Outcome;
import dev.rapport.data.ColumnsImport;
import dev.rapport.data.ColumnsReader;
import dev.rapport.examples.SampleData;
import dev.rapport.examples.internal.Analysis;
import dev.rapport.metrics.Breakdown;
import dev.rapport.metrics.Estimate;
import dev.rapport.metrics.FcrPolicy;
import dev.rapport.metrics.MetricRegistry;
import dev.rapport.metrics.Scorecard;
import dev.rapport.metrics.ScorecardResult;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The demo's scorecard ({@code Analysis.serviceQuality()}: NPS, CSAT, CES mean, FCR, resolution, transfer and
 * abandonment rates, median wait), overall and by channel, over the same generated interactions, in one run: the
 * single-machine library on its columnar path (CSV to {@code InteractionColumns}, then {@code Scorecard.evaluate}),
 * DuckDB ({@code read_csv} and one query) and Spark in local mode ({@code local[2]}, {@link RapportSpark} over the
 * CSV, and over a Parquet copy with {@code -Drapport.spark.parquet=true}). A measurement, not a test of speed: it runs only when asked, and prints.
 * <pre>
 * ./mvnw -B -o -q verify -pl spark -am -Dtest=SparkComparisonTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Drapport.spark.rows=10000000
 * </pre>
 * The input is built once under {@code /tmp/rapport-spark-comparison} (the CSV by the sample generator, seed 42;
 * the Parquet copy, when asked, by Spark from it, every column a string as in the CSV) and reused by later runs.
 * <p>
 * Agreement: Spark's result JSON equals the library's byte for byte (both inputs); DuckDB's sample sizes equal the
 * library's exactly and its values agree within 1e-9 relative (the median wait within 0.1%, the resolution of the
 * library's histogram form above 65,536 distinct waits).
 */
@EnabledIfSystemProperty(named = "rapport.spark.rows", matches = "\\d+")
class SparkComparisonTest {

    private static final Path DIRECTORY = Path.of("/tmp/rapport-spark-comparison");
    private static final Scorecard CARD = Analysis.serviceQuality();

    @Test
    void demoScorecard_libraryDuckDbSpark() throws Exception {
        int rows = Integer.parseInt(System.getProperty("rapport.spark.rows"));
        Path csv = DIRECTORY.resolve("interactions-" + rows + ".csv");
        Path parquet = DIRECTORY.resolve("interactions-" + rows + ".parquet");
        System.out.printf(Locale.ROOT, "Rapport vs DuckDB vs Spark local[2]: %,d interactions, %d cores, max heap"
                + " %,d MB, Java %s%n", rows, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
        Files.createDirectories(DIRECTORY);
        if (!Files.exists(csv)) {
            long start = System.nanoTime();
            SampleData.of(rows).withSeed(SampleData.DEFAULT_SEED).writeCsv(csv);
            System.out.printf(Locale.ROOT, "generated %s in %.1f s%n", csv, seconds(start));
        }
        System.out.printf(Locale.ROOT, "input %s: %,d bytes%n", csv, Files.size(csv));
        SparkSession spark = SharedSpark.spark();
        spark.conf().set("spark.sql.shuffle.partitions", "16");
        boolean withParquet = Boolean.getBoolean("rapport.spark.parquet");
        if (withParquet && !Files.exists(parquet)) {
            long start = System.nanoTime();
            spark.read().option("header", "true").csv(csv.toString()).write().parquet(parquet.toString());
            System.out.printf(Locale.ROOT, "Spark wrote %s in %.1f s%n", parquet, seconds(start));
        }
        if (withParquet) {
            System.out.printf(Locale.ROOT, "input %s: %,d bytes%n", parquet, directorySize(parquet));
        }

        // the library, columnar path: one untimed run, then two timed; the columns' heap measured on the last
        Timed<ScorecardResult> library = null;
        double columnsBytes = 0;
        for (int run = 0; run < 3; run++) {
            long before = usedHeapAfterGc();
            long start = System.nanoTime();
            ColumnsImport read = ColumnsReader.lenient().csv(csv);
            double readMillis = millis(start);
            long afterRead = System.nanoTime();
            ScorecardResult result = CARD.evaluate(read.columns(), MetricRegistry.builtIn(), Breakdown.channel());
            double evaluateMillis = millis(afterRead);
            columnsBytes = (double) (usedHeapAfterGc() - before) / read.columns().size();
            assertEquals(rows, read.summary().accepted());
            System.out.printf(Locale.ROOT, "  library run %d: read %.1f ms, scorecard %.1f ms, total %.1f ms%n",
                    run, readMillis, evaluateMillis, readMillis + evaluateMillis);
            if (run > 0) {
                library = Timed.min(library, new Timed<>(result, readMillis + evaluateMillis, evaluateMillis));
            }
        }
        System.out.printf(Locale.ROOT, "  library columns: %.1f heap bytes per interaction%n", columnsBytes);

        Timed<Map<String, double[]>> duckdb = null;
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            for (int run = 1; run <= 2; run++) {
                Timed<Map<String, double[]>> timed = time(() -> duckdb(connection, csv));
                System.out.printf(Locale.ROOT, "  duckdb run %d: %.1f ms%n", run, timed.millis);
                duckdb = Timed.min(duckdb, timed);
            }
        }

        Timed<SparkResult<ScorecardResult>> sparkCsv = time(() -> RapportSpark.canonical()
                .scorecard(spark.read().option("header", "true").csv(csv.toString()), CARD, "channel"));
        System.out.printf(Locale.ROOT, "  spark csv: %.1f ms%n", sparkCsv.millis);
        Timed<SparkResult<ScorecardResult>> sparkParquet = !withParquet ? null : time(() -> RapportSpark.canonical()
                .scorecard(spark.read().parquet(parquet.toString()), CARD, "channel"));
        if (withParquet) {
            System.out.printf(Locale.ROOT, "  spark parquet: %.1f ms%n", sparkParquet.millis);
        }

        String expected = library.result.toJson();
        assertEquals(expected, sparkCsv.result.result().toJson(), "Spark (CSV) and the library differ");
        if (withParquet) {
            assertEquals(expected, sparkParquet.result.result().toJson(), "Spark (Parquet) and the library differ");
        }
        assertEquals(rows, sparkCsv.result.rows().accepted());
        agree(library.result, duckdb.result);
        System.out.println("answers agree: Spark's JSON is the library's byte for byte; DuckDB's sample sizes"
                + " exactly, values within 1e-9 (median wait 1e-3) relative");
        System.out.println(library.result);

        System.out.printf(Locale.ROOT, "%n%-34s %12s %10s%n", "engine (input)", "ms", "vs library");
        line("library, columnar (CSV)", library.millis, library.millis);
        line("library, scorecard on columns", library.evaluateMillis, library.millis);
        line("DuckDB (CSV)", duckdb.millis, library.millis);
        line("Spark local[2] (CSV)", sparkCsv.millis, library.millis);
        double parquetMillis = withParquet ? sparkParquet.millis : Double.NaN;
        if (withParquet) {
            line("Spark local[2] (Parquet)", parquetMillis, library.millis);
        }
        System.out.printf(Locale.ROOT, "%nRESULT workload=spark rows=%d library_ms=%.1f library_scorecard_ms=%.1f"
                + " duckdb_ms=%.1f spark_csv_ms=%.1f spark_parquet_ms=%.1f bytes_per_interaction=%.1f%n", rows,
                library.millis, library.evaluateMillis, duckdb.millis, sparkCsv.millis, parquetMillis, columnsBytes);
    }

    //-----------------------------------------------------------------------
    /** The demo scorecard's figures per group ({@code all} or the channel): metric to {value, sample size}. */
    private static Map<String, double[]> duckdb(Connection connection, Path csv) {
        String outcomeOrder = Arrays.stream(Outcome.values())
                .map(o -> "WHEN '" + o.name().toLowerCase(Locale.ROOT) + "' THEN " + o.ordinal())
                .collect(Collectors.joining(" "));
        String sql = """
                WITH c AS MATERIALIZED (
                    SELECT channel, case_id, outcome, nps, csat, ces, wait_seconds,
                           epoch_ms("timestamp") * 8 + (CASE outcome %s END) AS k
                    FROM read_csv('%s', header = true, types = {'timestamp': 'TIMESTAMPTZ', 'nps': 'INTEGER',
                        'csat': 'INTEGER', 'ces': 'INTEGER', 'wait_seconds': 'DOUBLE', 'case_id': 'VARCHAR'})),
                simple AS (
                    SELECT grouping(channel) AS g, channel,
                           count(nps) AS nps_n, count(*) FILTER (WHERE nps >= 9) AS promoters,
                           count(*) FILTER (WHERE nps <= 6) AS detractors,
                           count(csat) AS csat_n, count(*) FILTER (WHERE csat >= 4) AS csat_top,
                           count(ces) AS ces_n, avg(ces) AS ces_mean,
                           count(*) AS contacts, count(*) FILTER (WHERE outcome = 'resolved') AS resolved,
                           count(*) FILTER (WHERE outcome = 'transferred') AS transferred,
                           count(*) FILTER (WHERE outcome = 'abandoned') AS abandoned,
                           count(wait_seconds) AS wait_n, quantile_disc(wait_seconds, 0.5) AS wait_p50
                    FROM c GROUP BY GROUPING SETS ((), (channel))),
                cases AS (
                    SELECT grouping(channel) AS g, channel, min(k, 2) AS k FROM c WHERE case_id IS NOT NULL
                    GROUP BY GROUPING SETS ((case_id), (channel, case_id))),
                fcr AS (
                    SELECT g, channel, count(*) AS issues,
                           count(*) FILTER (WHERE k[1] & 7 = 0
                               AND NOT (len(k) = 2 AND (k[2] >> 3) - (k[1] >> 3) <= %d)) AS first_time
                    FROM cases GROUP BY g, channel)
                SELECT s.g, s.channel, nps_n, promoters, detractors, csat_n, csat_top, ces_n, ces_mean, contacts,
                       resolved, transferred, abandoned, wait_n, wait_p50, issues, first_time
                FROM simple s LEFT JOIN fcr f ON s.g = f.g AND s.channel IS NOT DISTINCT FROM f.channel
                """.formatted(outcomeOrder, csv.toString().replace("'", "''"),
                FcrPolicy.DEFAULT_REPEAT_WINDOW.toMillis());
        Map<String, double[]> figures = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet r = statement.executeQuery(sql)) {
            while (r.next()) {
                String group = r.getInt(1) == 1 ? "all" : r.getString(2);
                long contacts = r.getLong(10);
                put(figures, group, "nps", 100.0 * (r.getLong(4) - r.getLong(5)), r.getLong(3));
                put(figures, group, "csat", r.getLong(7), r.getLong(6));
                put(figures, group, "ces-mean", r.getDouble(9) * r.getLong(8), r.getLong(8));
                put(figures, group, "fcr", r.getLong(17), r.getLong(16));
                put(figures, group, "resolution-rate", r.getLong(11), contacts);
                put(figures, group, "transfer-rate", r.getLong(12), contacts);
                put(figures, group, "abandonment-rate", r.getLong(13), contacts);
                long waits = r.getLong(14);
                figures.put(group + "/wait-p50", new double[] {waits == 0 ? Double.NaN : r.getDouble(15), waits});
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("DuckDB failed: " + e.getMessage() + "\n" + sql, e);
        }
        return figures;
    }

    /** A share or mean: {@code total / n}, or NaN without data. */
    private static void put(Map<String, double[]> figures, String group, String metric, double total, long n) {
        figures.put(group + "/" + metric, new double[] {n == 0 ? Double.NaN : total / n, n});
    }

    private static void agree(ScorecardResult library, Map<String, double[]> duckdb) {
        Map<String, double[]> ours = new LinkedHashMap<>();
        library.kpis().forEach(l -> ours.put("all/" + l.metric(), figure(l.estimate())));
        library.groups().forEach((group, g) -> g.kpis().forEach(l -> ours.put(group + "/" + l.metric(),
                figure(l.estimate()))));
        assertEquals(new java.util.TreeSet<>(ours.keySet()), new java.util.TreeSet<>(duckdb.keySet()));
        List<String> differences = new ArrayList<>();
        ours.forEach((key, r) -> {
            double[] d = duckdb.get(key);
            double tolerance = key.endsWith("wait-p50") ? 1e-3 : 1e-9;
            boolean same = r[1] == d[1] && (Double.isNaN(r[0]) ? Double.isNaN(d[0])
                    : Math.abs(r[0] - d[0]) <= tolerance * Math.abs(d[0]));
            if (!same) {
                differences.add(key + ": library " + Arrays.toString(r) + ", DuckDB " + Arrays.toString(d));
            }
        });
        assertEquals(List.of(), differences);
    }

    private static double[] figure(Estimate e) {
        return new double[] {e.isEmpty() ? Double.NaN : e.point(), e.sampleSize()};
    }

    private static void line(String engine, double millis, double library) {
        System.out.printf(Locale.ROOT, "%-34s %12.1f %9.2fx%n", engine, millis, millis / library);
    }

    //-----------------------------------------------------------------------
    /** A result and the milliseconds it took (the shortest of the runs kept). */
    private record Timed<T>(T result, double millis, double evaluateMillis) {
        static <T> Timed<T> min(Timed<T> best, Timed<T> next) {
            return best == null || next.millis < best.millis ? next : best;
        }
    }

    private static <T> Timed<T> time(Supplier<T> call) {
        System.gc();
        long start = System.nanoTime();
        T result = call.get();
        return new Timed<>(result, millis(start), Double.NaN);
    }

    private static double millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static long directorySize(Path directory) throws java.io.IOException {
        try (var files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    /** Used heap after full collections, settled. */
    private static long usedHeapAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
