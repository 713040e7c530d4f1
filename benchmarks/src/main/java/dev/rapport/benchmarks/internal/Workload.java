package dev.rapport.benchmarks.internal;

import dev.rapport.benchmarks.AnswersDifferException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * One question asked of both engines over the same {@link Dataset}: Rapport's answer, DuckDB's answer (each
 * computed in full, to the numbers a user reads, inside the timed call), a check that they agree, and the
 * bandwidth ceiling: a plain pass that only loads the primitive columns the question reads.
 *
 * @param <A>  the answer
 */
public abstract class Workload<A> {

    protected final Dataset data;

    protected Workload(Dataset data) {
        this.data = data;
    }

    /** The workload's name, as on the command line. */
    public abstract String name();

    /** Rapport's answer. */
    public abstract A rapport();

    /** DuckDB's answer. */
    public abstract A duckdb();

    /** The plain pass over the columns; returns a checksum so that the loads are not optimised away. */
    public abstract long ceiling();

    /**
     * Checks that the answers agree.
     *
     * @throws AnswersDifferException naming the group, the quantity and both values
     */
    public abstract void verify(A rapport, A duckdb);

    /** A one-line description of an answer, for the log. */
    public abstract String describe(A answer);

    /** The workload by name. */
    public static Workload<?> named(String name, Dataset data) {
        return switch (name) {
            case "scorecard" -> new ScorecardWorkload(data);
            case "fcr" -> new FcrWorkload(data);
            case "discovery" -> new DiscoveryWorkload(data);
            case "ingest" -> new IngestWorkload(data);
            case "cli-scorecard" -> new CliScorecardWorkload(data);
            case "scorecard-fused" -> new FusedScorecardWorkload(data);
            default -> throw new IllegalArgumentException("unknown workload '" + name + "'");
        };
    }

    //-----------------------------------------------------------------------
    /** Runs a query, mapping each row. */
    protected <T> List<T> query(String sql, SqlRow<T> mapper) {
        try (Statement statement = data.duckdb.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(name() + ": DuckDB failed: " + e.getMessage() + "\n" + sql, e);
        }
    }

    /** A result row as objects. */
    static Object[] values(ResultSet row) throws SQLException {
        Object[] values = new Object[row.getMetaData().getColumnCount()];
        for (int i = 0; i < values.length; i++) {
            values[i] = row.getObject(i + 1);
        }
        return values;
    }

    /** Runs a statement. */
    protected void execute(String sql) {
        try (Statement statement = data.duckdb.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(name() + ": DuckDB failed: " + e.getMessage() + "\n" + sql, e);
        }
    }

    /** Maps one result row. */
    @FunctionalInterface
    protected interface SqlRow<T> {
        T map(ResultSet row) throws SQLException;
    }

    //-----------------------------------------------------------------------
    /** Both maps must have the same keys; then each pair of values is checked. */
    protected <K, V> void sameGroups(Map<K, V> rapport, Map<K, V> duckdb, Function<K, String> label,
            PairCheck<V> check) {
        if (!rapport.keySet().equals(duckdb.keySet())) {
            TreeSet<String> onlyRapport = new TreeSet<>();
            TreeSet<String> onlyDuckdb = new TreeSet<>();
            rapport.keySet().stream().filter(k -> !duckdb.containsKey(k)).forEach(k -> onlyRapport.add(label.apply(k)));
            duckdb.keySet().stream().filter(k -> !rapport.containsKey(k)).forEach(k -> onlyDuckdb.add(label.apply(k)));
            throw new AnswersDifferException(name() + ": different groups; only in Rapport " + onlyRapport
                    + ", only in DuckDB " + onlyDuckdb);
        }
        rapport.forEach((key, value) -> check.check(label.apply(key), value, duckdb.get(key)));
    }

    /** Checks one group's values. */
    @FunctionalInterface
    protected interface PairCheck<V> {
        void check(String group, V rapport, V duckdb);
    }

    /** Counts must be equal. */
    protected void exact(String group, String quantity, long rapport, long duckdb) {
        if (rapport != duckdb) {
            throw new AnswersDifferException(String.format(Locale.ROOT, "%s: %s of %s: Rapport %d, DuckDB %d",
                    name(), quantity, group, rapport, duckdb));
        }
    }

    /** Measurements must agree within {@code relative} of DuckDB's value. */
    protected void close(String group, String quantity, double rapport, double duckdb, double relative) {
        if (!(Math.abs(rapport - duckdb) <= relative * Math.abs(duckdb))) {
            throw new AnswersDifferException(String.format(Locale.ROOT,
                    "%s: %s of %s: Rapport %s, DuckDB %s (tolerance %s relative)", name(), quantity, group, rapport,
                    duckdb, relative));
        }
    }

    static String label(List<String> key) {
        return String.join("/", key.stream().map(Objects::toString).toList());
    }
}
