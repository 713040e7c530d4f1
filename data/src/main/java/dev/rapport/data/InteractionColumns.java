package dev.rapport.data;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.Interaction;
import dev.rapport.data.internal.ColumnStore;
import java.util.List;
import java.util.Set;

/**
 * Interactions held as primitive columns for metrics over millions of contacts: the columnar view of an import.
 * Dictionary-coded touchpoint, channel, customer, case, reason, agent and segment ids ({@code int}), outcome, channel
 * and survey answers ({@code byte}, with {@link #MISSING} for no answer), start time in epoch milliseconds
 * ({@code long}), wait and handling time in whole milliseconds ({@code int}, with {@link #UNKNOWN_MILLIS} where
 * unknown: an empty cell is never 0); touchpoint, reason and segment codes
 * are {@code short} (at most 32,766 distinct each), customer, case and agent codes {@code int}: 37 bytes per
 * interaction plus the dictionaries, which are stored as one UTF-8 byte array with an {@code int} offset per distinct
 * id; the journey stage and the support tier, {@code short} codes, add 2 bytes each once some row has one. Each dense column is held in blocks of 32,768 rows (256 KiB for the widest), so that no column is one huge
 * array: with the G1 collector an array over half a heap region is placed in whole regions of its own, and the
 * unused end of the last one is lost. Survey answers are stored sparsely: the ascending indexes of the rows with any
 * answer and, for those rows only, one answer byte per question (NPS, CSAT, CES and each service dimension that some
 * row rates, built in or not; a rating 1-5, 0 for "not applicable", {@link #MISSING} for no answer).
 * <p>
 * Get columns from a file with {@link ColumnsReader} (no {@code Interaction} per row), or from interactions with
 * {@link #of(Iterable)}. The built-in metrics evaluate over them in {@code dev.rapport.metrics.ColumnMetrics} and
 * scorecards in {@code Scorecard.evaluate(columns, ...)}; journeys are discovered over them with
 * {@code DirectlyFollowsGraph.of(columns, grouping)}; both give exactly what the per-object path gives.
 * <pre>{@code
 * InteractionColumns columns = ColumnsReader.strict().csv(Path.of("contacts.csv")).columns();
 * Map<List<String>, Estimate> nps = ColumnMetrics.evaluate(columns, Metrics.nps(), Dimension.TOUCHPOINT);
 * }</pre>
 * This type is immutable and thread-safe; its {@link Builder} is mutable, for use from a single thread.
 */
public final class InteractionColumns {

    /** The code of a missing survey answer, and of a missing optional id (as {@code -1}). */
    public static final byte MISSING = ColumnStore.MISSING;
    /** The marker of an unknown wait or handling time: {@code -1}, since a known duration is never negative. */
    public static final int UNKNOWN_MILLIS = ColumnStore.UNKNOWN_MILLIS;

    static {
        ColumnStore.grant(new ColumnStore.Access() {
            @Override
            public ColumnStore store(InteractionColumns columns) {
                return columns.store;
            }

            @Override
            public InteractionColumns columns(ColumnStore store) {
                return new InteractionColumns(store);
            }
        });
    }

    /** What interactions can be grouped by. */
    public enum Dimension {
        TOUCHPOINT, CHANNEL, OUTCOME, SEGMENT, AGENT, REASON;

        /** The column that holds this dimension. */
        public Column column() {
            return Column.valueOf(name());
        }
    }

    /**
     * The columns an import can hold. A {@link ColumnsReader#withColumns projected} import holds only some of them
     * (a scorecard of survey and outcome figures needs no customer or case ids, whose dictionaries are most of an
     * import's memory); anything that reads a column it does not hold (a metric, a grouping, a filter, journey
     * discovery) throws {@code IllegalArgumentException} naming the columns, rather than reading nothing as zeros.
     * {@link #SURVEY} is every survey answer: NPS, CSAT, CES and the service-dimension ratings.
     */
    public enum Column {
        TIMESTAMP, WAIT, HANDLE, TOUCHPOINT, CHANNEL, OUTCOME, INITIATOR, CUSTOMER, CASE, REASON, AGENT, SEGMENT,
        SURVEY;

        /** The name in messages, e.g. {@code case}. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final ColumnStore store;

    private InteractionColumns(ColumnStore store) {
        this.store = store;
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
        return store.size;
    }

    /** The columns these hold: all of them unless they come from a projected import. */
    public Set<Column> heldColumns() {
        return store.held;
    }

    /** The distinct touchpoint ids, in order of first appearance. */
    public List<String> touchpoints() {
        return store.touchpoints;
    }

    /** The distinct channel ids, in order of first appearance. */
    public List<String> channels() {
        return store.channels;
    }

    /** The distinct segments, in order of first appearance. */
    public List<String> segments() {
        return store.segments;
    }

    /** The distinct agents, in order of first appearance. */
    public List<String> agents() {
        return store.agents;
    }

    /** The distinct contact reasons, in order of first appearance. */
    public List<String> reasons() {
        return store.reasons;
    }

    /**
     * The service dimensions that some row rates or answers "not applicable", in order of first appearance (within a
     * row by id): every dimension the data mentions, built in or the survey's own.
     */
    public List<String> ratedDimensions() {
        return store.ratedDimensions;
    }

    /**
     * The key of one interaction for the given dimensions, as grouped evaluations over columns name it: the
     * dimension values in order, {@code ""} for an absent segment, agent or reason.
     */
    public static List<String> keyOf(Interaction interaction, Dimension... dimensions) {
        return ColumnStore.keyOf(interaction, dimensions);
    }

    /** Returns e.g. {@code InteractionColumns[50000 rows, 14 touchpoints, 7 channels]}. */
    @Override
    public String toString() {
        return "InteractionColumns[" + store.size + " rows, " + store.touchpoints.size() + " touchpoints, "
                + store.channels.size() + " channels]";
    }

    /**
     * Appends interactions row by row. Mutable, for use from a single thread; {@link #build()} may be called
     * repeatedly.
     */
    public static final class Builder {
        private final ColumnStore.Builder store = ColumnStore.builder();

        private Builder() {
        }

        /**
         * Appends one interaction.
         *
         * @throws IllegalArgumentException if a value is beyond what columns hold (a timestamp beyond epoch
         *     milliseconds, too many distinct touchpoints)
         */
        public Builder add(Interaction interaction) {
            store.add(interaction);
            return this;
        }

        /** The columns of everything appended so far. */
        public InteractionColumns build() {
            return new InteractionColumns(store.build());
        }
    }
}
