package dev.rapport.benchmarks.internal;

import dev.rapport.core.Interaction;
import dev.rapport.data.InteractionColumns;
import dev.rapport.data.InteractionColumns.Dimension;
import dev.rapport.metrics.ColumnMetrics;
import dev.rapport.metrics.Distribution;
import dev.rapport.metrics.Estimate;
import dev.rapport.metrics.GroupedStates;
import dev.rapport.metrics.Metric;
import dev.rapport.metrics.Metrics;
import dev.rapport.metrics.Moments;
import dev.rapport.metrics.NetPromoterScore;
import dev.rapport.metrics.Proportion;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The scorecard by touchpoint and channel: contacts, NPS, CSAT top-two-box share, mean and 90th-percentile wait,
 * transfer rate and abandonment rate. Rapport: one fused pass of {@link InteractionColumns#accumulateAll} over six
 * built-in metrics (NPS, CSAT, the wait distribution, the wait moments, which give contacts and the total wait,
 * transfer rate and abandonment rate), finished into estimates. DuckDB: one {@code GROUP BY} query.
 * <p>
 * Agreement: every count (contacts, promoters, passives, detractors, CSAT top-two-box and answers, transfers,
 * abandons) and the wait total in milliseconds exactly; the 90th percentile by the same definition (nearest rank,
 * DuckDB's {@code quantile_disc}) within 0.1% relative, the resolution of Rapport's histogram form (3 significant
 * digits, used above 65,536 distinct values per group; exact below).
 */
class ScorecardWorkload extends Workload<Map<List<String>, ScorecardWorkload.Row>> {

    private static final Dimension[] BY = {Dimension.TOUCHPOINT, Dimension.CHANNEL};
    private static final Metric<Interaction, Distribution, Estimate> WAIT_P90 = Metrics.waitPercentile(90);
    private static final List<Metric<Interaction, ?, Estimate>> METRICS = List.of(Metrics.nps(), Metrics.csat(),
            WAIT_P90, Metrics.waitMean(), Metrics.transferRate(), Metrics.abandonmentRate());
    private static final double P90_TOLERANCE = 1e-3;

    /** One group's tallies and the figures read from them. */
    record Row(long contacts, long promoters, long passives, long detractors, long csatTopTwo, long csatAnswers,
            long waitTotalMillis, double waitP90Millis, long transfers, long abandons, double nps, double csat,
            double waitMeanSeconds, double transferRate, double abandonmentRate) {
    }

    private static final String SQL = """
            SELECT touchpoint, channel, count(*) AS contacts,
                   count(*) FILTER (WHERE nps >= 9) AS promoters,
                   count(*) FILTER (WHERE nps BETWEEN 7 AND 8) AS passives,
                   count(*) FILTER (WHERE nps <= 6) AS detractors,
                   count(*) FILTER (WHERE csat >= 4) AS csat_top_two,
                   count(csat) AS csat_answers,
                   sum(wait_seconds) AS wait_total,
                   quantile_disc(wait_seconds, 0.9) AS wait_p90,
                   count(*) FILTER (WHERE outcome = 'transferred') AS transfers,
                   count(*) FILTER (WHERE outcome = 'abandoned') AS abandons,
                   100.0 * (count(*) FILTER (WHERE nps >= 9) - count(*) FILTER (WHERE nps <= 6))
                       / count(nps) AS nps_score,
                   count(*) FILTER (WHERE csat >= 4) / count(csat) AS csat_share,
                   avg(wait_seconds) AS wait_mean,
                   count(*) FILTER (WHERE outcome = 'transferred') / count(*) AS transfer_rate,
                   count(*) FILTER (WHERE outcome = 'abandoned') / count(*) AS abandonment_rate
            FROM interactions
            GROUP BY touchpoint, channel""";

    ScorecardWorkload(Dataset data) {
        super(data);
    }

    @Override
    public String name() {
        return "scorecard";
    }

    @Override
    public Map<List<String>, Row> rapport() {
        GroupedStates states = ColumnMetrics.accumulateAll(data.columns, METRICS, BY);
        Map<List<String>, NetPromoterScore> nps = states.states(Metrics.nps());
        Map<List<String>, Proportion> csat = states.states(Metrics.csat());
        Map<List<String>, Distribution> waits = states.states(WAIT_P90);
        Map<List<String>, Moments> wait = states.states(Metrics.waitMean());
        Map<List<String>, Proportion> transfers = states.states(Metrics.transferRate());
        Map<List<String>, Proportion> abandons = states.states(Metrics.abandonmentRate());
        Map<List<String>, Row> rows = new HashMap<>();
        wait.forEach((key, w) -> {
            NetPromoterScore n = nps.get(key);
            Proportion s = csat.get(key);
            Proportion t = transfers.get(key);
            Proportion a = abandons.get(key);
            Estimate p90 = waits.get(key).estimate(90, 1);
            rows.put(List.copyOf(key), new Row(t.trials(), n.promoters(), n.passives(), n.detractors(),
                    s.successes(), s.trials(), w.sum(), point(p90), t.successes(), a.successes(),
                    point(n.estimate()), point(s.estimate()), point(w.estimate(1000)), point(t.estimate()),
                    point(a.estimate())));
        });
        return rows;
    }

    static double point(Estimate estimate) {
        return estimate.value().orElse(Double.NaN);
    }

    @Override
    public Map<List<String>, Row> duckdb() {
        Map<List<String>, Row> rows = new HashMap<>();
        for (Object[] r : query(SQL, Workload::values)) {
            rows.put(List.of((String) r[0], (String) r[1]), new Row(l(r[2]), l(r[3]), l(r[4]), l(r[5]), l(r[6]),
                    l(r[7]), Math.round(d(r[8]) * 1000), d(r[9]) * 1000, l(r[10]), l(r[11]), d(r[12]), d(r[13]),
                    d(r[14]), d(r[15]), d(r[16])));
        }
        return rows;
    }

    @Override
    public long ceiling() {
        RawColumns raw = data.raw;
        return Ceiling.pass(raw.size, raw.touchpoint, raw.channel, raw.nps, raw.csat, raw.waitMillis, raw.outcome);
    }

    @Override
    public void verify(Map<List<String>, Row> rapport, Map<List<String>, Row> duckdb) {
        sameGroups(rapport, duckdb, Workload::label, (group, r, d) -> {
            exact(group, "contacts", r.contacts, d.contacts);
            exact(group, "NPS promoters", r.promoters, d.promoters);
            exact(group, "NPS passives", r.passives, d.passives);
            exact(group, "NPS detractors", r.detractors, d.detractors);
            exact(group, "CSAT top-two-box answers", r.csatTopTwo, d.csatTopTwo);
            exact(group, "CSAT answers", r.csatAnswers, d.csatAnswers);
            exact(group, "total wait (ms)", r.waitTotalMillis, d.waitTotalMillis);
            exact(group, "transfers", r.transfers, d.transfers);
            exact(group, "abandons", r.abandons, d.abandons);
            if (!(Double.isNaN(r.waitP90Millis) && Double.isNaN(d.waitP90Millis))) {   // no known wait in the group
                close(group, "p90 wait (ms)", r.waitP90Millis, d.waitP90Millis, P90_TOLERANCE);
            }
        });
    }

    @Override
    public String describe(Map<List<String>, Row> answer) {
        long contacts = answer.values().stream().mapToLong(Row::contacts).sum();
        return String.format(Locale.ROOT, "%d touchpoint/channel groups, %d contacts", answer.size(), contacts);
    }

    static long l(Object value) {
        return ((Number) value).longValue();
    }

    static double d(Object value) {
        return value == null ? Double.NaN : ((Number) value).doubleValue();
    }
}
