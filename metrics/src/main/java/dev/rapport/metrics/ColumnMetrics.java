package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.rapport.core.Interaction;
import dev.rapport.core.Outcome;
import dev.rapport.data.InteractionColumns;
import dev.rapport.data.InteractionColumns.Column;
import dev.rapport.data.InteractionColumns.Dimension;
import dev.rapport.data.internal.ColumnStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The built-in metrics of {@link Metrics} over {@link InteractionColumns}: tight loops over primitive columns, split
 * into row ranges run in parallel whose states are merged, optionally grouped by any {@link Dimension}s, with exactly
 * the states, hence the same estimates, that the per-object path gives over the same interactions.
 * <pre>{@code
 * InteractionColumns columns = ColumnsReader.strict().csv(Path.of("contacts.csv")).columns();
 * Estimate nps = ColumnMetrics.evaluate(columns, Metrics.nps());
 * Map<List<String>, Estimate> byTouchpoint = ColumnMetrics.evaluate(columns, Metrics.csat(), Dimension.TOUCHPOINT);
 * }</pre>
 * This type has static methods only.
 */
public final class ColumnMetrics {

    private ColumnMetrics() {
    }

    //-----------------------------------------------------------------------
    /**
     * The columns a built-in metric reads: what a {@link dev.rapport.data.ColumnsReader#withColumns projected
     * import} must keep for it. Grouping dimensions and filters read their own columns besides.
     * <pre>{@code
     * Set<Column> needed = ColumnMetrics.columns(Metrics.fcr());   // case, channel, outcome, timestamp
     * }</pre>
     *
     * @param metric  a metric from {@link Metrics}, not null
     * @return the columns, never null
     * @throws IllegalArgumentException if the metric has no columnar form (it is not from {@link Metrics})
     */
    public static Set<Column> columns(Metric<Interaction, ?, Estimate> metric) {
        checkNotNull(metric, "metric");
        if (metric instanceof CaseMetric cases) {
            return issueColumns(cases.policy());
        }
        if (metric instanceof CaseTimeMetric times) {
            Set<Column> columns = EnumSet.copyOf(issueColumns(times.policy()));
            columns.add(Column.WAIT);
            columns.add(Column.HANDLE);
            return Collections.unmodifiableSet(columns);
        }
        checkArgument(metric instanceof BuiltInMetric, "metric '%s' has no columnar form", metric.name());
        return ((BuiltInMetric<?>) metric).kernel().reads();
    }

    /** The columns that recognise issues and their first contacts under a policy. */
    private static Set<Column> issueColumns(FcrPolicy policy) {
        return Collections.unmodifiableSet(policy.sameIssue() == FcrPolicy.SameIssue.CASE
                ? EnumSet.of(Column.CASE, Column.TIMESTAMP, Column.CHANNEL, Column.OUTCOME)
                : EnumSet.of(Column.CUSTOMER, Column.REASON, Column.TIMESTAMP, Column.CHANNEL, Column.OUTCOME));
    }

    /** Checks that the columns hold what the metric reads, naming the metric and the columns missing. */
    private static void require(ColumnStore c, Metric<Interaction, ?, Estimate> metric) {
        c.require(columns(metric), "metric '" + metric.name() + "'");
    }

    /**
     * Evaluates a built-in metric over all rows.
     *
     * @throws IllegalArgumentException if the metric has no columnar form (it is not from {@link Metrics}), or
     *     reads a column that a projected import left out
     */
    public static <S> Estimate evaluate(InteractionColumns columns, Metric<Interaction, S, Estimate> metric) {
        checkNotNull(metric, "metric");
        ColumnStore c = ColumnStore.of(columns);
        require(c, metric);
        if (metric instanceof CaseMetric cases) {
            return new Issues(c, cases.policy(), IssueCodes.of(c, cases.policy())).share(cases.isFcr()).estimate();
        }
        if (metric instanceof CaseTimeMetric times) {
            CaseTimeArrays arrays = new CaseTimeArrays(c, IssueCodes.of(c, times.policy()));
            return times.finish(arrays.first, arrays.wait, arrays.resolved, arrays.first.length);
        }
        Map<List<String>, S> states = accumulate(columns, metric);
        return metric.finish(states.isEmpty() ? metric.empty() : states.get(List.of()));
    }

    /**
     * Evaluates a built-in metric per group of the given dimensions; a group appears if it has at least one row.
     * The keys are the dimension values in the order given (an absent optional id is {@code ""}).
     */
    public static <S> ImmutableMap<List<String>, Estimate> evaluate(InteractionColumns columns,
            Metric<Interaction, S, Estimate> metric, Dimension... dimensions) {
        checkNotNull(metric, "metric");
        if ((metric instanceof CaseMetric || metric instanceof CaseTimeMetric) && dimensions.length == 0) {
            return ImmutableMap.of(List.of(), evaluate(columns, metric));
        }
        ImmutableMap.Builder<List<String>, Estimate> result = ImmutableMap.builder();
        accumulate(columns, metric, dimensions).forEach((key, state) -> result.put(key, metric.finish(state)));
        return result.buildOrThrow();
    }

    /**
     * Accumulates a built-in metric's states per group, to be merged with states from elsewhere (another shard,
     * the per-object path) or finished later.
     */
    public static <S> ImmutableMap<List<String>, S> accumulate(InteractionColumns columns,
            Metric<Interaction, S, Estimate> metric, Dimension... dimensions) {
        return accumulateAll(columns, List.of(checkNotNull(metric, "metric")), dimensions).states(metric);
    }

    /**
     * Accumulates several built-in metrics per group in one pass: each row range is coded into groups once and
     * every metric's kernel runs over it, so a scorecard of many metrics costs little more than its widest metric.
     * The states are exactly those of {@link #accumulate(InteractionColumns, Metric, Dimension...)} for each metric alone. A metric
     * over issues or cases ({@link Metrics#fcr()}, resolution times, ...) is folded within each group, as the
     * per-object path folds it over the group's interactions: an issue whose contacts fall in two groups is one issue
     * in each, with only that group's contacts.
     * <pre>{@code
     * GroupedStates s = ColumnMetrics.accumulateAll(columns, List.of(Metrics.nps(), Metrics.waitMean()), Dimension.TOUCHPOINT);
     * Map<List<String>, NetPromoterScore> nps = s.states(Metrics.nps());
     * }</pre>
     *
     * @throws IllegalArgumentException if a metric has no columnar form (it is not from {@link Metrics}), two
     *     metrics share a name, or a metric or dimension reads a column that a projected import left out
     */
    public static GroupedStates accumulateAll(InteractionColumns columns,
            List<? extends Metric<Interaction, ?, Estimate>> metrics, Dimension... dimensions) {
        ColumnStore c = ColumnStore.of(columns);
        checkNotNull(metrics, "metrics");
        checkNotNull(dimensions, "dimensions");
        ImmutableList<Metric<Interaction, ?, Estimate>> all = ImmutableList.copyOf(metrics);
        java.util.Set<String> names = new java.util.HashSet<>();
        List<BuiltInMetric<?>> fused = new ArrayList<>();
        for (Metric<Interaction, ?, Estimate> metric : all) {
            checkArgument(names.add(metric.name()), "metric '%s' is listed twice", metric.name());
            require(c, metric);
            if (!(metric instanceof CaseMetric || metric instanceof CaseTimeMetric)) {
                checkArgument(metric instanceof BuiltInMetric, "metric '%s' has no columnar form", metric.name());
                fused.add((BuiltInMetric<?>) metric);
            }
        }
        ColumnStore.Groups grouping = new ColumnStore.Groups(c, dimensions);
        Object[][] merged = fusedPass(c, fused, grouping);
        List<ImmutableMap<List<String>, ?>> states = new ArrayList<>();
        int next = 0;
        for (Metric<Interaction, ?, Estimate> metric : all) {
            if (metric instanceof CaseMetric cases) {
                IssueCodes codes = IssueCodes.of(c, cases.policy()).groupedBy(c, grouping);
                states.add(codes.states(new Issues(c, cases.policy(), codes)::issue, CaseContacts::of, grouping));
            } else if (metric instanceof CaseTimeMetric times) {
                IssueCodes codes = IssueCodes.of(c, times.policy()).groupedBy(c, grouping);
                states.add(codes.states(new CaseTimeArrays(c, codes)::caseAt, CaseTimes::of, grouping));
            } else {
                ImmutableMap.Builder<List<String>, Object> byGroup = ImmutableMap.builder();
                Object[] groups = merged == null ? new Object[0] : merged[next];
                for (int g = 0; g < groups.length; g++) {
                    if (groups[g] != null) {
                        byGroup.put(grouping.key(g), groups[g]);
                    }
                }
                next++;
                states.add(byGroup.buildOrThrow());
            }
        }
        return new GroupedStates(ImmutableList.copyOf(dimensions), all, states);
    }

    /**
     * Every fused metric's states per group code ({@code null} where a group has no row), or null if there are no
     * rows. A few large ranges rather than one per {@link ColumnStore#CHUNK} rows: each range keeps one mutable accumulator per
     * group and metric (a histogram for a distribution), and merges are few.
     */
    private static Object[][] fusedPass(ColumnStore c, List<BuiltInMetric<?>> metrics, ColumnStore.Groups grouping) {
        int size = c.size;
        if (size == 0 || metrics.isEmpty()) {
            return null;
        }
        int parts = Math.max(1, Math.min((size + ColumnStore.CHUNK - 1) / ColumnStore.CHUNK,
                4 * Runtime.getRuntime().availableProcessors()));
        int step = (size + parts - 1) / parts;
        return IntStream.range(0, parts).parallel().mapToObj(part -> {
            int from = part * step;
            int to = Math.min(size, from + step);
            int[] groups = grouping.groupsOf(from, to);
            Object[][] states = new Object[metrics.size()][];
            for (int m = 0; m < states.length; m++) {
                states[m] = metrics.get(m).kernel().accumulate(c, from, to, groups, grouping.count);
            }
            return states;
        }).reduce((left, right) -> {
            Object[][] both = new Object[left.length][];
            for (int m = 0; m < both.length; m++) {
                both[m] = mergeGroups(metrics.get(m), left[m], right[m]);
            }
            return both;
        }).orElseThrow();
    }

    @SuppressWarnings("unchecked") // every state of a kernel's array comes from that metric
    private static <S> Object[] mergeGroups(BuiltInMetric<S> metric, Object[] left, Object[] right) {
        Object[] both = left.clone();
        for (int g = 0; g < both.length; g++) {
            if (left[g] == null) {
                both[g] = right[g];
            } else if (right[g] != null) {
                both[g] = metric.merge((S) left[g], (S) right[g]);
            }
        }
        return both;
    }

    //-----------------------------------------------------------------------
    /**
     * Each issue's first contact (time, outcome) and second contact time in primitive arrays indexed by a dense
     * issue code, computed in parallel row ranges merged by the rule of {@link CaseContacts.Issue}.
     */
    static final class Issues {
        private final ColumnStore c;
        private final FcrPolicy policy;
        private final int[][] issueOfRow;
        private final List<String> keys;
        final long[] first;
        final byte[] firstOutcome;
        final long[] second;

        Issues(ColumnStore c, FcrPolicy policy, IssueCodes codes) {
            this.c = c;
            this.policy = policy;
            boolean[] channelCounts = codes.channelCounts();
            issueOfRow = codes.ofRow();
            keys = codes.keys();
            int issues = keys.size();
            int blocks = c.blocks();
            int parts = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), c.size / ColumnStore.CHUNK));
            long[][][] partial = IntStream.range(0, parts).parallel().mapToObj(p -> {
                long[] f = new long[issues];
                long[] o = new long[issues];
                long[] s = new long[issues];
                Arrays.fill(f, Long.MAX_VALUE);
                Arrays.fill(s, Long.MAX_VALUE);
                for (int b = blocks * p / parts; b < blocks * (p + 1) / parts; b++) {
                    int[] issueOf = issueOfRow[b];
                    byte[] channel = c.channel[b];
                    long[] timestamp = c.timestamp[b];
                    byte[] outcome = c.outcome[b];
                    for (int r = 0; r < issueOf.length; r++) {
                        int i = issueOf[r];
                        if (i < 0 || !channelCounts[channel[r] & 0xFF]) {
                            continue;
                        }
                        long t = timestamp[r];
                        int out = outcome[r];
                        if (t < f[i] || t == f[i] && out < o[i]) {
                            s[i] = f[i];
                            f[i] = t;
                            o[i] = out;
                        } else if (t < s[i]) {
                            s[i] = t;
                        }
                    }
                }
                return new long[][] {f, o, s};
            }).toArray(long[][][]::new);
            first = partial[0][0];
            long[] outcomes = partial[0][1];
            second = partial[0][2];
            for (int p = 1; p < parts; p++) {
                long[] f = partial[p][0];
                long[] o = partial[p][1];
                long[] s = partial[p][2];
                for (int i = 0; i < issues; i++) {
                    if (f[i] == Long.MAX_VALUE) {
                        continue;
                    }
                    if (f[i] < first[i] || f[i] == first[i] && o[i] < outcomes[i]) {
                        second[i] = Math.min(s[i], first[i]);
                        first[i] = f[i];
                        outcomes[i] = o[i];
                    } else {
                        second[i] = Math.min(second[i], f[i]);
                    }
                }
            }
            firstOutcome = new byte[issues];
            for (int i = 0; i < issues; i++) {
                firstOutcome[i] = (byte) outcomes[i];
            }
        }

        /** FCR or repeat-contact share straight from the arrays. */
        Proportion share(boolean fcr) {
            long window = policy.window().toMillis();
            long counted = 0;
            long hits = 0;
            byte resolved = (byte) Outcome.RESOLVED.ordinal();
            for (int i = 0; i < first.length; i++) {
                if (first[i] == Long.MAX_VALUE) {
                    continue;
                }
                counted++;
                boolean repeated = second[i] != Long.MAX_VALUE && second[i] - first[i] <= window;
                if (fcr ? firstOutcome[i] == resolved && !repeated : repeated) {
                    hits++;
                }
            }
            return new Proportion(hits, counted);
        }

        /** The state form of issue code {@code i}, or null if no counted contact has it. */
        CaseContacts.Issue issue(int i) {
            return first[i] == Long.MAX_VALUE ? null : new CaseContacts.Issue(first[i],
                    Outcome.values()[firstOutcome[i]], second[i] == Long.MAX_VALUE ? null : second[i]);
        }
    }

    /**
     * The issue of each row under a policy as a dense code ({@code -1}: no issue), the issue keys by code, whether
     * each channel code counts, and, once {@link #groupedBy grouped}, the group of each code and which groups have
     * rows (both null before).
     */
    record IssueCodes(int[][] ofRow, List<String> keys, boolean[] channelCounts, int[] groupOf, boolean[] hasRows) {
        IssueCodes(int[][] ofRow, List<String> keys, boolean[] channelCounts) {
            this(ofRow, keys, channelCounts, null, null);
        }

        static IssueCodes of(ColumnStore c, FcrPolicy policy) {
            boolean[] channelCounts = new boolean[c.channels.size()];
            for (int ch = 0; ch < channelCounts.length; ch++) {
                channelCounts[ch] = policy.counts(dev.rapport.core.Channel.of(c.channels.get(ch)));
            }
            if (policy.sameIssue() == FcrPolicy.SameIssue.CASE) {
                return new IssueCodes(c.caseId, c.cases, channelCounts);
            }
            int[][] issueOfRow = new int[c.blocks()][];
            Map<Long, Integer> codes = new HashMap<>();
            List<String> names = new ArrayList<>();
            for (int b = 0; b < issueOfRow.length; b++) {
                short[] reason = c.reason[b];
                int[] customer = c.customer[b];
                int[] issueOf = new int[reason.length];
                issueOfRow[b] = issueOf;
                for (int r = 0; r < reason.length; r++) {
                    if (reason[r] < 0) {
                        issueOf[r] = -1;
                        continue;
                    }
                    long key = (long) customer[r] << 32 | reason[r];
                    Integer code = codes.get(key);
                    if (code == null) {
                        code = names.size();
                        codes.put(key, code);
                        names.add(c.customers.get(customer[r]) + "\u0000" + c.reasons.get(reason[r]));
                    }
                    issueOf[r] = code;
                }
            }
            return new IssueCodes(issueOfRow, names, channelCounts);
        }

        /**
         * The codes of (group, issue) pairs: each group's contacts on an issue are an issue of their own, as the
         * per-object path folds an issue metric within each group's interactions.
         */
        IssueCodes groupedBy(ColumnStore c, ColumnStore.Groups grouping) {
            boolean[] seen = new boolean[grouping.count];
            if (grouping.dimensions.length == 0) {
                seen[0] = true; // one overall state, as ever, even of no rows
                return new IssueCodes(ofRow, keys, channelCounts, new int[keys.size()], seen);
            }
            int[][] recoded = new int[ofRow.length][];
            Map<Long, Integer> codes = new HashMap<>();
            List<String> names = new ArrayList<>();
            int[] groupOf = new int[16];
            for (int b = 0; b < ofRow.length; b++) {
                int[] issueOf = ofRow[b];
                int[] groups = grouping.groupsOf(b << ColumnStore.BLOCK_SHIFT, (b << ColumnStore.BLOCK_SHIFT)
                        + issueOf.length);
                int[] pairOf = new int[issueOf.length];
                recoded[b] = pairOf;
                for (int r = 0; r < issueOf.length; r++) {
                    int g = groups[r];
                    seen[g] = true;
                    if (issueOf[r] < 0) {
                        pairOf[r] = -1;
                        continue;
                    }
                    long key = (long) g << 32 | issueOf[r];
                    Integer code = codes.get(key);
                    if (code == null) {
                        code = names.size();
                        codes.put(key, code);
                        names.add(keys.get(issueOf[r]));
                        if (code == groupOf.length) {
                            groupOf = Arrays.copyOf(groupOf, code * 2);
                        }
                        groupOf[code] = g;
                    }
                    pairOf[r] = code;
                }
            }
            return new IssueCodes(recoded, names, channelCounts, Arrays.copyOf(groupOf, names.size()), seen);
        }

        /**
         * The states per group of a grouped code set: each group's values (null: no counted contact) by issue key,
         * made into a state; a group with rows but no issue gets the state of none.
         */
        <V, S> ImmutableMap<List<String>, S> states(java.util.function.IntFunction<V> valueOf,
                java.util.function.Function<Map<String, V>, S> state, ColumnStore.Groups grouping) {
            Map<Integer, Map<String, V>> byGroup = new java.util.TreeMap<>();
            for (int g = 0; g < hasRows.length; g++) {
                if (hasRows[g]) {
                    byGroup.put(g, new HashMap<>());
                }
            }
            for (int i = 0; i < groupOf.length; i++) {
                V value = valueOf.apply(i);
                if (value != null) {
                    byGroup.get(groupOf[i]).put(keys.get(i), value);
                }
            }
            ImmutableMap.Builder<List<String>, S> states = ImmutableMap.builder();
            byGroup.forEach((g, values) -> states.put(grouping.key(g), state.apply(values)));
            return states.buildOrThrow();
        }
    }

    /**
     * Each case's first start, first wait and earliest resolving end in primitive arrays indexed by issue code
     * ({@link CaseTimeMetric#OPEN} where there is none), folded by the rule of {@link CaseTimes.Case}.
     */
    static final class CaseTimeArrays {
        final IssueCodes codes;
        final long[] first;
        final long[] wait;
        final long[] resolved;

        CaseTimeArrays(ColumnStore c, IssueCodes codes) {
            this.codes = codes;
            int issues = codes.keys().size();
            first = new long[issues];
            wait = new long[issues];
            resolved = new long[issues];
            Arrays.fill(first, CaseTimeMetric.OPEN);
            Arrays.fill(resolved, CaseTimeMetric.OPEN);
            byte resolvedCode = (byte) Outcome.RESOLVED.ordinal();
            for (int b = 0; b < c.blocks(); b++) {
                int[] issueOf = codes.ofRow()[b];
                byte[] channel = c.channel[b];
                long[] timestamp = c.timestamp[b];
                int[] waitMillis = c.waitMillis[b];
                int[] handleMillis = c.handleMillis[b];
                byte[] outcome = c.outcome[b];
                for (int r = 0; r < issueOf.length; r++) {
                    int i = issueOf[r];
                    if (i < 0 || !codes.channelCounts()[channel[r] & 0xFF]) {
                        continue;
                    }
                    long t = timestamp[r];
                    int w = waitMillis[r];
                    long order = w == ColumnStore.UNKNOWN_MILLIS ? CaseTimeMetric.UNKNOWN_WAIT : w;
                    if (t < first[i] || t == first[i] && order < wait[i]) {
                        first[i] = t;
                        wait[i] = order;
                    }
                    if (outcome[r] == resolvedCode) {
                        resolved[i] = Math.min(resolved[i], t + Math.max(0, w) + Math.max(0, handleMillis[r]));
                    }
                }
            }
        }

        /** The state form of case code {@code i}, or null if no counted contact has it. */
        CaseTimes.Case caseAt(int i) {
            return first[i] == CaseTimeMetric.OPEN ? null
                    : new CaseTimes.Case(first[i], wait[i] == CaseTimeMetric.UNKNOWN_WAIT ? null : wait[i],
                            resolved[i] == CaseTimeMetric.OPEN ? null : resolved[i]);
        }
    }
}
