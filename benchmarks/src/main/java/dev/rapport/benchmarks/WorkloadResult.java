package dev.rapport.benchmarks;

import java.util.Locale;

/**
 * The medians of one workload: Rapport, DuckDB and the memory-bandwidth ceiling (a plain pass loading the same
 * primitive columns), in milliseconds.
 * <pre>{@code
 * result.line()   // RESULT workload=scorecard rows=1000000 rapport_ms=41.2 duckdb_ms=88.0 ratio=0.47 ceiling_ms=3.1
 * }</pre>
 * This type is immutable and thread-safe.
 *
 * @param workload  the workload name
 * @param rows  the number of interactions
 * @param rapportMillis  Rapport's median
 * @param duckdbMillis  DuckDB's median
 * @param ceilingMillis  the median of the plain pass over the same columns
 */
public record WorkloadResult(String workload, int rows, double rapportMillis, double duckdbMillis,
        double ceilingMillis) {

    /** Rapport's time divided by DuckDB's: below 1, Rapport is faster. */
    public double ratio() {
        return rapportMillis / duckdbMillis;
    }

    /**
     * The machine-readable line:
     * {@code RESULT workload=... rows=... rapport_ms=... duckdb_ms=... ratio=... ceiling_ms=...}.
     */
    public String line() {
        return String.format(Locale.ROOT, "RESULT workload=%s rows=%d rapport_ms=%.1f duckdb_ms=%.1f ratio=%.2f"
                + " ceiling_ms=%.1f", workload, rows, rapportMillis, duckdbMillis, ratio(), ceilingMillis);
    }
}
