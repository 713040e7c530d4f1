package dev.rapport.benchmarks.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Directly-follows discovery: within each journey (the case id, else the customer id, as
 * {@code Grouping.BY_CASE}), interactions ordered by timestamp with ties in file order; for each pair of
 * touchpoints, how often the second directly followed the first and the median time between them in seconds
 * (the median as DuckDB's {@code median} and the library's {@code DirectlyFollowsGraph} define it: the mean of
 * the two middle values for an even count).
 * <p>
 * Rapport: the library's discovery ({@code DirectlyFollowsGraph.of(JourneyLog)}) works on {@code Interaction}
 * objects, and {@code InteractionColumns} exposes no columns and no journey kernel, so the Rapport side here is a
 * columnar kernel in this module over the same codes ({@link #discover(RawColumns)}: a counting sort of rows by
 * journey, a stable insertion sort by time within each journey, pairs counted and gaps collected per edge in
 * parallel journey ranges, medians by selection). The smoke test checks it against {@code DirectlyFollowsGraph}.
 * DuckDB: {@code lag()} over a window partitioned by journey, then {@code GROUP BY}.
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
        return discover(data.raw);
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

    //-----------------------------------------------------------------------
    /** The directly-follows pairs of the journeys in {@code raw}, keyed by [from, to]. */
    static Map<List<String>, Edge> discover(RawColumns raw) {
        int n = raw.size;
        int journeys = raw.journeys;
        int touchpoints = raw.touchpoints.size();
        int[] journey = raw.journey;
        long[] timestamp = raw.timestamp;
        short[] touchpoint = raw.touchpoint;
        // counting sort of rows by journey, rows of a journey in file order
        int[] start = new int[journeys + 1];
        for (int r = 0; r < n; r++) {
            start[journey[r] + 1]++;
        }
        for (int j = 0; j < journeys; j++) {
            start[j + 1] += start[j];
        }
        int[] next = Arrays.copyOf(start, journeys);
        int[] order = new int[n];
        for (int r = 0; r < n; r++) {
            order[next[journey[r]]++] = r;
        }
        int parts = Math.max(1, Math.min(4 * Runtime.getRuntime().availableProcessors(), journeys / 1024));
        Gaps[] partial = IntStream.range(0, parts).parallel().mapToObj(p -> {
            Gaps gaps = new Gaps(touchpoints * touchpoints);
            int to = (int) ((long) journeys * (p + 1) / parts);
            for (int j = (int) ((long) journeys * p / parts); j < to; j++) {
                int first = start[j];
                int end = start[j + 1];
                for (int k = first + 1; k < end; k++) { // stable insertion sort by time: ties keep file order
                    int row = order[k];
                    long t = timestamp[row];
                    int m = k - 1;
                    while (m >= first && timestamp[order[m]] > t) {
                        order[m + 1] = order[m];
                        m--;
                    }
                    order[m + 1] = row;
                }
                for (int k = first + 1; k < end; k++) {
                    int a = order[k - 1];
                    int b = order[k];
                    gaps.add(touchpoint[a] * touchpoints + touchpoint[b], timestamp[b] - timestamp[a]);
                }
            }
            return gaps;
        }).toArray(Gaps[]::new);
        Edge[] edges = IntStream.range(0, touchpoints * touchpoints).parallel().mapToObj(e -> {
            int count = 0;
            for (Gaps gaps : partial) {
                count += gaps.sizes[e];
            }
            if (count == 0) {
                return null;
            }
            long[] all = new long[count];
            int at = 0;
            for (Gaps gaps : partial) {
                if (gaps.sizes[e] > 0) {
                    System.arraycopy(gaps.values[e], 0, all, at, gaps.sizes[e]);
                    at += gaps.sizes[e];
                }
            }
            return new Edge(count, median(all) / 1000.0);
        }).toArray(Edge[]::new);
        Map<List<String>, Edge> result = new HashMap<>();
        for (int e = 0; e < edges.length; e++) {
            if (edges[e] != null) {
                result.put(List.of(raw.touchpoints.get(e / touchpoints), raw.touchpoints.get(e % touchpoints)),
                        edges[e]);
            }
        }
        return result;
    }

    /** Growable gap lists, one per edge. */
    private static final class Gaps {
        final long[][] values;
        final int[] sizes;

        Gaps(int edges) {
            values = new long[edges][];
            sizes = new int[edges];
        }

        void add(int edge, long gap) {
            long[] list = values[edge];
            int size = sizes[edge];
            if (list == null) {
                list = new long[64];
                values[edge] = list;
            } else if (size == list.length) {
                list = Arrays.copyOf(list, size * 2);
                values[edge] = list;
            }
            list[size] = gap;
            sizes[edge] = size + 1;
        }
    }

    /** The median (mean of the two middle values for an even count), reordering {@code values}. */
    static double median(long[] values) {
        int n = values.length;
        int k = n / 2;
        long upper = select(values, k);
        if (n % 2 == 1) {
            return upper;
        }
        long lower = Long.MIN_VALUE;
        for (int i = 0; i < k; i++) {
            lower = Math.max(lower, values[i]);
        }
        return lower + (upper - lower) * 0.5;
    }

    /** The k-th smallest (0-based), leaving every smaller-indexed element at most it: three-way quickselect. */
    static long select(long[] a, int k) {
        int lo = 0;
        int hi = a.length - 1;
        while (lo < hi) {
            long x = a[lo];
            long y = a[(lo + hi) >>> 1];
            long z = a[hi];
            long pivot = Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
            int lt = lo;
            int i = lo;
            int gt = hi;
            while (i <= gt) {
                long v = a[i];
                if (v < pivot) {
                    a[i++] = a[lt];
                    a[lt++] = v;
                } else if (v > pivot) {
                    a[i] = a[gt];
                    a[gt--] = v;
                } else {
                    i++;
                }
            }
            if (k < lt) {
                hi = lt - 1;
            } else if (k > gt) {
                lo = gt + 1;
            } else {
                return pivot;
            }
        }
        return a[k];
    }
}
