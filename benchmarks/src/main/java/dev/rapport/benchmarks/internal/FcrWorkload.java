package dev.rapport.benchmarks.internal;

import dev.rapport.data.InteractionColumns;
import dev.rapport.metrics.ColumnMetrics;
import dev.rapport.metrics.Estimate;
import dev.rapport.metrics.FcrPolicy;
import dev.rapport.metrics.Metrics;
import java.util.Locale;

/**
 * First-contact resolution and repeat-contact rate over cases, with the 7-day window of
 * {@link FcrPolicy#DEFAULT}. The definition, identical on both sides:
 * <ul>
 * <li>an issue is a case id; interactions without one are not counted;
 * <li>its first contact is the earliest interaction, ties broken by outcome in {@code Outcome} order (resolved
 * first); its second contact time is the next-earliest timestamp (an equal timestamp counts);
 * <li>the issue is repeated if it has a second contact at most 7 days (604,800,000 ms) after the first;
 * <li>FCR = issues whose first contact was resolved and that were not repeated, over all issues; repeat-contact
 * rate = repeated issues over all issues.
 * </ul>
 * Rapport: {@code InteractionColumns.evaluate(Metrics.fcr())} and {@code evaluate(Metrics.repeatContactRate())}.
 * DuckDB: one aggregation per case keeping the two smallest of {@code epoch_ms(ts) * 8 + outcome code} (so the first
 * key carries the tie-broken first outcome), then counts. Agreement: all three counts exactly.
 */
final class FcrWorkload extends Workload<FcrWorkload.Answer> {

    /** The counts and the two shares. */
    record Answer(long issues, long resolvedFirstTime, long repeated, double fcr, double repeatRate) {
    }

    private static final String SQL = """
            SELECT count(*) AS issues,
                   count(*) FILTER (WHERE first_outcome = 0 AND NOT repeated) AS resolved_first_time,
                   count(*) FILTER (WHERE repeated) AS repeated,
                   count(*) FILTER (WHERE first_outcome = 0 AND NOT repeated) / count(*) AS fcr,
                   count(*) FILTER (WHERE repeated) / count(*) AS repeat_rate
            FROM (
                SELECT k[1] & 7 AS first_outcome,
                       len(k) = 2 AND (k[2] >> 3) - (k[1] >> 3) <= %d AS repeated
                FROM (
                    SELECT min(epoch_ms(ts) * 8 + enum_code(outcome), 2) AS k
                    FROM interactions
                    WHERE case_id IS NOT NULL
                    GROUP BY case_id))""".formatted(FcrPolicy.DEFAULT_REPEAT_WINDOW.toMillis());

    FcrWorkload(Dataset data) {
        super(data);
    }

    @Override
    public String name() {
        return "fcr";
    }

    @Override
    public Answer rapport() {
        Estimate fcr = ColumnMetrics.evaluate(data.columns, Metrics.fcr());
        Estimate repeat = ColumnMetrics.evaluate(data.columns, Metrics.repeatContactRate());
        long issues = fcr.sampleSize();
        return new Answer(issues, Math.round(fcr.point() * issues), Math.round(repeat.point() * issues), fcr.point(),
                repeat.point());
    }

    @Override
    public Answer duckdb() {
        Object[] r = query(SQL, Workload::values).get(0);
        return new Answer(ScorecardWorkload.l(r[0]), ScorecardWorkload.l(r[1]), ScorecardWorkload.l(r[2]),
                ScorecardWorkload.d(r[3]), ScorecardWorkload.d(r[4]));
    }

    @Override
    public long ceiling() {
        RawColumns raw = data.raw;
        return Ceiling.pass(raw.size, raw.caseCode, raw.timestamp, raw.outcome, raw.channel);
    }

    @Override
    public void verify(Answer rapport, Answer duckdb) {
        exact("all cases", "issues", rapport.issues, duckdb.issues);
        exact("all cases", "issues resolved at the first contact", rapport.resolvedFirstTime,
                duckdb.resolvedFirstTime);
        exact("all cases", "repeated issues", rapport.repeated, duckdb.repeated);
    }

    @Override
    public String describe(Answer a) {
        return String.format(Locale.ROOT, "%d cases, FCR %.4f, repeat-contact rate %.4f", a.issues, a.fcr,
                a.repeatRate);
    }
}
