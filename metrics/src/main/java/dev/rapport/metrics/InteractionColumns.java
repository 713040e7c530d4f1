package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.rapport.core.Initiator;
import dev.rapport.core.Interaction;
import dev.rapport.core.Outcome;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Interactions held as primitive columns for metrics over millions of contacts: dictionary-coded touchpoint,
 * channel, customer, case, reason, agent and segment ids ({@code int}), outcome, channel and survey answers
 * ({@code byte}, with {@link #MISSING} for no answer), start time in epoch milliseconds ({@code long}), wait and
 * handling time in whole milliseconds ({@code int}). About 46 bytes per interaction plus the dictionaries.
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
    /** Rows per range when evaluating in parallel. */
    static final int CHUNK = 1 << 16;

    /** What interactions can be grouped by. */
    public enum Dimension {
        TOUCHPOINT, CHANNEL, OUTCOME, SEGMENT, AGENT, REASON
    }

    final int size;
    final long[] timestamp;
    final int[] waitMillis;
    final int[] handleMillis;
    final int[] touchpoint;
    final int[] customer;
    final int[] caseId;
    final int[] reason;
    final int[] agent;
    final int[] segment;
    final byte[] channel;
    final byte[] outcome;
    final byte[] nps;
    final byte[] csat;
    final byte[] ces;
    final byte[] initiator;
    final ImmutableList<String> touchpoints;
    final ImmutableList<String> customers;
    final ImmutableList<String> cases;
    final ImmutableList<String> reasons;
    final ImmutableList<String> agents;
    final ImmutableList<String> segments;
    final ImmutableList<String> channels;

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
        nps = Arrays.copyOf(b.nps, size);
        csat = Arrays.copyOf(b.csat, size);
        ces = Arrays.copyOf(b.ces, size);
        initiator = Arrays.copyOf(b.initiator, size);
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
        Map<List<String>, S> states = accumulate(metric);
        return metric.finish(states.isEmpty() ? metric.empty() : states.get(List.of()));
    }

    /**
     * Evaluates a built-in metric per group of the given dimensions; a group appears if it has at least one row.
     * The keys are the dimension values in the order given (an absent optional id is {@code ""}).
     */
    public <S> ImmutableMap<List<String>, Estimate> evaluate(Metric<Interaction, S, Estimate> metric,
            Dimension... dimensions) {
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
        checkArgument(metric instanceof BuiltInMetric, "metric '%s' has no columnar form", metric.name());
        BuiltInMetric<S> builtIn = (BuiltInMetric<S>) metric;
        Grouping grouping = new Grouping(this, dimensions);
        int chunks = (size + CHUNK - 1) / CHUNK;
        S[] merged = IntStream.range(0, chunks).parallel().mapToObj(chunk -> {
            int from = chunk * CHUNK;
            int to = Math.min(size, from + CHUNK);
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

    //-----------------------------------------------------------------------
    /** A string dictionary: codes in order of first appearance. */
    static final class Dictionary {
        private final Map<String, Integer> codes = new HashMap<>();
        private final List<String> values = new ArrayList<>();

        int code(String value) {
            Integer code = codes.get(value);
            if (code == null) {
                code = values.size();
                codes.put(value, code);
                values.add(value);
            }
            return code;
        }

        int size() {
            return values.size();
        }

        ImmutableList<String> values() {
            return ImmutableList.copyOf(values);
        }
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
        private int[] touchpoint = new int[1024];
        private int[] customer = new int[1024];
        private int[] caseId = new int[1024];
        private int[] reason = new int[1024];
        private int[] agent = new int[1024];
        private int[] segment = new int[1024];
        private byte[] channel = new byte[1024];
        private byte[] outcome = new byte[1024];
        private byte[] nps = new byte[1024];
        private byte[] csat = new byte[1024];
        private byte[] ces = new byte[1024];
        private byte[] initiator = new byte[1024];
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
            if (size == timestamp.length) {
                grow();
            }
            int row = size;
            int channelCode = channels.code(interaction.channel().id());
            checkArgument(channelCode < 255, "columns hold at most 255 channels, this is the 256th: '%s'",
                    interaction.channel().id());
            timestamp[row] = interaction.timestamp().toEpochMilli();
            waitMillis[row] = toMillis(interaction.waitSeconds(), "wait");
            handleMillis[row] = toMillis(interaction.handleSeconds(), "handling time");
            touchpoint[row] = touchpoints.code(interaction.touchpoint());
            customer[row] = customers.code(interaction.customerId());
            caseId[row] = interaction.caseId().map(cases::code).orElse(-1);
            reason[row] = interaction.reason().map(reasons::code).orElse(-1);
            agent[row] = interaction.agent().map(agents::code).orElse(-1);
            segment[row] = interaction.segment().map(segments::code).orElse(-1);
            channel[row] = (byte) channelCode;
            outcome[row] = (byte) interaction.outcome().ordinal();
            nps[row] = (byte) interaction.survey().nps().orElse(MISSING);
            csat[row] = (byte) interaction.survey().csat().orElse(MISSING);
            ces[row] = (byte) interaction.survey().ces().orElse(MISSING);
            initiator[row] = (byte) (interaction.initiator() == Initiator.COMPANY ? 1 : 0);
            size++;
            return this;
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
            nps = Arrays.copyOf(nps, capacity);
            csat = Arrays.copyOf(csat, capacity);
            ces = Arrays.copyOf(ces, capacity);
            initiator = Arrays.copyOf(initiator, capacity);
        }

        /** The columns of everything appended so far, trimmed to size. */
        public InteractionColumns build() {
            return new InteractionColumns(this);
        }
    }
}
