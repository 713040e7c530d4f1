package dev.rapport.benchmarks.internal;

import dev.rapport.core.Interaction;
import dev.rapport.data.InteractionColumns;
import dev.rapport.examples.SampleData;
import dev.rapport.journey.Grouping;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The same generated interactions in every form the workloads need: the canonical CSV file (for ingest),
 * Rapport's {@link InteractionColumns}, plain primitive copies of the columns the workloads read (for the
 * bandwidth ceiling and the benchmark-side kernels), and an in-process DuckDB table {@code interactions} filled
 * through DuckDB's appender. Close it to drop the DuckDB database and delete the temporary directory.
 */
public final class Dataset implements AutoCloseable {

    /** The generator's seed: every run on every machine sees the same interactions. */
    public static final long SEED = SampleData.DEFAULT_SEED;

    final int rows;
    final Path directory;
    final Path csv;
    final InteractionColumns columns;
    final long columnsBytes;
    final RawColumns raw;
    final DuckDBConnection duckdb;

    private Dataset(int rows, Path directory, Path csv, InteractionColumns columns, long columnsBytes, RawColumns raw,
            DuckDBConnection duckdb) {
        this.rows = rows;
        this.directory = directory;
        this.csv = csv;
        this.columns = columns;
        this.columnsBytes = columnsBytes;
        this.raw = raw;
        this.duckdb = duckdb;
    }

    /** Generates {@code rows} interactions and loads them everywhere, logging each step with its time. */
    public static Dataset load(int rows, PrintStream log) {
        try {
            Path directory = Files.createTempDirectory("rapport-benchmarks");
            Path csv = directory.resolve("interactions.csv");
            SampleData data = SampleData.of(rows).withSeed(SEED);
            long start = System.nanoTime();
            data.writeCsv(csv);
            log.printf(Locale.ROOT, "generated %s (%,d bytes) in %.1f s%n", csv, Files.size(csv), seconds(start));

            start = System.nanoTime();
            long before = usedHeapAfterGc();
            InteractionColumns columns = InteractionColumns.of(data::iterator);
            long columnsBytes = usedHeapAfterGc() - before;
            log.printf(Locale.ROOT, "built Rapport's InteractionColumns in %.1f s%n", seconds(start));

            start = System.nanoTime();
            DuckDBConnection duckdb = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
            RawColumns raw = loadDuckDbAndRaw(data, rows, duckdb);
            log.printf(Locale.ROOT, "loaded the DuckDB table (appender) and the plain columns in %.1f s%n",
                    seconds(start));
            return new Dataset(rows, directory, csv, columns, columnsBytes, raw, duckdb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB failed: " + e.getMessage(), e);
        }
    }

    /**
     * Heap bytes per interaction held by the columns, dictionaries included: used heap after full collections,
     * before and after building them.
     */
    public double bytesPerInteraction() {
        return (double) columnsBytes / rows;
    }

    public int rows() {
        return rows;
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Used heap after full collections, settled. */
    static long usedHeapAfterGc() {
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

    private static final String TABLE = "CREATE TABLE interactions (seq BIGINT, interaction_id VARCHAR,"
            + " customer_id VARCHAR, case_id VARCHAR, ts TIMESTAMP, touchpoint VARCHAR, stage VARCHAR,"
            + " channel VARCHAR, mode VARCHAR, wait_seconds DOUBLE, handle_seconds DOUBLE, outcome VARCHAR,"
            + " agent VARCHAR, segment VARCHAR, nps TINYINT, csat TINYINT, ces TINYINT)";

    /** One pass over the generator: every row into the DuckDB appender and into the plain columns. */
    private static RawColumns loadDuckDbAndRaw(SampleData data, int rows, DuckDBConnection duckdb)
            throws SQLException {
        try (Statement statement = duckdb.createStatement()) {
            statement.execute(OutcomeEnum.CREATE_TYPE);
            statement.execute(TABLE);
        }
        RawColumns raw = new RawColumns(rows);
        Map<String, Integer> touchpoints = new HashMap<>();
        Map<String, Integer> channels = new HashMap<>();
        Map<String, Integer> cases = new HashMap<>();
        Map<String, Integer> journeys = new HashMap<>();
        int row = 0;
        try (DuckDBAppender appender = duckdb.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "interactions");
                Stream<Interaction> interactions = data.interactions()) {
            for (Interaction i : (Iterable<Interaction>) interactions::iterator) {
                raw.timestamp[row] = i.timestamp().toEpochMilli();
                raw.touchpoint[row] = (short) code(touchpoints, i.touchpoint());
                raw.channel[row] = (byte) code(channels, i.channel().id());
                raw.outcome[row] = (byte) i.outcome().ordinal();
                raw.nps[row] = (byte) i.survey().nps().orElse(-1);
                raw.csat[row] = (byte) i.survey().csat().orElse(-1);
                raw.waitMillis[row] = i.waitSeconds().isEmpty() ? -1 : (int) Math.round(i.waitSeconds().getAsDouble() * 1000);
                raw.caseCode[row] = i.caseId().map(c -> code(cases, c)).orElse(-1);
                raw.journey[row] = code(journeys, Grouping.BY_CASE.keyOf(i));
                appender.beginRow();
                appender.append((long) row);
                appender.append(i.interactionId());
                appender.append(i.customerId());
                appendOptional(appender, i.caseId().orElse(null));
                appender.appendEpochMicros(i.timestamp().toEpochMilli() * 1000);
                appender.append(i.touchpoint());
                appendOptional(appender, i.stage().orElse(null));
                appender.append(i.channel().id());
                appender.append(i.mode().name().toLowerCase(Locale.ROOT));
                appendSeconds(appender, i.waitSeconds());
                appendSeconds(appender, i.handleSeconds());
                appender.append(i.outcome().name().toLowerCase(Locale.ROOT));
                appendOptional(appender, i.agent().orElse(null));
                appendOptional(appender, i.segment().orElse(null));
                appendAnswer(appender, raw.nps[row]);
                appendAnswer(appender, raw.csat[row]);
                appendAnswer(appender, (byte) i.survey().ces().orElse(-1));
                appender.endRow();
                row++;
            }
        }
        try (Statement statement = duckdb.createStatement()) {
            statement.execute("ALTER TABLE interactions ALTER outcome TYPE " + OutcomeEnum.TYPE);
        }
        raw.finish(row, dictionary(touchpoints), dictionary(channels), cases.size(), journeys.size());
        return raw;
    }

    private static void appendOptional(DuckDBAppender appender, String value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value);
        }
    }

    /** An unknown duration is SQL NULL, which DuckDB's aggregates skip as Rapport's metrics do. */
    private static void appendSeconds(DuckDBAppender appender, java.util.OptionalDouble seconds) throws SQLException {
        if (seconds.isEmpty()) {
            appender.appendNull();
        } else {
            appender.append(seconds.getAsDouble());
        }
    }

    private static void appendAnswer(DuckDBAppender appender, byte answer) throws SQLException {
        if (answer < 0) {
            appender.appendNull();
        } else {
            appender.append(answer);
        }
    }

    private static int code(Map<String, Integer> dictionary, String value) {
        Integer code = dictionary.get(value);
        if (code == null) {
            code = dictionary.size();
            dictionary.put(value, code);
        }
        return code;
    }

    private static String[] dictionary(Map<String, Integer> codes) {
        String[] values = new String[codes.size()];
        codes.forEach((value, code) -> values[code] = value);
        return values;
    }

    /** The DuckDB connection, for ad-hoc checks. */
    public Connection duckdb() {
        return duckdb;
    }

    @Override
    public void close() {
        try {
            duckdb.close();
        } catch (SQLException e) {
            // nothing more to release
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
