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
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/**
 * Interactions held as primitive columns for metrics over millions of contacts: dictionary-coded touchpoint,
 * channel, customer, case, reason, agent and segment ids ({@code int}), outcome, channel and survey answers
 * ({@code byte}, with {@link #MISSING} for no answer), start time in epoch milliseconds ({@code long}), wait and
 * handling time in whole milliseconds ({@code int}); touchpoint, reason and segment codes are {@code short} (at
 * most 32,766 distinct each), customer, case and agent codes {@code int}: 37 bytes per interaction plus the
 * dictionaries, which are stored as one UTF-8 byte array with an {@code int} offset per distinct id. Survey answers
 * are stored sparsely: the ascending indexes of the rows with any answer ({@code int}) and, for those rows only, one
 * answer byte per question (NPS, CSAT, CES and each rated service dimension).
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
    /** Rows per range when evaluating in parallel, at least. */
    static final int CHUNK = 1 << 16;
    /** The service dimensions whose ratings are kept as columns (allocated only once a rating is seen). */
    static final List<ServiceDimension> RATED = ServiceDimension.builtIn();

    /** What interactions can be grouped by. */
    public enum Dimension {
        TOUCHPOINT, CHANNEL, OUTCOME, SEGMENT, AGENT, REASON
    }

    final int size;
    final long[] timestamp;
    final int[] waitMillis;
    final int[] handleMillis;
    final short[] touchpoint;
    final int[] customer;
    final int[] caseId;
    final short[] reason;
    final int[] agent;
    final short[] segment;
    final byte[] channel;
    final byte[] outcome;
    final byte[] initiator;
    /** The rows with any survey answer, ascending; the answer columns below are aligned with it, not with rows. */
    final int[] surveyed;
    final byte[] nps;
    final byte[] csat;
    final byte[] ces;
    /** Per built-in service dimension (in {@link ServiceDimension#builtIn()} order) its 1-5 ratings, or null if none. */
    final byte[][] ratings;
    final List<String> touchpoints;
    final List<String> customers;
    final List<String> cases;
    final List<String> reasons;
    final List<String> agents;
    final List<String> segments;
    final List<String> channels;

    private InteractionColumns(Builder b) {
        size = b.size;
        timestamp = Arrays.copyOf(b.timestamp, size);
        waitMillis = Arrays.copyOf(b.waitMillis, size);
        handleMillis = Arrays.copyOf(b.handleMillis, size);
        touchpoint = Arrays.copyOf(b.touchpoint, size);
        customer = Arrays.copyOf(b.customer, size);
        caseId = Arrays.copyOf(b.caseId, size);
        reason = Arrays.copyOf(b.reason, size);
        agent = Arrays.copyOf(b.agent, size);
        segment = Arrays.copyOf(b.segment, size);
        channel = Arrays.copyOf(b.channel, size);
        outcome = Arrays.copyOf(b.outcome, size);
        initiator = Arrays.copyOf(b.initiator, size);
        surveyed = Arrays.copyOf(b.surveyed, b.surveyedCount);
        nps = Arrays.copyOf(b.nps, b.surveyedCount);
        csat = Arrays.copyOf(b.csat, b.surveyedCount);
        ces = Arrays.copyOf(b.ces, b.surveyedCount);
        ratings = new byte[RATED.size()][];
        for (int d = 0; d < ratings.length; d++) {
            ratings[d] = b.ratings[d] == null ? null : Arrays.copyOf(b.ratings[d], b.surveyedCount);
        }
        touchpoints = b.touchpoints.values();
        customers = b.customers.values();
        cases = b.cases.values();
        reasons = b.reasons.values();
        agents = b.agents.values();
        segments = b.segments.values();
        channels = b.channels.values();
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

    /** Every row's start time in epoch milliseconds, as one flat array the caller may change (a copy). */
    long[] flatTimestamps() {
        return timestamp.clone();
    }

    /** Every row's touchpoint code (an index into {@link #touchpoints}), as one flat array (a copy). */
    short[] flatTouchpoints() {
        return touchpoint.clone();
    }

    /** Every row's customer code (an index into {@link #customers}), as one flat array (a copy). */
    int[] flatCustomers() {
        return customer.clone();
    }

    /** Every row's case code (an index into {@link #cases}, {@code -1} for none), as one flat array (a copy). */
    int[] flatCases() {
        return caseId.clone();
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
    @SuppressWarnings("unchecked")
    public <S> ImmutableMap<List<String>, S> accumulate(Metric<Interaction, S, Estimate> metric,
            Dimension... dimensions) {
        checkNotNull(metric, "metric");
        if (metric instanceof CaseMetric cases) {
            checkArgument(dimensions.length == 0, "metric '%s' is over issues and cannot be grouped by %s",
                    metric.name(), Arrays.toString(dimensions));
            return ImmutableMap.of(List.of(), (S) new Issues(this, cases.policy()).counts());
        }
        if (metric instanceof CaseTimeMetric times) {
            checkArgument(dimensions.length == 0, "metric '%s' is over cases and cannot be grouped by %s",
                    metric.name(), Arrays.toString(dimensions));
            return ImmutableMap.of(List.of(), (S) new CaseTimeArrays(this, times.policy()).state());
        }
        checkArgument(metric instanceof BuiltInMetric, "metric '%s' has no columnar form", metric.name());
        BuiltInMetric<S> builtIn = (BuiltInMetric<S>) metric;
        Grouping grouping = new Grouping(this, dimensions);
        // a few large ranges rather than one per CHUNK rows: each range keeps one mutable accumulator per group
        // (a histogram for a distribution) and merges are few, instead of one immutable state per chunk
        int parts = Math.max(1, Math.min((size + CHUNK - 1) / CHUNK,
                4 * Runtime.getRuntime().availableProcessors()));
        int step = (size + parts - 1) / parts;
        S[] merged = IntStream.range(0, size == 0 ? 0 : parts).parallel().mapToObj(part -> {
            int from = part * step;
            int to = Math.min(size, from + step);
            int[] groups = grouping.groupsOf(from, to);
            return builtIn.kernel().accumulate(this, from, to, groups, grouping.count);
        }).reduce((left, right) -> {
            S[] both = (S[]) Array.newInstance(left.getClass().getComponentType(), left.length);
            for (int g = 0; g < left.length; g++) {
                both[g] = left[g] == null ? right[g] : right[g] == null ? left[g] : builtIn.merge(left[g], right[g]);
            }
            return both;
        }).orElse(null);
        ImmutableMap.Builder<List<String>, S> result = ImmutableMap.builder();
        if (merged != null) {
            for (int g = 0; g < merged.length; g++) {
                if (merged[g] != null) {
                    result.put(grouping.key(g), merged[g]);
                }
            }
        }
        return result.buildOrThrow();
    }

    //-----------------------------------------------------------------------
    /**
     * Each issue's first contact (time, outcome) and second contact time in primitive arrays indexed by a dense
     * issue code, computed in parallel row ranges merged by the rule of {@link CaseContacts.Issue}.
     */
    static final class Issues {
        private final InteractionColumns c;
        private final FcrPolicy policy;
        private final int[] issueOfRow;
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
            int parts = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), c.size / CHUNK));
            int step = (c.size + parts - 1) / Math.max(1, parts);
            long[][][] partial = IntStream.range(0, parts).parallel().mapToObj(p -> {
                long[] f = new long[issues];
                long[] o = new long[issues];
                long[] s = new long[issues];
                Arrays.fill(f, Long.MAX_VALUE);
                Arrays.fill(s, Long.MAX_VALUE);
                int to = Math.min(c.size, (p + 1) * step);
                for (int r = p * step; r < to; r++) {
                    int i = issueOfRow[r];
                    if (i < 0 || !channelCounts[c.channel[r] & 0xFF]) {
                        continue;
                    }
                    long t = c.timestamp[r];
                    int out = c.outcome[r];
                    if (t < f[i] || t == f[i] && out < o[i]) {
                        s[i] = f[i];
                        f[i] = t;
                        o[i] = out;
                    } else if (t < s[i]) {
                        s[i] = t;
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
    record IssueCodes(int[] ofRow, List<String> keys, boolean[] channelCounts) {
        static IssueCodes of(InteractionColumns c, FcrPolicy policy) {
            boolean[] channelCounts = new boolean[c.channels.size()];
            for (int ch = 0; ch < channelCounts.length; ch++) {
                channelCounts[ch] = policy.counts(dev.rapport.core.Channel.of(c.channels.get(ch)));
            }
            if (policy.sameIssue() == FcrPolicy.SameIssue.CASE) {
                return new IssueCodes(c.caseId, c.cases, channelCounts);
            }
            int[] issueOfRow = new int[c.size];
            Map<Long, Integer> codes = new HashMap<>();
            List<String> names = new ArrayList<>();
            for (int r = 0; r < c.size; r++) {
                if (c.reason[r] < 0) {
                    issueOfRow[r] = -1;
                    continue;
                }
                long key = (long) c.customer[r] << 32 | c.reason[r];
                Integer code = codes.get(key);
                if (code == null) {
                    code = names.size();
                    codes.put(key, code);
                    names.add(c.customers.get(c.customer[r]) + "\u0000" + c.reasons.get(c.reason[r]));
                }
                issueOfRow[r] = code;
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
            for (int r = 0; r < c.size; r++) {
                int i = codes.ofRow()[r];
                if (i < 0 || !codes.channelCounts()[c.channel[r] & 0xFF]) {
                    continue;
                }
                long t = c.timestamp[r];
                int w = c.waitMillis[r];
                if (t < first[i] || t == first[i] && w < wait[i]) {
                    first[i] = t;
                    wait[i] = w;
                }
                if (c.outcome[r] == resolvedCode) {
                    resolved[i] = Math.min(resolved[i], t + w + c.handleMillis[r]);
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

        private static void code(int[] groups, int[] column, int from, int radix) {
            for (int i = 0; i < groups.length; i++) {
                groups[i] = groups[i] * radix + column[from + i] + 1;
            }
        }

        private static void code(int[] groups, short[] column, int from, int radix) {
            for (int i = 0; i < groups.length; i++) {
                groups[i] = groups[i] * radix + column[from + i] + 1;
            }
        }

        private static void code(int[] groups, byte[] column, int from, int radix) {
            for (int i = 0; i < groups.length; i++) {
                groups[i] = groups[i] * radix + (column[from + i] & 0xFF) + 1;
            }
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
        private int size;
        private long[] timestamp = new long[1024];
        private int[] waitMillis = new int[1024];
        private int[] handleMillis = new int[1024];
        private short[] touchpoint = new short[1024];
        private int[] customer = new int[1024];
        private int[] caseId = new int[1024];
        private short[] reason = new short[1024];
        private int[] agent = new int[1024];
        private short[] segment = new short[1024];
        private byte[] channel = new byte[1024];
        private byte[] outcome = new byte[1024];
        private byte[] initiator = new byte[1024];
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
            addCoded(interaction.timestamp().toEpochMilli(), toMillis(interaction.waitSeconds(), "wait"),
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
            if (size == timestamp.length) {
                grow();
            }
            int row = size;
            timestamp[row] = timestampMillis;
            this.waitMillis[row] = waitMillis;
            this.handleMillis[row] = handleMillis;
            touchpoint[row] = (short) touchpointCode;
            customer[row] = customerCode;
            caseId[row] = caseCode;
            reason[row] = (short) reasonCode;
            agent[row] = agentCode;
            segment[row] = (short) segmentCode;
            channel[row] = (byte) channelCode;
            outcome[row] = (byte) outcomeOrdinal;
            initiator[row] = (byte) initiatorCode;
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

        private void grow() {
            int capacity = Math.addExact(size, Math.max(1024, size >> 1));
            timestamp = Arrays.copyOf(timestamp, capacity);
            waitMillis = Arrays.copyOf(waitMillis, capacity);
            handleMillis = Arrays.copyOf(handleMillis, capacity);
            touchpoint = Arrays.copyOf(touchpoint, capacity);
            customer = Arrays.copyOf(customer, capacity);
            caseId = Arrays.copyOf(caseId, capacity);
            reason = Arrays.copyOf(reason, capacity);
            agent = Arrays.copyOf(agent, capacity);
            segment = Arrays.copyOf(segment, capacity);
            channel = Arrays.copyOf(channel, capacity);
            outcome = Arrays.copyOf(outcome, capacity);
            initiator = Arrays.copyOf(initiator, capacity);
        }

        /** The columns of everything appended so far, trimmed to size. */
        public InteractionColumns build() {
            return new InteractionColumns(this);
        }
    }
}
