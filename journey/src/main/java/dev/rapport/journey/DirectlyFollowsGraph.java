package dev.rapport.journey;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.math.Quantiles;
import dev.rapport.core.Interaction;
import dev.rapport.data.InteractionColumns;
import dev.rapport.journey.internal.ColumnarDiscovery;
import dev.rapport.journey.internal.Diagrams;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The journey as customers actually travelled it, discovered from a {@link JourneyLog} (or, for millions of
 * interactions, from primitive columns: {@link #ofColumns}): how often each touchpoint directly followed another
 * within a journey, the time between them, how often each touchpoint started and ended a journey, and the path
 * variants. Journeys are ordered by timestamp with ties kept in input order (see
 * {@link JourneyLog}); repeated touchpoints count every time, as process-mining tools count them.
 * <pre>{@code
 * DirectlyFollowsGraph dfg = DirectlyFollowsGraph.of(log);
 * dfg.topVariants(5);
 * Files.writeString(Path.of("actual.dot"), dfg.toDot());
 * }</pre>
 * This type is immutable and thread-safe.
 */
public final class DirectlyFollowsGraph {

    private static final Comparator<Transition> BY_PAIR =
            Comparator.comparing(Transition::from).thenComparing(Transition::to);

    private final ImmutableSortedMap<Transition, FollowStats> edges;
    private final ImmutableSortedMap<String, Long> occurrences;
    private final ImmutableSortedMap<String, Long> starts;
    private final ImmutableSortedMap<String, Long> ends;
    private final ImmutableList<Variant> variants;
    private final long journeys;

    private DirectlyFollowsGraph(ImmutableSortedMap<Transition, FollowStats> edges,
            ImmutableSortedMap<String, Long> occurrences, ImmutableSortedMap<String, Long> starts,
            ImmutableSortedMap<String, Long> ends, ImmutableList<Variant> variants, long journeys) {
        this.edges = edges;
        this.occurrences = occurrences;
        this.starts = starts;
        this.ends = ends;
        this.variants = variants;
        this.journeys = journeys;
    }

    /**
     * Discovers the directly-follows graph of a log.
     *
     * @param log  the journeys, not null
     * @return the graph, never null
     */
    public static DirectlyFollowsGraph of(JourneyLog log) {
        checkNotNull(log, "log");
        Map<Transition, List<Double>> gaps = new HashMap<>();
        Map<String, Long> occurrences = new TreeMap<>();
        Map<String, Long> starts = new TreeMap<>();
        Map<String, Long> ends = new TreeMap<>();
        Map<List<String>, Long> variants = new HashMap<>();
        for (Journey journey : log.journeys()) {
            List<Interaction> in = journey.interactions();
            for (int i = 0; i < in.size(); i++) {
                occurrences.merge(in.get(i).touchpoint(), 1L, Long::sum);
                if (i > 0) {
                    Transition pair = Transition.of(in.get(i - 1).touchpoint(), in.get(i).touchpoint());
                    double seconds = dev.rapport.journey.internal.ColumnarDiscovery.seconds(
                            java.time.Duration.between(in.get(i - 1).timestamp(), in.get(i).timestamp()));
                    gaps.computeIfAbsent(pair, p -> new ArrayList<>()).add(seconds);
                }
            }
            starts.merge(journey.first().touchpoint(), 1L, Long::sum);
            ends.merge(journey.last().touchpoint(), 1L, Long::sum);
            variants.merge(journey.touchpoints(), 1L, Long::sum);
        }
        ImmutableSortedMap.Builder<Transition, FollowStats> edges = ImmutableSortedMap.orderedBy(BY_PAIR);
        gaps.forEach((pair, seconds) -> {
            Map<Integer, Double> q = Quantiles.percentiles().indexes(25, 50, 75, 90).compute(seconds);
            edges.put(pair, new FollowStats(pair, seconds.size(), q.get(50), q.get(25), q.get(75), q.get(90)));
        });
        List<Variant> unsorted = new ArrayList<>();
        variants.forEach((path, count) -> unsorted.add(new Variant(path, count)));
        return new DirectlyFollowsGraph(edges.buildOrThrow(), ImmutableSortedMap.copyOf(occurrences),
                ImmutableSortedMap.copyOf(starts), ImmutableSortedMap.copyOf(ends), sorted(unsorted), log.size());
    }

    /**
     * Discovers the directly-follows graph of the journeys in columns, without an {@code Interaction} per row: the
     * same graph as {@code of(JourneyLog.of(interactions, grouping))} for the interactions they hold (times as the
     * columns hold them, in whole milliseconds), computed in parallel by {@link #ofColumns}.
     * <pre>{@code
     * DirectlyFollowsGraph dfg = DirectlyFollowsGraph.of(ColumnsReader.strict().csv(file).columns(), Grouping.BY_CASE);
     * }</pre>
     *
     * @param columns  the interactions, not null
     * @param grouping  one journey per case id (the customer id for interactions without a case), or per
     *     customer id; not null
     * @return the graph, never null
     */
    public static DirectlyFollowsGraph of(InteractionColumns columns, Grouping grouping) {
        return ColumnarJourneys.directlyFollows(checkNotNull(columns, "columns"), grouping);
    }

    /**
     * Discovers the directly-follows graph of journeys held as primitive columns, one element per interaction
     * (row): its journey code, its start time in epoch milliseconds and its touchpoint code. Within a journey,
     * rows are ordered by time, equal times in row order, as {@link JourneyLog} orders interactions; a journey code
     * that no row has is no journey. The graph is the one {@link #of(JourneyLog)} gives for the same interactions
     * (timestamps of whole milliseconds), field for field, but computed without an object per interaction: a
     * counting sort by journey, then sorting, counting and percentiles by selection over primitive arrays, in
     * parallel ranges of journeys (the result does not depend on how they are cut). The columns are read, never
     * changed or kept.
     * <pre>{@code
     * DirectlyFollowsGraph dfg = DirectlyFollowsGraph.ofColumns(new int[] {0, 0, 1}, 2,
     *         new long[] {0, 60_000, 0}, new short[] {0, 1, 0}, List.of("faq", "chat"));   // faq -> chat 1x 60 s
     * }</pre>
     *
     * @param journeyOfRow  each row's journey code, from 0 to {@code journeys - 1}, not null
     * @param journeys  the number of journey codes, not negative
     * @param epochMillis  each row's start time in epoch milliseconds, as long as {@code journeyOfRow}, not null
     * @param touchpointOfRow  each row's touchpoint code, an index into {@code touchpoints}, as long as
     *     {@code journeyOfRow}, not null
     * @param touchpoints  the touchpoint ids by code, distinct, not null
     * @return the graph, never null
     * @throws IllegalArgumentException if the columns differ in length, a code is out of range, or a touchpoint id
     *     appears twice; the message quotes the offending value
     */
    public static DirectlyFollowsGraph ofColumns(int[] journeyOfRow, int journeys, long[] epochMillis,
            short[] touchpointOfRow, List<String> touchpoints) {
        return ofColumns(journeyOfRow, journeys, epochMillis, touchpointOfRow, touchpoints,
                ColumnarDiscovery.defaultRanges(checkNotNull(journeyOfRow, "journeyOfRow").length));
    }

    /** As {@link #ofColumns(int[], int, long[], short[], List)}, in the given number of parallel ranges. */
    static DirectlyFollowsGraph ofColumns(int[] journeyOfRow, int journeys, long[] epochMillis,
            short[] touchpointOfRow, List<String> touchpoints, int ranges) {
        checkNotNull(journeyOfRow, "journeyOfRow");
        checkNotNull(epochMillis, "epochMillis");
        checkNotNull(touchpointOfRow, "touchpointOfRow");
        checkNotNull(touchpoints, "touchpoints");
        checkArgument(journeys >= 0 && journeys < Integer.MAX_VALUE, "journeys must be between 0 and %s, was %s",
                Integer.MAX_VALUE - 1, journeys);
        checkArgument(epochMillis.length == journeyOfRow.length && touchpointOfRow.length == journeyOfRow.length,
                "journeyOfRow, epochMillis and touchpointOfRow must have the same length, were %s, %s and %s",
                journeyOfRow.length, epochMillis.length, touchpointOfRow.length);
        String[] ids = new String[Math.min(touchpoints.size(), Short.MAX_VALUE + 1)];
        Map<String, Integer> codes = new HashMap<>();
        for (int code = 0; code < touchpoints.size(); code++) {
            String id = checkNotNull(touchpoints.get(code), "touchpoints[%s]", code);
            Integer before = codes.putIfAbsent(id, code);
            checkArgument(before == null, "touchpoints must be distinct, '%s' is at %s and %s", id, before, code);
            if (code < ids.length) {
                ids[code] = id;
            }
        }
        ColumnarDiscovery.Result coded = ColumnarDiscovery.discover(journeyOfRow, journeys, epochMillis,
                touchpointOfRow, ids.length, ranges);

        ColumnarDiscovery.Edges e = coded.edges();
        ImmutableSortedMap.Builder<Transition, FollowStats> edges = ImmutableSortedMap.orderedBy(BY_PAIR);
        for (int g = 0; g < e.count().length; g++) {
            Transition pair = Transition.of(ids[e.from()[g]], ids[e.to()[g]]);
            edges.put(pair, new FollowStats(pair, e.count()[g], e.median()[g], e.p25()[g], e.p75()[g], e.p90()[g]));
        }
        List<Variant> variants = new ArrayList<>(coded.variants().counts().length);
        for (int v = 0; v < coded.variants().counts().length; v++) {
            short[] path = coded.variants().paths()[v];
            String[] names = new String[path.length];
            for (int k = 0; k < path.length; k++) {
                names[k] = ids[path[k]];
            }
            variants.add(new Variant(Arrays.asList(names), coded.variants().counts()[v]));
        }
        return new DirectlyFollowsGraph(edges.buildOrThrow(), named(coded.occurrences(), ids),
                named(coded.starts(), ids), named(coded.ends(), ids), sorted(variants), coded.journeys());
    }

    /**
     * The graph of journeys counted elsewhere, e.g. by a distributed engine: how many journeys took each path, and
     * for each directly-follows pair how many times each gap between its two touchpoints (in whole milliseconds)
     * occurred. It is the graph {@link #of(JourneyLog)} gives for the journeys counted, field for field: starts,
     * ends, occurrences and the number of journeys follow from the paths, the times from the gaps.
     * <pre>{@code
     * DirectlyFollowsGraph.ofCounts(Map.of(List.of("faq", "chat"), 2L),
     *         Map.of(Transition.of("faq", "chat"), Map.of(60_000L, 1L, 120_000L, 1L)));   // faq -> chat 2x 90 s
     * }</pre>
     *
     * @param variants  the number of journeys per path (touchpoint ids in order, at least one), not null
     * @param gapMillis  per pair, the number of times each gap in milliseconds occurred, not null
     * @return the graph, never null
     * @throws IllegalArgumentException if a path is empty, a count is not positive, or the gaps of a pair do not
     *     add up to the times the paths take that pair, naming it
     */
    public static DirectlyFollowsGraph ofCounts(Map<List<String>, Long> variants,
            Map<Transition, ? extends Map<Long, Long>> gapMillis) {
        checkNotNull(variants, "variants");
        checkNotNull(gapMillis, "gapMillis");
        Map<String, Long> occurrences = new TreeMap<>();
        Map<String, Long> starts = new TreeMap<>();
        Map<String, Long> ends = new TreeMap<>();
        Map<Transition, Long> pairs = new HashMap<>();
        List<Variant> unsorted = new ArrayList<>();
        long journeys = 0;
        for (Map.Entry<List<String>, Long> variant : variants.entrySet()) {
            List<String> path = variant.getKey();
            long count = variant.getValue();
            checkArgument(!path.isEmpty() && count > 0, "a variant needs a path and a positive count, was %s %s",
                    path, count);
            for (int i = 0; i < path.size(); i++) {
                occurrences.merge(path.get(i), count, Long::sum);
                if (i > 0) {
                    pairs.merge(Transition.of(path.get(i - 1), path.get(i)), count, Long::sum);
                }
            }
            starts.merge(path.get(0), count, Long::sum);
            ends.merge(path.get(path.size() - 1), count, Long::sum);
            unsorted.add(new Variant(path, count));
            journeys += count;
        }
        if (!pairs.keySet().equals(gapMillis.keySet())) {
            List<Transition> taken = pairs.keySet().stream().sorted(BY_PAIR).toList();
            List<Transition> given = gapMillis.keySet().stream().sorted(BY_PAIR).toList();
            throw new IllegalArgumentException("the gaps must be of the pairs the paths take, " + taken + ", were of "
                    + given);
        }
        ImmutableSortedMap.Builder<Transition, FollowStats> edges = ImmutableSortedMap.orderedBy(BY_PAIR);
        gapMillis.forEach((pair, gaps) -> {
            long n = gaps.values().stream().mapToLong(Long::longValue).sum();
            checkArgument(n == pairs.get(pair), "the paths take %s %s times, its gaps count %s", pair,
                    pairs.get(pair), n);
            double[] seconds = new double[Math.toIntExact(n)];
            int at = 0;
            for (Map.Entry<Long, Long> gap : gaps.entrySet()) {
                double value = dev.rapport.journey.internal.ColumnarDiscovery.seconds(gap.getKey());
                for (long k = gap.getValue(); k > 0; k--) {
                    seconds[at++] = value;
                }
            }
            Map<Integer, Double> q = Quantiles.percentiles().indexes(25, 50, 75, 90).computeInPlace(seconds);
            edges.put(pair, new FollowStats(pair, n, q.get(50), q.get(25), q.get(75), q.get(90)));
        });
        return new DirectlyFollowsGraph(edges.buildOrThrow(), ImmutableSortedMap.copyOf(occurrences),
                ImmutableSortedMap.copyOf(starts), ImmutableSortedMap.copyOf(ends), sorted(unsorted), journeys);
    }

    /** The non-zero counts by touchpoint id. */
    private static ImmutableSortedMap<String, Long> named(long[] counts, String[] ids) {
        ImmutableSortedMap.Builder<String, Long> named = ImmutableSortedMap.naturalOrder();
        for (int code = 0; code < counts.length; code++) {
            if (counts[code] > 0) {
                named.put(ids[code], counts[code]);
            }
        }
        return named.buildOrThrow();
    }

    /** Most frequent first, ties in path order (the ids joined by NUL, compared as strings). */
    private static ImmutableList<Variant> sorted(List<Variant> variants) {
        String[] keys = new String[variants.size()];
        Integer[] order = new Integer[variants.size()];
        for (int v = 0; v < keys.length; v++) {
            keys[v] = String.join("\u0000", variants.get(v).touchpoints());
            order[v] = v;
        }
        Arrays.sort(order, Comparator.<Integer>comparingLong(v -> variants.get(v).count()).reversed()
                .thenComparing(v -> keys[v]));
        ImmutableList.Builder<Variant> sorted = ImmutableList.builderWithExpectedSize(keys.length);
        for (Integer v : order) {
            sorted.add(variants.get(v));
        }
        return sorted.build();
    }

    /** Every directly-follows pair with its count and times, ordered by from and to. */
    public List<FollowStats> edges() {
        return edges.values().asList();
    }

    /** The statistics of one pair, or a count of 0 as an empty optional. */
    public java.util.Optional<FollowStats> edge(String from, String to) {
        return java.util.Optional.ofNullable(edges.get(Transition.of(from, to)));
    }

    /** How many times {@code to} directly followed {@code from}. */
    public long count(String from, String to) {
        FollowStats stats = edges.get(Transition.of(from, to));
        return stats == null ? 0 : stats.count();
    }

    /** The sum of all directly-follows counts: the number of consecutive pairs in all journeys. */
    public long pairs() {
        return edges.values().stream().mapToLong(FollowStats::count).sum();
    }

    /** How many interactions each touchpoint had. */
    public Map<String, Long> occurrences() {
        return occurrences;
    }

    /** How many journeys started at each touchpoint. */
    public Map<String, Long> starts() {
        return starts;
    }

    /** How many journeys ended at each touchpoint. */
    public Map<String, Long> ends() {
        return ends;
    }

    /** The number of journeys. */
    public long journeys() {
        return journeys;
    }

    /** Every path variant, most frequent first (ties in path order). */
    public List<Variant> variants() {
        return variants;
    }

    /** The {@code k} most frequent path variants. */
    public List<Variant> topVariants(int k) {
        checkArgument(k >= 0, "k must not be negative, was %s", k);
        return variants.subList(0, Math.min(k, variants.size()));
    }

    /** Graphviz DOT: one node per touchpoint (with its count), edges labelled with their counts. */
    public String toDot() {
        StringBuilder dot = new StringBuilder("digraph discovered {\n  rankdir=LR;\n  node [shape=box, style=rounded];\n");
        occurrences.forEach((tp, n) -> dot.append("  ").append(Diagrams.dotId(tp)).append(" [label=\"")
                .append(Diagrams.dotEscape(tp)).append("\\n").append(n).append("\"];\n"));
        edges.values().forEach(e -> dot.append("  ").append(Diagrams.dotId(e.transition().from())).append(" -> ")
                .append(Diagrams.dotId(e.transition().to())).append(" [label=\"").append(e.count())
                .append("\", penwidth=").append(penWidth(e.count())).append("];\n"));
        return dot.append("}\n").toString();
    }

    /** A Mermaid flowchart, edges labelled with their counts. */
    public String toMermaid() {
        StringBuilder text = new StringBuilder("flowchart LR\n");
        occurrences.forEach((tp, n) -> text.append("  ").append(Diagrams.mermaidId(tp)).append("[\"")
                .append(Diagrams.mermaidEscape(tp)).append(" (").append(n).append(")\"]\n"));
        edges.values().forEach(e -> text.append("  ").append(Diagrams.mermaidId(e.transition().from()))
                .append(" -->|").append(e.count()).append("| ").append(Diagrams.mermaidId(e.transition().to()))
                .append('\n'));
        return text.toString();
    }

    private String penWidth(long count) {
        long max = edges.values().stream().mapToLong(FollowStats::count).max().orElse(1);
        return String.format(java.util.Locale.ROOT, "%.1f", 1 + 4.0 * count / max);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DirectlyFollowsGraph that && edges.equals(that.edges)
                && occurrences.equals(that.occurrences) && starts.equals(that.starts) && ends.equals(that.ends)
                && variants.equals(that.variants) && journeys == that.journeys;
    }

    @Override
    public int hashCode() {
        return edges.hashCode() * 31 + variants.hashCode();
    }

    /** Returns a readable table: the pairs by count, then the top five variants. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("directly-follows graph of " + journeys + " journeys, " + pairs()
                + " pairs\n");
        edges.values().stream().sorted(Comparator.comparingLong(FollowStats::count).reversed())
                .forEach(e -> text.append("  ").append(e).append('\n'));
        text.append("top variants:");
        topVariants(5).forEach(v -> text.append("\n  ").append(v));
        return text.toString();
    }
}
