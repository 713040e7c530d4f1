package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.rapport.core.Initiator;
import dev.rapport.core.Interaction;
import dev.rapport.core.Outcome;
import dev.rapport.core.ServiceDimension;
import dev.rapport.core.SurveyScores;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

/**
 * Interactions held as primitive columns for metrics over millions of contacts: dictionary-coded touchpoint,
 * channel, customer, case, reason, agent and segment ids ({@code int}), outcome, channel and survey answers
 * ({@code byte}, with {@link #MISSING} for no answer), start time in epoch milliseconds ({@code long}), wait and
 * handling time in whole milliseconds ({@code int}); touchpoint, reason and segment codes are {@code short} (at
 * most 32,766 distinct each), customer, case and agent codes {@code int}: 37 bytes per interaction plus the
 * dictionaries, which are stored as one UTF-8 byte array with an {@code int} offset per distinct id. Each of these
 * dense columns is held in blocks of 32,768 rows (256 KiB for the widest), so that no column is one huge array: with
 * the G1 collector an array over half a heap region is placed in whole regions of its own, and the unused end of the
 * last one is lost (about 4 bytes per interaction at 10 million rows). Survey answers are stored sparsely: the
 * ascending indexes of the rows with any answer ({@code int}) and, for those rows only, one answer byte per question
 * (NPS, CSAT, CES and each rated service dimension).
 * <p>
 * The built-in metrics of {@link Metrics} evaluate over columns in tight loops, split into row ranges run in
 * parallel whose states are merged, optionally grouped by any {@link Dimension}s, and give exactly the same
 * states, hence the same estimates, as the per-object path over the same interactions.
 * <pre>{@code
 * InteractionColumns columns = InteractionColumns.of(interactions);
 * Map<List<String>, Estimate> nps = columns.evaluate(Metrics.nps(), Dimension.TOUCHPOINT, Dimension.CHANNEL);
 * }</pre>
 * This type is immutable and thread-safe; its {@link Builder} is mutable, for use from a single thread.
 */
public final class InteractionColumns {

    /** The code of a missing survey answer, and of a missing optional id (as {@code -1}). */
    public static final byte MISSING = -1;
    /**
     * Rows per range when evaluating in parallel: the rows are cut into {@code ceil(size / CHUNK)} ranges, at most
     * four per core, so a range holds more than half of this (65,537 rows make two ranges of 32,769).
     */
    static final int CHUNK = 1 << 16;
    /** The service dimensions whose ratings are kept as columns (allocated only once a rating is seen). */
    static final List<ServiceDimension> RATED = ServiceDimension.builtIn();

    /** What interactions can be grouped by. */
    public enum Dimension {
        TOUCHPOINT, CHANNEL, OUTCOME, SEGMENT, AGENT, REASON
    }

    /**
     * Rows per block, a power of two. Every dense column is an array of blocks of this many rows (the last block
     * holds the rest): a block of the widest column ({@code long}) is 256 KiB, under half of the smallest G1
     * region, so no column is ever a humongous object whose last region is left part empty.
     */
    static final int BLOCK = 1 << 15;
    /** {@code row >>> BLOCK_SHIFT} is the block of a row. */
    static final int BLOCK_SHIFT = 15;
    /** {@code row & BLOCK_MASK} is the row's index inside its block. */
    static final int BLOCK_MASK = BLOCK - 1;

    final int size;
    // dense columns, as blocks: column[row >>> BLOCK_SHIFT][row & BLOCK_MASK]
    final long[][] timestamp;
    final int[][] waitMillis;
    final int[][] handleMillis;
    final short[][] touchpoint;
    final int[][] customer;
    final int[][] caseId;
    final short[][] reason;
    final int[][] agent;
    final short[][] segment;
    final byte[][] channel;
    final byte[][] outcome;
    final byte[][] initiator;
    /** The rows with any survey answer, ascending; the answer columns below are aligned with it, not with rows. */
    final int[] surveyed;
    final byte[] nps;
    final byte[] csat;
    final byte[] ces;
    /** Per built-in service dimension (in {@link ServiceDimension#builtIn()} order) its 1-5 ratings, or null if none. */
    final byte[][] ratings;
    /**
     * The customers whose id is also some case's id, ascending by customer code, and those cases' codes: under
     * {@code Grouping.BY_CASE} journeys are keyed by id text, so such a customer's contacts without a case belong
     * to that case's journey. Almost always empty.
     */
    final int[] sameIdCustomers;
    final int[] sameIdCases;
    final List<String> touchpoints;
    final List<String> customers;
    final List<String> cases;
    final List<String> reasons;
    final List<String> agents;
    final List<String> segments;
    final List<String> channels;

    private InteractionColumns(Builder b) {
        // full blocks are never written again by the builder, so they are shared; the last one is trimmed
        size = b.size;
        timestamp = trim(b.timestamp, size, Arrays::copyOf);
        waitMillis = trim(b.waitMillis, size, Arrays::copyOf);
        handleMillis = trim(b.handleMillis, size, Arrays::copyOf);
        touchpoint = trim(b.touchpoint, size, Arrays::copyOf);
        customer = trim(b.customer, size, Arrays::copyOf);
        caseId = trim(b.caseId, size, Arrays::copyOf);
        reason = trim(b.reason, size, Arrays::copyOf);
        agent = trim(b.agent, size, Arrays::copyOf);
        segment = trim(b.segment, size, Arrays::copyOf);
        channel = trim(b.channel, size, Arrays::copyOf);
        outcome = trim(b.outcome, size, Arrays::copyOf);
        initiator = trim(b.initiator, size, Arrays::copyOf);
        surveyed = Arrays.copyOf(b.surveyed, b.surveyedCount);
        nps = Arrays.copyOf(b.nps, b.surveyedCount);
        csat = Arrays.copyOf(b.csat, b.surveyedCount);
        ces = Arrays.copyOf(b.ces, b.surveyedCount);
        ratings = new byte[RATED.size()][];
        for (int d = 0; d < ratings.length; d++) {
            ratings[d] = b.ratings[d] == null ? null : Arrays.copyOf(b.ratings[d], b.surveyedCount);
        }
        int[][] sameId = sameIds(b.customers, b.cases);
        sameIdCustomers = sameId[0];
        sameIdCases = sameId[1];
        touchpoints = b.touchpoints.values();
        customers = b.customers.values();
        cases = b.cases.values();
        reasons = b.reasons.values();
        agents = b.agents.values();
        segments = b.segments.values();
        channels = b.channels.values();
    }

    /** The pairs of a customer code and a case code with the same id text, ascending by customer code. */
    private static int[][] sameIds(Dictionary customers, Dictionary cases) {
        List<int[]> pairs = new ArrayList<>();
        boolean byCustomer = customers.size() <= cases.size();
        Dictionary probe = byCustomer ? customers : cases;
        Dictionary index = byCustomer ? cases : customers;
        for (int code = 0; code < probe.size(); code++) {
            int other = index.find(probe.value(code));
            if (other >= 0) {
                pairs.add(byCustomer ? new int[] {code, other} : new int[] {other, code});
            }
        }
        pairs.sort((x, y) -> Integer.compare(x[0], y[0]));
        return new int[][] {pairs.stream().mapToInt(p -> p[0]).toArray(), pairs.stream().mapToInt(p -> p[1]).toArray()};
    }

    /** The first blocks of a builder's column that hold {@code size} rows, the last one cut to its rows. */
    private static <A> A[] trim(A[] blocks, int size, BiFunction<A, Integer, A> copyOf) {
        int count = (size + BLOCK - 1) >>> BLOCK_SHIFT;
        A[] result = Arrays.copyOf(blocks, count);
        if (count > 0) {
            result[count - 1] = copyOf.apply(result[count - 1], size - ((count - 1) << BLOCK_SHIFT));
        }
        return result;
    }

    /** Columns holding the given interactions, in order. */
    public static InteractionColumns of(Iterable<Interaction> interactions) {
        Builder builder = builder();
        for (Interaction interaction : checkNotNull(interactions, "interactions")) {
            builder.add(interaction);
        }
        return builder.build();
    }

    /** A builder that appends interactions row by row. */
    public static Builder builder() {
        return new Builder();
    }

    /** The number of interactions (rows). */
    public int size() {
        return size;
    }

    /** The index in {@link #surveyed} of the first surveyed row at or after {@code row}. */
    int firstSurveyed(int row) {
        int i = Arrays.binarySearch(surveyed, row);
        return i >= 0 ? i : -i - 1;
    }

    /** A loop body over part of one block: indexes {@code [lo, hi)} of block {@code block}. */
    @FunctionalInterface
    interface BlockLoop {
        /**
         * @param block  the block index
         * @param lo  the first index inside the block
         * @param hi  the index after the last one inside the block
         * @param offset  what to add to an index inside the block to get the row's offset from the range start
         */
        void run(int block, int lo, int hi, int offset);
    }

    /** Runs {@code loop} over rows {@code [from, to)}, once per block they lie in, in row order. */
    static void forBlocks(int from, int to, BlockLoop loop) {
        for (int row = from; row < to; ) {
            int stop = Math.min(to, (row | BLOCK_MASK) + 1);
            int lo = row & BLOCK_MASK;
            loop.run(row >>> BLOCK_SHIFT, lo, lo + stop - row, row - from - lo);
            row = stop;
        }
    }

    /** The number of blocks of every dense column. */
    int blocks() {
        return (size + BLOCK - 1) >>> BLOCK_SHIFT;
    }

    /** Every row's start time in epoch milliseconds, as one flat array the caller may change (a copy). */
    long[] flatTimestamps() {
        return flat(timestamp, new long[size]);
    }

    /** Every row's touchpoint code (an index into {@link #touchpoints}), as one flat array (a copy). */
    short[] flatTouchpoints() {
        return flat(touchpoint, new short[size]);
    }

    /** Every row's customer code (an index into {@link #customers}), as one flat array (a copy). */
    int[] flatCustomers() {
        return flat(customer, new int[size]);
    }

    /** Every row's case code (an index into {@link #cases}, {@code -1} for none), as one flat array (a copy). */
    int[] flatCases() {
        return flat(caseId, new int[size]);
    }

    /** Copies a column's blocks, in parallel, into {@code flat}, a primitive array of {@link #size} elements. */
    private <A> A flat(A[] blocks, A flat) {
        IntStream.range(0, blocks.length).parallel().forEach(b -> System.arraycopy(blocks[b], 0, flat,
                b << BLOCK_SHIFT, java.lang.reflect.Array.getLength(blocks[b])));
        return flat;
    }

    /**
     * Discovers the directly-follows graph of the journeys in these columns, without an {@code Interaction} per
     * row: the same graph as {@code DirectlyFollowsGraph.of(JourneyLog.of(interactions, grouping))} for the
     * interactions they hold (times as the columns hold them, in whole milliseconds), computed over the columns in
     * parallel by {@link dev.rapport.journey.DirectlyFollowsGraph#ofColumns}.
     * <pre>{@code
     * DirectlyFollowsGraph dfg = columns.directlyFollows(Grouping.BY_CASE);
     * }</pre>
     *
     * @param grouping  one journey per case id (the customer id for interactions without a case), or per
     *     customer id; not null
     * @return the graph, never null
     */
    public dev.rapport.journey.DirectlyFollowsGraph directlyFollows(dev.rapport.journey.Grouping grouping) {
        return ColumnarJourneys.directlyFollows(this, grouping);
    }

    /** A duration in seconds as whole milliseconds, the unit of every duration metric on either path. */
    static int toMillis(double seconds, String what) {
        long millis = Math.round(seconds * 1000);
        checkArgument(millis <= Integer.MAX_VALUE, "%s must be at most %s ms, was %s s", what, Integer.MAX_VALUE,
                seconds);
        return (int) millis;
    }

    //-----------------------------------------------------------------------
    /**
     * Evaluates a built-in metric over all rows.
     *
     * @throws IllegalArgumentException if the metric has no columnar form (it is not from {@link Metrics})
     */
    public <S> Estimate evaluate(Metric<Interaction, S, Estimate> metric) {
        if (metric instanceof CaseMetric cases) {
            return new Issues(this, cases.policy()).share(cases.isFcr()).estimate();
        }
        if (metric instanceof CaseTimeMetric times) {
            CaseTimeArrays arrays = new CaseTimeArrays(this, times.policy());
            return times.finish(arrays.first, arrays.wait, arrays.resolved, arrays.first.length);
        }
        Map<List<String>, S> states = accumulate(metric);
        return metric.finish(states.isEmpty() ? metric.empty() : states.get(List.of()));
    }

    /**
     * Evaluates a built-in metric per group of the given dimensions; a group appears if it has at least one row.
     * The keys are the dimension values in the order given (an absent optional id is {@code ""}).
     */
    public <S> ImmutableMap<List<String>, Estimate> evaluate(Metric<Interaction, S, Estimate> metric,
            Dimension... dimensions) {
        if ((metric instanceof CaseMetric || metric instanceof CaseTimeMetric) && dimensions.length == 0) {
            return ImmutableMap.of(List.of(), evaluate(metric));
        }
        ImmutableMap.Builder<List<String>, Estimate> result = ImmutableMap.builder();
        accumulate(metric, dimensions).forEach((key, state) -> result.put(key, metric.finish(state)));
        return result.buildOrThrow();
    }

    /**
     * Accumulates a built-in metric's states per group, to be merged with states from elsewhere (another shard,
     * the per-object path) or finished later.
     */
    public <S> ImmutableMap<List<String>, S> accumulate(Metric<Interaction, S, Estimate> metric,
            Dimension... dimensions) {
        return accumulateAll(List.of(checkNotNull(metric, "metric")), dimensions).states(metric);
    }

    /**
     * Accumulates several built-in metrics per group in one pass: each row range is coded into groups once and
     * every metric's kernel runs over it, so a scorecard of many metrics costs little more than its widest metric.
     * The states are exactly those of {@link #accumulate(Metric, Dimension...)} for each metric alone. Metrics over
     * issues or cases ({@link Metrics#fcr()}, resolution times, ...) can only be accumulated without dimensions.
     * <pre>{@code
     * GroupedStates s = columns.accumulateAll(List.of(Metrics.nps(), Metrics.waitMean()), Dimension.TOUCHPOINT);
     * Map<List<String>, NetPromoterScore> nps = s.states(Metrics.nps());
     * }</pre>
     *
     * @throws IllegalArgumentException if a metric has no columnar form (it is not from {@link Metrics}), is over
     *     issues or cases and dimensions are given, or two metrics share a name
     */
    public GroupedStates accumulateAll(List<? extends Metric<Interaction, ?, Estimate>> metrics,
            Dimension... dimensions) {
        checkNotNull(metrics, "metrics");
        checkNotNull(dimensions, "dimensions");
        ImmutableList<Metric<Interaction, ?, Estimate>> all = ImmutableList.copyOf(metrics);
        java.util.Set<String> names = new java.util.HashSet<>();
        List<BuiltInMetric<?>> fused = new ArrayList<>();
        for (Metric<Interaction, ?, Estimate> metric : all) {
            checkArgument(names.add(metric.name()), "metric '%s' is listed twice", metric.name());
            if (metric instanceof CaseMetric || metric instanceof CaseTimeMetric) {
                checkArgument(dimensions.length == 0, "metric '%s' is over %s and cannot be grouped by %s",
                        metric.name(), metric instanceof CaseMetric ? "issues" : "cases", Arrays.toString(dimensions));
            } else {
                checkArgument(metric instanceof BuiltInMetric, "metric '%s' has no columnar form", metric.name());
                fused.add((BuiltInMetric<?>) metric);
            }
        }
        Grouping grouping = new Grouping(this, dimensions);
        Object[][] merged = fusedPass(fused, grouping);
        List<ImmutableMap<List<String>, ?>> states = new ArrayList<>();
        int next = 0;
        for (Metric<Interaction, ?, Estimate> metric : all) {
            if (metric instanceof CaseMetric cases) {
                states.add(ImmutableMap.of(List.of(), new Issues(this, cases.policy()).counts()));
            } else if (metric instanceof CaseTimeMetric times) {
                states.add(ImmutableMap.of(List.of(), new CaseTimeArrays(this, times.policy()).state()));
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
     * rows. A few large ranges rather than one per {@link #CHUNK} rows: each range keeps one mutable accumulator per
     * group and metric (a histogram for a distribution), and merges are few.
     */
    private Object[][] fusedPass(List<BuiltInMetric<?>> metrics, Grouping grouping) {
        if (size == 0 || metrics.isEmpty()) {
            return null;
        }
        int parts = Math.max(1, Math.min((size + CHUNK - 1) / CHUNK,
                4 * Runtime.getRuntime().availableProcessors()));
        int step = (size + parts - 1) / parts;
        return IntStream.range(0, parts).parallel().mapToObj(part -> {
            int from = part * step;
            int to = Math.min(size, from + step);
            int[] groups = grouping.groupsOf(from, to);
            Object[][] states = new Object[metrics.size()][];
            for (int m = 0; m < states.length; m++) {
                states[m] = metrics.get(m).kernel().accumulate(this, from, to, groups, grouping.count);
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
        private final InteractionColumns c;
        private final FcrPolicy policy;
        private final int[][] issueOfRow;
        private final List<String> keys;
        final long[] first;
        final byte[] firstOutcome;
        final long[] second;

        Issues(InteractionColumns c, FcrPolicy policy) {
            this.c = c;
            this.policy = policy;
            IssueCodes codes = IssueCodes.of(c, policy);
            boolean[] channelCounts = codes.channelCounts();
            issueOfRow = codes.ofRow();
            keys = codes.keys();
            int issues = keys.size();
            int blocks = c.blocks();
            int parts = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), c.size / CHUNK));
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

        /** The state form, keyed by issue name; built only when states are asked for. */
        CaseContacts counts() {
            Map<String, CaseContacts.Issue> issues = new HashMap<>();
            Outcome[] outcomes = Outcome.values();
            for (int i = 0; i < first.length; i++) {
                if (first[i] != Long.MAX_VALUE) {
                    issues.put(keys.get(i), new CaseContacts.Issue(first[i], outcomes[firstOutcome[i]],
                            second[i] == Long.MAX_VALUE ? null : second[i]));
                }
            }
            return CaseContacts.of(issues);
        }
    }

    /**
     * The issue of each row under a policy as a dense code ({@code -1}: no issue), the issue keys by code, and
     * whether each channel code counts.
     */
    record IssueCodes(int[][] ofRow, List<String> keys, boolean[] channelCounts) {
        static IssueCodes of(InteractionColumns c, FcrPolicy policy) {
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

        CaseTimeArrays(InteractionColumns c, FcrPolicy policy) {
            codes = IssueCodes.of(c, policy);
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
                    if (t < first[i] || t == first[i] && w < wait[i]) {
                        first[i] = t;
                        wait[i] = w;
                    }
                    if (outcome[r] == resolvedCode) {
                        resolved[i] = Math.min(resolved[i], t + w + handleMillis[r]);
                    }
                }
            }
        }

        /** The state form, keyed by case name; built only when states are asked for. */
        CaseTimes state() {
            Map<String, CaseTimes.Case> cases = new HashMap<>();
            for (int i = 0; i < first.length; i++) {
                if (first[i] != CaseTimeMetric.OPEN) {
                    cases.put(codes.keys().get(i), new CaseTimes.Case(first[i], wait[i],
                            resolved[i] == CaseTimeMetric.OPEN ? null : resolved[i]));
                }
            }
            return CaseTimes.of(cases);
        }
    }

    //-----------------------------------------------------------------------
    /** Row-to-group coding by mixed radix over the dictionary codes (absent = 0, present = code + 1). */
    static final class Grouping {
        final InteractionColumns columns;
        final Dimension[] dimensions;
        final int[] radix;
        final int count;

        Grouping(InteractionColumns columns, Dimension... dimensions) {
            this.columns = columns;
            this.dimensions = checkNotNull(dimensions, "dimensions").clone();
            radix = new int[dimensions.length];
            long total = 1;
            for (int d = 0; d < dimensions.length; d++) {
                radix[d] = dictionary(checkNotNull(dimensions[d], "dimension")).size() + 1;
                total *= radix[d];
            }
            checkArgument(total <= 1 << 24, "grouping by %s gives %s possible groups, more than %s",
                    Arrays.toString(dimensions), total, 1 << 24);
            count = (int) total;
        }

        private List<String> dictionary(Dimension dimension) {
            switch (dimension) {
                case TOUCHPOINT: return columns.touchpoints;
                case CHANNEL: return columns.channels;
                case OUTCOME: return OUTCOMES;
                case SEGMENT: return columns.segments;
                case AGENT: return columns.agents;
                case REASON: return columns.reasons;
                default: throw new AssertionError(dimension);
            }
        }

        int[] groupsOf(int from, int to) {
            int[] groups = new int[to - from];
            for (int d = 0; d < dimensions.length; d++) {
                int r = radix[d];
                switch (dimensions[d]) {
                    case TOUCHPOINT: code(groups, columns.touchpoint, from, r); break;
                    case CHANNEL: code(groups, columns.channel, from, r); break;
                    case OUTCOME: code(groups, columns.outcome, from, r); break;
                    case SEGMENT: code(groups, columns.segment, from, r); break;
                    case AGENT: code(groups, columns.agent, from, r); break;
                    case REASON: code(groups, columns.reason, from, r); break;
                    default: throw new AssertionError(dimensions[d]);
                }
            }
            return groups;
        }

        // one loop per column type, over the blocks that rows [from, from + groups.length) lie in

        private static void code(int[] groups, int[][] column, int from, int radix) {
            forBlocks(from, from + groups.length, (b, lo, hi, g0) -> {
                int[] block = column[b];
                for (int i = lo; i < hi; i++) {
                    groups[g0 + i] = groups[g0 + i] * radix + block[i] + 1;
                }
            });
        }

        private static void code(int[] groups, short[][] column, int from, int radix) {
            forBlocks(from, from + groups.length, (b, lo, hi, g0) -> {
                short[] block = column[b];
                for (int i = lo; i < hi; i++) {
                    groups[g0 + i] = groups[g0 + i] * radix + block[i] + 1;
                }
            });
        }

        private static void code(int[] groups, byte[][] column, int from, int radix) {
            forBlocks(from, from + groups.length, (b, lo, hi, g0) -> {
                byte[] block = column[b];
                for (int i = lo; i < hi; i++) {
                    groups[g0 + i] = groups[g0 + i] * radix + (block[i] & 0xFF) + 1;
                }
            });
        }

        List<String> key(int group) {
            String[] parts = new String[dimensions.length];
            for (int d = dimensions.length - 1; d >= 0; d--) {
                int code = group % radix[d] - 1;
                group /= radix[d];
                parts[d] = code < 0 ? "" : dictionary(dimensions[d]).get(code);
            }
            return List.of(parts);
        }
    }

    static final ImmutableList<String> OUTCOMES = Arrays.stream(Outcome.values())
            .map(o -> o.name().toLowerCase(java.util.Locale.ROOT)).collect(ImmutableList.toImmutableList());

    /** The key of one interaction for the given dimensions, as {@link #evaluate(Metric, Dimension...)} names it. */
    public static List<String> keyOf(Interaction interaction, Dimension... dimensions) {
        String[] parts = new String[dimensions.length];
        for (int d = 0; d < dimensions.length; d++) {
            switch (dimensions[d]) {
                case TOUCHPOINT: parts[d] = interaction.touchpoint(); break;
                case CHANNEL: parts[d] = interaction.channel().id(); break;
                case OUTCOME: parts[d] = OUTCOMES.get(interaction.outcome().ordinal()); break;
                case SEGMENT: parts[d] = interaction.segment().orElse(""); break;
                case AGENT: parts[d] = interaction.agent().orElse(""); break;
                case REASON: parts[d] = interaction.reason().orElse(""); break;
                default: throw new AssertionError(dimensions[d]);
            }
        }
        return List.of(parts);
    }

    /**
     * Appends interactions, or their fields, row by row. Mutable, for use from a single thread; {@link #build()}
     * may be called repeatedly.
     */
    public static final class Builder {
        private static final int FIRST_CAPACITY = 1024;

        private int size;
        /** The capacity of the last block of every column (it grows by doubling up to {@link #BLOCK}). */
        private int capacity;
        private long[][] timestamp = new long[8][];
        private int[][] waitMillis = new int[8][];
        private int[][] handleMillis = new int[8][];
        private short[][] touchpoint = new short[8][];
        private int[][] customer = new int[8][];
        private int[][] caseId = new int[8][];
        private short[][] reason = new short[8][];
        private int[][] agent = new int[8][];
        private short[][] segment = new short[8][];
        private byte[][] channel = new byte[8][];
        private byte[][] outcome = new byte[8][];
        private byte[][] initiator = new byte[8][];
        private int surveyedCount;
        private int[] surveyed = new int[256];
        private byte[] nps = new byte[256];
        private byte[] csat = new byte[256];
        private byte[] ces = new byte[256];
        private final byte[][] ratings = new byte[RATED.size()][];
        private final Dictionary touchpoints = new Dictionary();
        private final Dictionary customers = new Dictionary();
        private final Dictionary cases = new Dictionary();
        private final Dictionary reasons = new Dictionary();
        private final Dictionary agents = new Dictionary();
        private final Dictionary segments = new Dictionary();
        private final Dictionary channels = new Dictionary();

        private Builder() {
        }

        /** Appends one interaction. */
        public Builder add(Interaction interaction) {
            checkNotNull(interaction, "interaction");
            addCoded(epochMillis(interaction), toMillis(interaction.waitSeconds(), "wait"),
                    toMillis(interaction.handleSeconds(), "handling time"), touchpointCode(interaction.touchpoint()),
                    customerCode(interaction.customerId()), interaction.caseId().map(this::caseCode).orElse(-1),
                    interaction.reason().map(this::reasonCode).orElse(-1),
                    interaction.agent().map(this::agentCode).orElse(-1),
                    interaction.segment().map(this::segmentCode).orElse(-1),
                    channelCode(interaction.channel().id()), interaction.outcome().ordinal(),
                    interaction.initiator() == Initiator.COMPANY ? 1 : 0);
            SurveyScores survey = interaction.survey();
            if (survey.nps().isPresent() || survey.csat().isPresent() || survey.ces().isPresent()
                    || !survey.ratings().isEmpty()) {
                addSurvey(survey);
            }
            return this;
        }

        private static long epochMillis(Interaction interaction) {
            try {
                return interaction.timestamp().toEpochMilli();
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("interaction '" + interaction.interactionId() + "' has timestamp "
                        + interaction.timestamp() + ", beyond what epoch milliseconds hold", e);
            }
        }

        //-------------------------------------------------------------------
        // the coded path, for importers that code values themselves (no Interaction per row)

        /** The code of a touchpoint id in these columns, assigning the next one if it is new. */
        int touchpointCode(String id) {
            return small(touchpoints.code(id), "touchpoints");
        }

        int customerCode(String id) {
            return customers.code(id);
        }

        int caseCode(String id) {
            return cases.code(id);
        }

        int reasonCode(String id) {
            return small(reasons.code(id), "contact reasons");
        }

        int agentCode(String id) {
            return agents.code(id);
        }

        int segmentCode(String id) {
            return small(segments.code(id), "segments");
        }

        /** The code of a channel id; at most 255 channels. */
        int channelCode(String id) {
            int code = channels.code(id);
            checkArgument(code < 255, "columns hold at most 255 channels, this is the 256th: '%s'", id);
            return code;
        }

        /**
         * Appends one row of codes from the methods above ({@code -1} for an absent case, reason, agent or
         * segment); {@code outcome} is an {@link Outcome} ordinal, {@code initiator} 1 if the company started the
         * contact, else 0. The caller has checked the values.
         */
        void addCoded(long timestampMillis, int waitMillis, int handleMillis, int touchpointCode, int customerCode,
                int caseCode, int reasonCode, int agentCode, int segmentCode, int channelCode, int outcomeOrdinal,
                int initiatorCode) {
            int i = size & BLOCK_MASK;
            if (i == 0 || i == capacity) {
                makeRoom();
            }
            int b = size >>> BLOCK_SHIFT;
            timestamp[b][i] = timestampMillis;
            this.waitMillis[b][i] = waitMillis;
            this.handleMillis[b][i] = handleMillis;
            touchpoint[b][i] = (short) touchpointCode;
            customer[b][i] = customerCode;
            caseId[b][i] = caseCode;
            reason[b][i] = (short) reasonCode;
            agent[b][i] = agentCode;
            segment[b][i] = (short) segmentCode;
            channel[b][i] = (byte) channelCode;
            outcome[b][i] = (byte) outcomeOrdinal;
            initiator[b][i] = (byte) initiatorCode;
            size++;
        }

        /**
         * Gives the last appended row its survey answers ({@link #MISSING} where not answered): NPS 0-10, CSAT
         * and CES as given, and one rating per {@link ServiceDimension#builtIn() built-in dimension} in that order
         * ({@code null} for none). Call at most once per row, right after {@link #addCoded}.
         */
        void addSurveyCoded(int nps, int csat, int ces, int[] ratingsByBuiltIn) {
            checkState(size > 0, "no row to attach survey answers to");
            if (surveyedCount == surveyed.length) {
                growSurveyed();
            }
            int i = surveyedCount;
            surveyed[i] = size - 1;
            this.nps[i] = (byte) nps;
            this.csat[i] = (byte) csat;
            this.ces[i] = (byte) ces;
            if (ratingsByBuiltIn != null) {
                for (int d = 0; d < ratings.length; d++) {
                    if (ratingsByBuiltIn[d] != MISSING) {
                        rating(d)[i] = (byte) ratingsByBuiltIn[d];
                    }
                }
            }
            surveyedCount++;
        }

        private byte[] rating(int d) {
            if (ratings[d] == null) {
                ratings[d] = new byte[surveyed.length];
                Arrays.fill(ratings[d], MISSING);
            }
            return ratings[d];
        }

        private void addSurvey(SurveyScores survey) {
            int[] byDimension = null;
            for (int d = 0; d < ratings.length; d++) {
                OptionalInt rating = survey.rating(RATED.get(d));
                if (rating.isPresent()) {
                    if (byDimension == null) {
                        byDimension = new int[ratings.length];
                        Arrays.fill(byDimension, MISSING);
                    }
                    byDimension[d] = rating.getAsInt();
                }
            }
            addSurveyCoded(survey.nps().orElse(MISSING), survey.csat().orElse(MISSING), survey.ces().orElse(MISSING),
                    byDimension);
        }

        private void growSurveyed() {
            int capacity = Math.addExact(surveyedCount, Math.max(256, surveyedCount >> 1));
            surveyed = Arrays.copyOf(surveyed, capacity);
            nps = Arrays.copyOf(nps, capacity);
            csat = Arrays.copyOf(csat, capacity);
            ces = Arrays.copyOf(ces, capacity);
            for (int d = 0; d < ratings.length; d++) {
                if (ratings[d] != null) {
                    int old = ratings[d].length;
                    ratings[d] = Arrays.copyOf(ratings[d], capacity);
                    Arrays.fill(ratings[d], old, capacity, MISSING);
                }
            }
        }

        private static short small(int code, String what) {
            checkArgument(code < Short.MAX_VALUE, "columns hold at most %s distinct %s", Short.MAX_VALUE - 1, what);
            return (short) code;
        }

        /** Starts a new block (small for the first, whole after), or doubles the last one while it is small. */
        private void makeRoom() {
            int b = size >>> BLOCK_SHIFT;
            if ((size & BLOCK_MASK) == 0) {
                if (b == timestamp.length) {
                    int outer = Math.addExact(b, b);
                    timestamp = Arrays.copyOf(timestamp, outer);
                    waitMillis = Arrays.copyOf(waitMillis, outer);
                    handleMillis = Arrays.copyOf(handleMillis, outer);
                    touchpoint = Arrays.copyOf(touchpoint, outer);
                    customer = Arrays.copyOf(customer, outer);
                    caseId = Arrays.copyOf(caseId, outer);
                    reason = Arrays.copyOf(reason, outer);
                    agent = Arrays.copyOf(agent, outer);
                    segment = Arrays.copyOf(segment, outer);
                    channel = Arrays.copyOf(channel, outer);
                    outcome = Arrays.copyOf(outcome, outer);
                    initiator = Arrays.copyOf(initiator, outer);
                }
                capacity = b == 0 ? FIRST_CAPACITY : BLOCK;
                timestamp[b] = new long[capacity];
                waitMillis[b] = new int[capacity];
                handleMillis[b] = new int[capacity];
                touchpoint[b] = new short[capacity];
                customer[b] = new int[capacity];
                caseId[b] = new int[capacity];
                reason[b] = new short[capacity];
                agent[b] = new int[capacity];
                segment[b] = new short[capacity];
                channel[b] = new byte[capacity];
                outcome[b] = new byte[capacity];
                initiator[b] = new byte[capacity];
            } else {
                capacity = Math.min(BLOCK, capacity * 2);
                timestamp[b] = Arrays.copyOf(timestamp[b], capacity);
                waitMillis[b] = Arrays.copyOf(waitMillis[b], capacity);
                handleMillis[b] = Arrays.copyOf(handleMillis[b], capacity);
                touchpoint[b] = Arrays.copyOf(touchpoint[b], capacity);
                customer[b] = Arrays.copyOf(customer[b], capacity);
                caseId[b] = Arrays.copyOf(caseId[b], capacity);
                reason[b] = Arrays.copyOf(reason[b], capacity);
                agent[b] = Arrays.copyOf(agent[b], capacity);
                segment[b] = Arrays.copyOf(segment[b], capacity);
                channel[b] = Arrays.copyOf(channel[b], capacity);
                outcome[b] = Arrays.copyOf(outcome[b], capacity);
                initiator[b] = Arrays.copyOf(initiator[b], capacity);
            }
        }

        /** The columns of everything appended so far, trimmed to size. */
        public InteractionColumns build() {
            return new InteractionColumns(this);
        }
    }
}
