package dev.rapport.benchmarks.internal;

import dev.rapport.data.ColumnsReader;
import dev.rapport.data.EventLogReader;
import dev.rapport.data.InteractionColumns;
import dev.rapport.metrics.ColumnMetrics;
import dev.rapport.metrics.Metrics;
import dev.rapport.metrics.Moments;
import dev.rapport.metrics.NetPromoterScore;
import java.util.List;
import java.util.Locale;

/**
 * Ingest: the canonical CSV file from disk into memory. Rapport: the library's strict bulk importer,
 * {@code ColumnsReader.strict().csv(file)}, which validates every row as journey's {@code EventLogReader} does and
 * parses chunks of the file in parallel straight into {@code InteractionColumns}. DuckDB:
 * {@code CREATE OR REPLACE TABLE ingested AS SELECT * FROM read_csv(file)}. The ceiling reads the file's bytes
 * (from the page cache after the first run) and loads each once, in parallel.
 * <p>
 * Agreement, on what each engine now holds: the number of rows, the NPS tally and the total wait in milliseconds,
 * exactly. Computing them is inside the timed call on both sides (one pass, a few milliseconds).
 */
final class IngestWorkload extends Workload<IngestWorkload.Answer> {

    /** What was loaded. */
    record Answer(long rows, long promoters, long passives, long detractors, long waitTotalMillis) {
    }

    IngestWorkload(Dataset data) {
        super(data);
    }

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public Answer rapport() {
        InteractionColumns columns = ColumnsReader.strict().csv(data.csv).columns();
        NetPromoterScore nps = ColumnMetrics.accumulate(columns, Metrics.nps()).get(List.of());
        Moments wait = ColumnMetrics.accumulate(columns, Metrics.waitMean()).get(List.of());
        return new Answer(columns.size(), nps.promoters(), nps.passives(), nps.detractors(), wait.sum());
    }

    @Override
    public Answer duckdb() {
        execute("CREATE OR REPLACE TABLE ingested AS SELECT * FROM read_csv('" + data.csv.toString().replace("'", "''")
                + "', header = true)");
        Object[] r = query("""
                SELECT count(*), count(*) FILTER (WHERE nps >= 9), count(*) FILTER (WHERE nps BETWEEN 7 AND 8),
                       count(*) FILTER (WHERE nps <= 6), sum(wait_seconds)
                FROM ingested""", Workload::values).get(0);
        return new Answer(ScorecardWorkload.l(r[0]), ScorecardWorkload.l(r[1]), ScorecardWorkload.l(r[2]),
                ScorecardWorkload.l(r[3]), Math.round(ScorecardWorkload.d(r[4]) * 1000));
    }

    @Override
    public long ceiling() {
        return Ceiling.file(data.csv);
    }

    @Override
    public void verify(Answer rapport, Answer duckdb) {
        exact("the file", "rows", rapport.rows, duckdb.rows);
        exact("the file", "NPS promoters", rapport.promoters, duckdb.promoters);
        exact("the file", "NPS passives", rapport.passives, duckdb.passives);
        exact("the file", "NPS detractors", rapport.detractors, duckdb.detractors);
        exact("the file", "total wait (ms)", rapport.waitTotalMillis, duckdb.waitTotalMillis);
    }

    @Override
    public String describe(Answer a) {
        return String.format(Locale.ROOT, "%d rows loaded, %d NPS answers", a.rows,
                a.promoters + a.passives + a.detractors);
    }
}
