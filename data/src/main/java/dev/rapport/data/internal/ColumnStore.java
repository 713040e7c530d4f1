package dev.rapport.data.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import dev.rapport.core.Initiator;
import dev.rapport.core.Interaction;
import dev.rapport.core.Outcome;
import dev.rapport.core.SurveyScores;
import dev.rapport.data.InteractionColumns;
import dev.rapport.data.InteractionColumns.Column;
import dev.rapport.data.InteractionColumns.Dimension;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.OptionalDouble;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

/**
 * The storage behind {@link InteractionColumns}: every column as blocks of primitives, the dictionaries of ids,
 * the sparse survey columns, and the helpers that bulk algorithms loop with. Public so that the modules above
 * (journey's discovery, metrics' kernels) can read the columns in tight loops; not part of Rapport's API.
 * Reach it from a public {@code InteractionColumns} with {@link #of(InteractionColumns)}. The arrays must never be
 * written after {@link Builder#build()}.
 * <p>
 * This type is immutable and thread-safe by convention (its arrays are shared, not copied); its {@link Builder} is
 * mutable, for use from a single thread.
 */
public final class ColumnStore {

    /** The code of a missing survey answer, and of a missing optional id (as {@code -1}). */
    public static final byte MISSING = -1;
    /**
     * The marker of an unknown wait or handling time in {@link #waitMillis} and {@link #handleMillis}: a sentinel
     * rather than a validity bitmap, since a known duration is never negative, it costs no memory and no second
     * array to keep in step through every reader and merge. {@code MissingMarkerBenchmark} measures it against a
     * bitmap: with unknown values interleaved at random, a bitmap walked word by word was faster in the bare loop
     * (README, "JMH microbenchmarks"), so the choice is open to revision.
     */
    public static final int UNKNOWN_MILLIS = -1;
    /**
     * Rows per range when evaluating in parallel: the rows are cut into {@code ceil(size / CHUNK)} ranges, at most
     * four per core, so a range holds more than half of this (65,537 rows make two ranges of 32,769).
     */
    public static final int CHUNK = 1 << 16;
    /** The code of a "not applicable" answer in a rating column (ratings are 1 to 5, a missing one {@link #MISSING}). */
    public static final byte NOT_APPLICABLE = 0;

    /**
     * Rows per block, a power of two. Every dense column is an array of blocks of this many rows (the last block
     * holds the rest): a block of the widest column ({@code long}) is 256 KiB, under half of the smallest G1
     * region, so no column is ever a humongous object whose last region is left part empty.
     */
    public static final int BLOCK = 1 << 15;
    /** {@code row >>> BLOCK_SHIFT} is the block of a row. */
    public static final int BLOCK_SHIFT = 15;
    /** {@code row & BLOCK_MASK} is the row's index inside its block. */
    public static final int BLOCK_MASK = BLOCK - 1;

    /** Every column. */
    public static final Set<Column> ALL = java.util.Collections.unmodifiableSet(EnumSet.allOf(Column.class));

    public final int size;
    /**
     * The columns held. A column not held is {@code null} (a dense one), empty (its dictionary, the survey arrays);
     * whatever reads one calls {@link #require} first, so that it fails with a message instead of reading nothing.
     */
    public final Set<Column> held;
    // dense columns, as blocks: column[row >>> BLOCK_SHIFT][row & BLOCK_MASK]
    public final long[][] timestamp;
    public final int[][] waitMillis;
    public final int[][] handleMillis;
    public final short[][] touchpoint;
    public final int[][] customer;
    public final int[][] caseId;
    public final short[][] reason;
    public final int[][] agent;
    public final short[][] segment;
    public final byte[][] channel;
    public final byte[][] outcome;
    public final byte[][] initiator;
    /** The rows with any survey answer, ascending; the answer columns below are aligned with it, not with rows. */
    public final int[] surveyed;
    public final byte[] nps;
    public final byte[] csat;
    public final byte[] ces;
    /**
     * The service dimensions rated (or answered "not applicable") in some row, by dimension code in order of first
     * appearance: every dimension the data mentions, built in or not.
     */
    public final List<String> ratedDimensions;
    /**
     * Per dimension code its answers aligned with {@link #surveyed}: 1-5, {@link #NOT_APPLICABLE} or {@link #MISSING}.
     */
    public final byte[][] ratings;
    /**
     * The customers whose id is also some case's id, ascending by customer code, and those cases' codes: under
     * {@code Grouping.BY_CASE} journeys are keyed by id text, so such a customer's contacts without a case belong
     * to that case's journey. Almost always empty.
     */
    public final int[] sameIdCustomers;
    public final int[] sameIdCases;
    public final List<String> touchpoints;
    public final List<String> customers;
    public final List<String> cases;
    public final List<String> reasons;
    public final List<String> agents;
    public final List<String> segments;
    public final List<String> channels;
    /**
     * The journey stage and the support tier of each row as codes into {@link #stages} and {@link #tiers}
     * ({@code -1} where unknown), in blocks like the dense columns; null where no row has one, so that a log without
     * them costs nothing.
     */
    public final short[][] stage;
    public final short[][] tier;
    public final List<String> stages;
    public final List<String> tiers;

    private ColumnStore(Builder b) {
        // full blocks are never written again by the builder, so they are shared; the last one is trimmed
        size = b.size;
        held = b.held;
        timestamp = trim(b.ifHeld(Column.TIMESTAMP, b.timestamp), size, Arrays::copyOf);
        waitMillis = trim(b.ifHeld(Column.WAIT, b.waitMillis), size, Arrays::copyOf);
        handleMillis = trim(b.ifHeld(Column.HANDLE, b.handleMillis), size, Arrays::copyOf);
        touchpoint = trim(b.ifHeld(Column.TOUCHPOINT, b.touchpoint), size, Arrays::copyOf);
        customer = trim(b.ifHeld(Column.CUSTOMER, b.customer), size, Arrays::copyOf);
        caseId = trim(b.ifHeld(Column.CASE, b.caseId), size, Arrays::copyOf);
        reason = trim(b.ifHeld(Column.REASON, b.reason), size, Arrays::copyOf);
        agent = trim(b.ifHeld(Column.AGENT, b.agent), size, Arrays::copyOf);
        segment = trim(b.ifHeld(Column.SEGMENT, b.segment), size, Arrays::copyOf);
        channel = trim(b.ifHeld(Column.CHANNEL, b.channel), size, Arrays::copyOf);
        outcome = trim(b.ifHeld(Column.OUTCOME, b.outcome), size, Arrays::copyOf);
        initiator = trim(b.ifHeld(Column.INITIATOR, b.initiator), size, Arrays::copyOf);
        surveyed = Arrays.copyOf(b.surveyed, b.surveyedCount);
        nps = Arrays.copyOf(b.nps, b.surveyedCount);
        csat = Arrays.copyOf(b.csat, b.surveyedCount);
        ces = Arrays.copyOf(b.ces, b.surveyedCount);
        ratedDimensions = List.copyOf(b.dimensionIds);
        ratings = new byte[ratedDimensions.size()][];
        for (int d = 0; d < ratings.length; d++) {
            ratings[d] = Arrays.copyOf(b.ratings[d], b.surveyedCount);
        }
        int[][] sameId = b.external != null ? b.externalSameIds
                : sameIds(b.customers.size(), b.cases.size(), code -> b.cases.find(b.customers.value(code)),
                        code -> b.customers.find(b.cases.value(code)));
        sameIdCustomers = sameId[0];
        sameIdCases = sameId[1];
        touchpoints = b.touchpoints.values();
        customers = b.external != null ? b.external[0] : b.customers.values();
        cases = b.external != null ? b.external[1] : b.cases.values();
        reasons = b.reasons.values();
        agents = b.external != null ? b.external[2] : b.agents.values();
        segments = b.segments.values();
        channels = b.channels.values();
        stage = b.stage.build(size);
        tier = b.tier.build(size);
        stages = b.stages.values();
        tiers = b.tiers.values();
    }

    /**
     * The pairs of a customer code and a case code with the same id text, ascending by customer code: the codes of
     * the smaller dictionary looked up in the other.
     *
     * @param caseOf  a customer code's case code with the same text, or -1
     * @param customerOf  a case code's customer code with the same text, or -1
     */
    static int[][] sameIds(int customers, int cases, java.util.function.IntUnaryOperator caseOf,
            java.util.function.IntUnaryOperator customerOf) {
        List<int[]> pairs = new ArrayList<>();
        boolean byCustomer = customers <= cases;
        for (int code = 0; code < (byCustomer ? customers : cases); code++) {
            int other = byCustomer ? caseOf.applyAsInt(code) : customerOf.applyAsInt(code);
            if (other >= 0) {
                pairs.add(byCustomer ? new int[] {code, other} : new int[] {other, code});
            }
        }
        pairs.sort((x, y) -> Integer.compare(x[0], y[0]));
        return new int[][] {pairs.stream().mapToInt(p -> p[0]).toArray(), pairs.stream().mapToInt(p -> p[1]).toArray()};
    }

    /**
     * The first blocks of a builder's column that hold {@code size} rows, the last one cut to its rows; null for a
     * column not held.
     */
    private static <A> A[] trim(A[] blocks, int size, BiFunction<A, Integer, A> copyOf) {
        if (blocks == null) {
            return null;
        }
        int count = (size + BLOCK - 1) >>> BLOCK_SHIFT;
        A[] result = Arrays.copyOf(blocks, count);
        if (count > 0) {
            result[count - 1] = copyOf.apply(result[count - 1], size - ((count - 1) << BLOCK_SHIFT));
        }
        return result;
    }

    /** A builder that appends interactions row by row. */
    public static Builder builder() {
        return new Builder(ALL);
    }

    /** A builder of columns that hold only {@code held}: the values of the others are not stored. */
    public static Builder builder(Set<Column> held) {
        return new Builder(held);
    }

    /**
     * Checks that these columns hold what a computation reads.
     *
     * @param reads  the columns it reads
     * @param what  what reads them, for the message, e.g. {@code metric 'fcr'}
     * @throws IllegalArgumentException naming the computation and the columns missing, if any is not held
     */
    public void require(Set<Column> reads, String what) {
        if (!held.containsAll(reads)) {
            throw new IllegalArgumentException(what + " reads columns that these columns were imported without: "
                    + reads.stream().filter(c -> !held.contains(c)).map(Column::id).collect(Collectors.joining(", "))
                    + " (import them with ColumnsReader.withColumns)");
        }
    }

    //-----------------------------------------------------------------------
    // the bridge to the public facade

    /** What InteractionColumns grants this package: its store, and a facade over a store. */
    public interface Access {
        ColumnStore store(InteractionColumns columns);

        InteractionColumns columns(ColumnStore store);
    }

    private static volatile Access access;

    /** Called once, by InteractionColumns' static initializer. */
    public static void grant(Access granted) {
        if (access == null) {
            access = granted;
        }
    }

    private static Access access() {
        if (access == null) {
            try {
                Class.forName(InteractionColumns.class.getName(), true, ColumnStore.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return access;
    }

    /** The store of a public columns object. */
    public static ColumnStore of(InteractionColumns columns) {
        return access().store(checkNotNull(columns, "columns"));
    }

    /** The public columns object over this store. */
    public InteractionColumns columns() {
        return access().columns(this);
    }


    /** The answers of a service dimension aligned with {@link #surveyed}, or null if no row mentions it. */
    public byte[] ratings(String dimension) {
        int code = ratedDimensions.indexOf(dimension);
        return code < 0 ? null : ratings[code];
    }

    /** The index in {@link #surveyed} of the first surveyed row at or after {@code row}. */
    public int firstSurveyed(int row) {
        int i = Arrays.binarySearch(surveyed, row);
        return i >= 0 ? i : -i - 1;
    }

    /** A loop body over part of one block: indexes {@code [lo, hi)} of block {@code block}. */
    @FunctionalInterface
    public interface BlockLoop {
        /**
         * @param block  the block index
         * @param lo  the first index inside the block
         * @param hi  the index after the last one inside the block
         * @param offset  what to add to an index inside the block to get the row's offset from the range start
         */
        void run(int block, int lo, int hi, int offset);
    }

    /** Runs {@code loop} over rows {@code [from, to)}, once per block they lie in, in row order. */
    public static void forBlocks(int from, int to, BlockLoop loop) {
        for (int row = from; row < to; ) {
            int stop = Math.min(to, (row | BLOCK_MASK) + 1);
            int lo = row & BLOCK_MASK;
            loop.run(row >>> BLOCK_SHIFT, lo, lo + stop - row, row - from - lo);
            row = stop;
        }
    }

    /** The number of blocks of every dense column. */
    public int blocks() {
        return (size + BLOCK - 1) >>> BLOCK_SHIFT;
    }

    /** Every row's start time in epoch milliseconds, as one flat array the caller may change (a copy). */
    public long[] flatTimestamps() {
        require(EnumSet.of(Column.TIMESTAMP), "journey discovery");
        return flat(timestamp, new long[size]);
    }

    /** Every row's touchpoint code (an index into {@link #touchpoints}), as one flat array (a copy). */
    public short[] flatTouchpoints() {
        require(EnumSet.of(Column.TOUCHPOINT), "journey discovery");
        return flat(touchpoint, new short[size]);
    }

    /** Every row's customer code (an index into {@link #customers}), as one flat array (a copy). */
    public int[] flatCustomers() {
        require(EnumSet.of(Column.CUSTOMER), "journey discovery");
        return flat(customer, new int[size]);
    }

    /** Every row's case code (an index into {@link #cases}, {@code -1} for none), as one flat array (a copy). */
    public int[] flatCases() {
        require(EnumSet.of(Column.CASE), "journey discovery");
        return flat(caseId, new int[size]);
    }

    /** Copies a column's blocks, in parallel, into {@code flat}, a primitive array of {@link #size} elements. */
    private <A> A flat(A[] blocks, A flat) {
        IntStream.range(0, blocks.length).parallel().forEach(b -> System.arraycopy(blocks[b], 0, flat,
                b << BLOCK_SHIFT, java.lang.reflect.Array.getLength(blocks[b])));
        return flat;
    }

    /**
     * A duration in seconds as whole milliseconds, the unit of every duration metric on either path;
     * {@link #UNKNOWN_MILLIS} if unknown.
     */
    public static int toMillis(OptionalDouble seconds, String what) {
        return seconds.isEmpty() ? UNKNOWN_MILLIS : toMillis(seconds.getAsDouble(), what);
    }

    /** A duration in seconds as whole milliseconds, the unit of every duration metric on either path. */
    public static int toMillis(double seconds, String what) {
        long millis = Math.round(seconds * 1000);
        checkArgument(millis <= Integer.MAX_VALUE, "%s must be at most %s ms, was %s s", what, Integer.MAX_VALUE,
                seconds);
        return (int) millis;
    }

    //-----------------------------------------------------------------------
    /** Row-to-group coding by mixed radix over the dictionary codes (absent = 0, present = code + 1). */
    public static final class Groups {
        private final ColumnStore columns;
        public final Dimension[] dimensions;
        private final int[] radix;
        /** The number of possible groups (codes are {@code 0 <= g < count}). */
        public final int count;

        public Groups(ColumnStore columns, Dimension... dimensions) {
            this.columns = columns;
            this.dimensions = checkNotNull(dimensions, "dimensions").clone();
            columns.require(Arrays.stream(this.dimensions).map(d -> checkNotNull(d, "dimension").column())
                    .collect(Collectors.toSet()), "grouping by " + Arrays.toString(this.dimensions));
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

        /** The group code of each row in {@code [from, to)}. */
        public int[] groupsOf(int from, int to) {
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

        /** The key of a group: the dimension values in order, {@code ""} for an absent one. */
        public List<String> key(int group) {
            String[] parts = new String[dimensions.length];
            for (int d = dimensions.length - 1; d >= 0; d--) {
                int code = group % radix[d] - 1;
                group /= radix[d];
                parts[d] = code < 0 ? "" : dictionary(dimensions[d]).get(code);
            }
            return List.of(parts);
        }
    }

    /** The outcome ids by ordinal, as keys name them. */
    public static final ImmutableList<String> OUTCOMES = Arrays.stream(Outcome.values())
            .map(o -> o.name().toLowerCase(java.util.Locale.ROOT)).collect(ImmutableList.toImmutableList());

    /** The key of one interaction for the given dimensions, as {@link Groups#key} names groups. */
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
     * An optional short-coded column under construction: no array until some row has a value, then blocks of
     * {@link #BLOCK} codes, {@code -1} where unknown. Mutable, for use from a single thread.
     */
    private static final class OptionalCodes {
        private short[][] blocks;

        void set(int row, int code) {
            if (code < 0) {
                return;
            }
            int b = row >>> BLOCK_SHIFT;
            if (blocks == null || b >= blocks.length) {
                blocks = blocks == null ? new short[b + 8][] : Arrays.copyOf(blocks, Math.max(b + 1, blocks.length * 2));
            }
            if (blocks[b] == null) {
                blocks[b] = unknown(BLOCK);
            }
            blocks[b][row & BLOCK_MASK] = (short) code;
        }

        /** The column of the first {@code size} rows, or null if none has a value. */
        short[][] build(int size) {
            if (blocks == null) {
                return null;
            }
            short[][] result = new short[(size + BLOCK - 1) >>> BLOCK_SHIFT][];
            for (int b = 0; b < result.length; b++) {
                int length = Math.min(BLOCK, size - (b << BLOCK_SHIFT));
                result[b] = b < blocks.length && blocks[b] != null ? Arrays.copyOf(blocks[b], length) : unknown(length);
            }
            return result;
        }

        private static short[] unknown(int length) {
            short[] codes = new short[length];
            Arrays.fill(codes, (short) -1);
            return codes;
        }
    }

    /**
     * Appends interactions, or their fields, row by row. Mutable, for use from a single thread; {@link #build()}
     * may be called repeatedly.
     */
    public static final class Builder {
        private static final int FIRST_CAPACITY = 1024;

        private final Set<Column> held;
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
        /**
         * The one block that every block of a column not held is: its values are written there and overwritten,
         * so {@link #addCoded} stores every column without a test per value, and nothing is kept.
         */
        private final long[] scratchLongs = new long[BLOCK];
        private final int[] scratchInts = new int[BLOCK];
        private final short[] scratchShorts = new short[BLOCK];
        private final byte[] scratchBytes = new byte[BLOCK];
        private int surveyedCount;
        private int[] surveyed = new int[256];
        private byte[] nps = new byte[256];
        private byte[] csat = new byte[256];
        private byte[] ces = new byte[256];
        private byte[][] ratings = new byte[0][];
        private final List<String> dimensionIds = new ArrayList<>();
        private final java.util.Map<String, Integer> dimensionCodes = new java.util.HashMap<>();
        private final Dictionary touchpoints = new Dictionary();
        private final Dictionary customers = new Dictionary();
        private final Dictionary cases = new Dictionary();
        private final Dictionary reasons = new Dictionary();
        private final Dictionary agents = new Dictionary();
        private final Dictionary segments = new Dictionary();
        private final Dictionary channels = new Dictionary();
        private final Dictionary stages = new Dictionary();
        private final Dictionary tiers = new Dictionary();
        private final OptionalCodes stage = new OptionalCodes();
        private final OptionalCodes tier = new OptionalCodes();

        /** Whether survey answers are kept. */
        private final boolean survey;
        /** The customer, case and agent ids by code, and the same-id pairs, when an importer coded them itself. */
        private List<String>[] external;
        private int[][] externalSameIds;

        Builder(Set<Column> held) {
            checkNotNull(held, "held");
            this.held = java.util.Collections.unmodifiableSet(held.isEmpty() ? EnumSet.noneOf(Column.class)
                    : EnumSet.copyOf(held));
            this.survey = held.contains(Column.SURVEY);
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
            if (interaction.stage().isPresent() || interaction.tier().isPresent()) {
                stageAndTierCoded(interaction.stage().map(this::stageCode).orElse(-1),
                        interaction.tier().map(this::tierCode).orElse(-1));
            }
            SurveyScores survey = interaction.survey();
            if (survey.nps().isPresent() || survey.csat().isPresent() || survey.ces().isPresent()
                    || !survey.ratings().isEmpty() || !survey.notApplicable().isEmpty()) {
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

        /**
         * For an importer that codes customer, case and agent ids itself ({@link CsvMerge}, in byte dictionaries,
         * never calling {@link #customerCode}, {@link #caseCode} or {@link #agentCode}): their values by code and
         * the pairs of {@link ColumnStore#sameIdCustomers} and {@link ColumnStore#sameIdCases}, taken as they are.
         */
        @SuppressWarnings("unchecked")
        void codedElsewhere(List<String> customers, List<String> cases, List<String> agents, int[][] sameIds) {
            checkState(this.customers.size() == 0 && this.cases.size() == 0 && this.agents.size() == 0,
                    "ids were coded by this builder too");
            external = new List[] {customers, cases, agents};
            externalSameIds = sameIds;
        }

        /** The code of a touchpoint id in these columns, assigning the next one if it is new. */
        public int touchpointCode(String id) {
            return small(touchpoints.code(id), "touchpoints");
        }

        public int customerCode(String id) {
            return customers.code(id);
        }

        public int caseCode(String id) {
            return cases.code(id);
        }

        public int reasonCode(String id) {
            return small(reasons.code(id), "contact reasons");
        }

        public int agentCode(String id) {
            return agents.code(id);
        }

        public int segmentCode(String id) {
            return small(segments.code(id), "segments");
        }

        public int stageCode(String id) {
            return small(stages.code(id), "stages");
        }

        public int tierCode(String id) {
            return small(tiers.code(id), "tiers");
        }

        /**
         * Gives the last appended row its stage and tier codes from {@link #stageCode} and {@link #tierCode}
         * ({@code -1} for unknown; a row never given them has neither). Call right after {@link #addCoded}.
         */
        public void stageAndTierCoded(int stageCode, int tierCode) {
            checkState(size > 0, "no row to give a stage or tier to");
            stage.set(size - 1, stageCode);
            tier.set(size - 1, tierCode);
        }

        /** The code of a channel id; at most 255 channels. */
        public int channelCode(String id) {
            int code = channels.code(id);
            checkArgument(code < 255, "columns hold at most 255 channels, this is the 256th: '%s'", id);
            return code;
        }

        /**
         * Appends one row of codes from the methods above ({@code -1} for an absent case, reason, agent or
         * segment); {@code outcome} is an {@link Outcome} ordinal, {@code initiator} 1 if the company started the
         * contact, else 0. The caller has checked the values.
         */
        public void addCoded(long timestampMillis, int waitMillis, int handleMillis, int touchpointCode, int customerCode,
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
         * Gives the last appended row its survey answers ({@link #MISSING} where not answered): NPS 0-10, CSAT and
         * CES as given; its ratings follow with {@link #rateCoded}. Call at most once per row, right after
         * {@link #addCoded}.
         */
        public void addSurveyCoded(int nps, int csat, int ces) {
            checkState(size > 0, "no row to attach survey answers to");
            if (!survey) {
                return;
            }
            if (surveyedCount == surveyed.length) {
                growSurveyed();
            }
            int i = surveyedCount;
            surveyed[i] = size - 1;
            this.nps[i] = (byte) nps;
            this.csat[i] = (byte) csat;
            this.ces[i] = (byte) ces;
            surveyedCount++;
        }

        /**
         * The code of a service dimension in these columns, assigning the next one (and its column, all
         * {@link #MISSING}) if it is new. The caller has checked that the id is kebab-case.
         */
        public int dimensionCode(String id) {
            if (!survey) {
                return 0;
            }
            Integer code = dimensionCodes.get(id);
            if (code != null) {
                return code;
            }
            checkArgument(dimensionIds.size() < Short.MAX_VALUE, "columns hold at most %s service dimensions",
                    Short.MAX_VALUE);
            int next = dimensionIds.size();
            dimensionIds.add(id);
            dimensionCodes.put(id, next);
            ratings = Arrays.copyOf(ratings, next + 1);
            ratings[next] = new byte[surveyed.length];
            Arrays.fill(ratings[next], MISSING);
            return next;
        }

        /**
         * Gives the last surveyed row (from {@link #addSurveyCoded}) an answer for a dimension: a rating 1-5 or
         * {@link #NOT_APPLICABLE}. The caller has checked the value.
         */
        public void rateCoded(int dimensionCode, int answer) {
            if (!survey) {
                return;
            }
            checkState(surveyedCount > 0, "no surveyed row to attach a rating to");
            ratings[dimensionCode][surveyedCount - 1] = (byte) answer;
        }

        private void addSurvey(SurveyScores survey) {
            addSurveyCoded(survey.nps().orElse(MISSING), survey.csat().orElse(MISSING), survey.ces().orElse(MISSING));
            survey.ratings().forEach((dimension, rating) -> rateCoded(dimensionCode(dimension), rating));
            survey.notApplicable().forEach(dimension -> rateCoded(dimensionCode(dimension), NOT_APPLICABLE));
        }

        private void growSurveyed() {
            int capacity = Math.addExact(surveyedCount, Math.max(256, surveyedCount >> 1));
            surveyed = Arrays.copyOf(surveyed, capacity);
            nps = Arrays.copyOf(nps, capacity);
            csat = Arrays.copyOf(csat, capacity);
            ces = Arrays.copyOf(ces, capacity);
            for (int d = 0; d < ratings.length; d++) {
                int old = ratings[d].length;
                ratings[d] = Arrays.copyOf(ratings[d], capacity);
                Arrays.fill(ratings[d], old, capacity, MISSING);
            }
        }

        private static short small(int code, String what) {
            checkArgument(code < Short.MAX_VALUE, "columns hold at most %s distinct %s", Short.MAX_VALUE - 1, what);
            return (short) code;
        }

        /**
         * Starts a new block (small for the first, whole after), or doubles the last one while it is small; a
         * column not held gets the scratch block.
         */
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
            } else {
                capacity = Math.min(BLOCK, capacity * 2);
            }
            timestamp[b] = block(Column.TIMESTAMP, timestamp[b], scratchLongs, long[]::new, Arrays::copyOf);
            waitMillis[b] = block(Column.WAIT, waitMillis[b], scratchInts, int[]::new, Arrays::copyOf);
            handleMillis[b] = block(Column.HANDLE, handleMillis[b], scratchInts, int[]::new, Arrays::copyOf);
            touchpoint[b] = block(Column.TOUCHPOINT, touchpoint[b], scratchShorts, short[]::new, Arrays::copyOf);
            customer[b] = block(Column.CUSTOMER, customer[b], scratchInts, int[]::new, Arrays::copyOf);
            caseId[b] = block(Column.CASE, caseId[b], scratchInts, int[]::new, Arrays::copyOf);
            reason[b] = block(Column.REASON, reason[b], scratchShorts, short[]::new, Arrays::copyOf);
            agent[b] = block(Column.AGENT, agent[b], scratchInts, int[]::new, Arrays::copyOf);
            segment[b] = block(Column.SEGMENT, segment[b], scratchShorts, short[]::new, Arrays::copyOf);
            channel[b] = block(Column.CHANNEL, channel[b], scratchBytes, byte[]::new, Arrays::copyOf);
            outcome[b] = block(Column.OUTCOME, outcome[b], scratchBytes, byte[]::new, Arrays::copyOf);
            initiator[b] = block(Column.INITIATOR, initiator[b], scratchBytes, byte[]::new, Arrays::copyOf);
        }

        /** A column's last block at the new {@link #capacity}: new, grown, or the scratch block if not held. */
        private <A> A block(Column column, A current, A scratch, java.util.function.IntFunction<A> create,
                BiFunction<A, Integer, A> copyOf) {
            if (!held.contains(column)) {
                return scratch;
            }
            return current == null || (size & BLOCK_MASK) == 0 ? create.apply(capacity)
                    : copyOf.apply(current, capacity);
        }

        /** A column's blocks, or null if it is not held. */
        private <A> A[] ifHeld(Column column, A[] blocks) {
            return held.contains(column) ? blocks : null;
        }

        /** The columns of everything appended so far, trimmed to size. */
        public ColumnStore build() {
            return new ColumnStore(this);
        }
    }
}
