package dev.rapport.benchmarks.internal;

import dev.rapport.data.InteractionColumns;
import dev.rapport.journey.DirectlyFollowsGraph;
import dev.rapport.journey.FollowStats;
import dev.rapport.journey.Grouping;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Directly-follows discovery: within each journey (the case id, else the customer id, as
 * {@code Grouping.BY_CASE}), interactions ordered by timestamp with ties in file order; for each pair of
 * touchpoints, how often the second directly followed the first and the median time between them in seconds
 * (the median as DuckDB's {@code median} and the library's {@code DirectlyFollowsGraph} define it: the mean of
 * the two middle values for an even count).
 * <p>
 * Rapport: the library's {@link dev.rapport.data.InteractionColumns#directlyFollows(Grouping)}, which builds
 * the whole {@link DirectlyFollowsGraph} (also the quartiles and 90th percentile of every edge, occurrences,
 * starts, ends and path variants) with {@code DirectlyFollowsGraph.ofColumns}; its count and median per edge are
 * the answer. DuckDB: {@code lag()} over a window partitioned by journey, then {@code GROUP BY}.
 * Agreement: pair counts exactly, medians within 10⁻⁹ relative (floating point only).
 */
final class DiscoveryWorkload extends Workload<Map<List<String>, DiscoveryWorkload.Edge>> {

    /** One directly-follows pair. */
    record Edge(long count, double medianSeconds) {
    }

    private static final String SQL = """
            SELECT previous, touchpoint, count(*) AS pairs, median(gap_ms) / 1000.0 AS median_seconds
            FROM (
                SELECT touchpoint, lag(touchpoint) OVER w AS previous,
                       epoch_ms(ts) - lag(epoch_ms(ts)) OVER w AS gap_ms
                FROM interactions
                WINDOW w AS (PARTITION BY coalesce(case_id, customer_id) ORDER BY ts, seq))
            WHERE previous IS NOT NULL
            GROUP BY previous, touchpoint""";

    DiscoveryWorkload(Dataset data) {
        super(data);
    }

    @Override
    public String name() {
        return "discovery";
    }

    @Override
    public Map<List<String>, Edge> rapport() {
        return edges(DirectlyFollowsGraph.of(data.columns, Grouping.BY_CASE));
    }

    /** The count and median of every edge of a graph, keyed by [from, to]. */
    static Map<List<String>, Edge> edges(DirectlyFollowsGraph graph) {
        Map<List<String>, Edge> edges = new HashMap<>();
        for (FollowStats edge : graph.edges()) {
            edges.put(List.of(edge.transition().from(), edge.transition().to()),
                    new Edge(edge.count(), edge.medianSeconds()));
        }
        return edges;
    }

    @Override
    public Map<List<String>, Edge> duckdb() {
        Map<List<String>, Edge> edges = new HashMap<>();
        for (Object[] r : query(SQL, Workload::values)) {
            edges.put(List.of((String) r[0], (String) r[1]),
                    new Edge(ScorecardWorkload.l(r[2]), ScorecardWorkload.d(r[3])));
        }
        return edges;
    }

    @Override
    public long ceiling() {
        RawColumns raw = data.raw;
        return Ceiling.pass(raw.size, raw.journey, raw.timestamp, raw.touchpoint);
    }

    @Override
    public void verify(Map<List<String>, Edge> rapport, Map<List<String>, Edge> duckdb) {
        sameGroups(rapport, duckdb, Workload::label, (pair, r, d) -> {
            exact(pair, "directly-follows count", r.count, d.count);
            close(pair, "median seconds between", r.medianSeconds, d.medianSeconds, 1e-9);
        });
    }

    @Override
    public String describe(Map<List<String>, Edge> answer) {
        return String.format(Locale.ROOT, "%d touchpoint pairs, %d directly-follows pairs", answer.size(),
                answer.values().stream().mapToLong(Edge::count).sum());
    }
}
