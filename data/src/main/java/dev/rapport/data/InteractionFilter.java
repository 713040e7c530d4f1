package dev.rapport.data;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import dev.rapport.core.Channel;
import dev.rapport.core.Initiator;
import dev.rapport.core.Interaction;
import dev.rapport.core.Mode;
import dev.rapport.core.Outcome;
import dev.rapport.core.UnknownNameException;
import dev.rapport.data.internal.ColumnStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which interactions an analysis looks at: a period and conditions on fields, the first question of every analyst
 * ("only Q3", "only answered calls", "not the bots"). A period is {@code [from, until)}: {@code until} is the day
 * after the last, as {@code rapport generate} takes it. A condition keeps the interactions whose field has one of the
 * given values ({@link #where}) or none of them ({@link #whereNot}); {@value #NONE} stands for an absent value (no
 * agent, no case), the group name breakdowns print for it. Conditions are combined with "and". The same filter keeps
 * the same rows from interaction objects ({@link #test}) and from columns ({@link #apply}).
 * <pre>{@code
 * InteractionFilter q3Answered = InteractionFilter.all().from(LocalDate.of(2026, 7, 1)).until(LocalDate.of(2026, 10, 1))
 *         .whereNot(InteractionFilter.Field.OUTCOME, "abandoned");
 * List<Interaction> kept = interactions.stream().filter(q3Answered).toList();
 * InteractionColumns keptColumns = q3Answered.apply(columns);
 * }</pre>
 * This type is immutable and thread-safe.
 */
public final class InteractionFilter implements Predicate<Interaction> {

    /** The value that stands for an absent optional field in a condition: {@code (none)}. */
    public static final String NONE = "(none)";

    /** The fields a condition can test, named in conditions by their lower-case {@link #id()}. */
    public enum Field {
        TOUCHPOINT, STAGE, CHANNEL, MODE, OUTCOME, INITIATOR, SEGMENT, AGENT, REASON, CUSTOMER, CASE;

        /** The name in a condition, e.g. {@code touchpoint}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * The field a name denotes, ignoring case.
         *
         * @throws UnknownNameException listing the fields if there is none of that name
         */
        public static Field parse(String name) {
            for (Field field : values()) {
                if (field.id().equalsIgnoreCase(name.trim())) {
                    return field;
                }
            }
            throw new UnknownNameException("filter field", name.trim(),
                    Arrays.stream(values()).map(Field::id).toList());
        }

        /** Whether the columns hold this field: all but mode. */
        boolean inColumns() {
            return this != MODE;
        }
    }

    /** One condition: the field's value is (or, negated, is not) one of the values. */
    private record Condition(Field field, boolean negated, ImmutableSortedSet<String> values) {
        boolean test(Optional<String> value) {
            return values.contains(value.orElse(NONE)) != negated;
        }

        @Override
        public String toString() {
            return field.id() + (negated ? "!=" : "=") + String.join(",", values);
        }
    }

    private static final InteractionFilter ALL = new InteractionFilter(null, null, ImmutableList.of());

    private final Instant from;
    private final Instant until;
    private final ImmutableList<Condition> conditions;

    private InteractionFilter(Instant from, Instant until, ImmutableList<Condition> conditions) {
        this.from = from;
        this.until = until;
        this.conditions = conditions;
    }

    /** The filter that keeps everything. */
    public static InteractionFilter all() {
        return ALL;
    }

    /** Keeps interactions at or after the start of this day, in UTC. */
    public InteractionFilter from(LocalDate day) {
        return from(checkNotNull(day, "day").atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** Keeps interactions at or after this instant. */
    public InteractionFilter from(Instant start) {
        return period(checkNotNull(start, "start"), until);
    }

    /** Keeps interactions before the start of this day, in UTC: the day after the last one kept. */
    public InteractionFilter until(LocalDate dayAfter) {
        return until(checkNotNull(dayAfter, "dayAfter").atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** Keeps interactions before this instant. */
    public InteractionFilter until(Instant end) {
        return period(from, checkNotNull(end, "end"));
    }

    private InteractionFilter period(Instant start, Instant end) {
        checkArgument(start == null || end == null || end.isAfter(start),
                "the end of the period must be after its start, was %s to %s", start, end);
        return new InteractionFilter(start, end, conditions);
    }

    /**
     * Keeps the interactions whose field has one of these values ({@value #NONE} for absent).
     *
     * @throws IllegalArgumentException if there is no value, or a value is not one the field can have
     */
    public InteractionFilter where(Field field, String... values) {
        return with(new Condition(checkNotNull(field, "field"), false, values(field, values)));
    }

    /**
     * Keeps the interactions whose field has none of these values ({@value #NONE} for absent).
     *
     * @throws IllegalArgumentException if there is no value, or a value is not one the field can have
     */
    public InteractionFilter whereNot(Field field, String... values) {
        return with(new Condition(checkNotNull(field, "field"), true, values(field, values)));
    }

    /**
     * Adds a condition written as text: {@code FIELD=VALUE[,VALUE...]} or {@code FIELD!=VALUE[,VALUE...]}, e.g.
     * {@code channel=phone,chat} or {@code outcome!=abandoned}.
     *
     * @throws UnknownNameException if the field is not a {@link Field}
     * @throws IllegalArgumentException if the text has no {@code =}, no value, or a value the field cannot have
     */
    public InteractionFilter where(String condition) {
        checkNotNull(condition, "condition");
        int equals = condition.indexOf('=');
        checkArgument(equals > 0, "a condition is FIELD=VALUE[,VALUE...] or FIELD!=VALUE[,VALUE...], was '%s'",
                condition);
        boolean negated = condition.charAt(equals - 1) == '!';
        Field field = Field.parse(condition.substring(0, negated ? equals - 1 : equals));
        String[] values = Arrays.stream(condition.substring(equals + 1).split(",")).map(String::trim)
                .filter(v -> !v.isEmpty()).toArray(String[]::new);
        return negated ? whereNot(field, values) : where(field, values);
    }

    private InteractionFilter with(Condition condition) {
        return new InteractionFilter(from, until,
                ImmutableList.<Condition>builder().addAll(conditions).add(condition).build());
    }

    /** The values as the field holds them: enum fields in lower case, checked; ids as given. */
    private static ImmutableSortedSet<String> values(Field field, String... values) {
        checkArgument(values != null && values.length > 0, "a condition on %s needs at least one value", field.id());
        ImmutableSortedSet.Builder<String> set = ImmutableSortedSet.naturalOrder();
        for (String value : values) {
            String v = checkNotNull(value, "value").trim();
            checkArgument(!v.isEmpty(), "a condition on %s has an empty value", field.id());
            set.add(v.equals(NONE) ? v : switch (field) {
                case OUTCOME -> id(Outcome.parse(v));
                case CHANNEL -> Channel.parse(v).id();
                case MODE -> id(enumValue(Mode.class, v, field));
                case INITIATOR -> id(enumValue(Initiator.class, v, field));
                default -> v;
            });
        }
        return set.build();
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String text, Field field) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(text)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown " + field.id() + " '" + text + "'; expected one of "
                + String.join(", ", Arrays.stream(type.getEnumConstants()).map(InteractionFilter::id).toList()));
    }

    private static String id(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    //-----------------------------------------------------------------------
    /** Whether this filter keeps everything. */
    public boolean isAll() {
        return from == null && until == null && conditions.isEmpty();
    }

    /** Whether {@link #apply} can filter columns: every condition is on a field the columns hold (not stage, mode). */
    public boolean worksOnColumns() {
        return conditions.stream().allMatch(c -> c.field().inColumns());
    }

    /**
     * The columns that {@link #apply} reads: the timestamp for a period, and each condition's field; what a
     * {@link ColumnsReader#withColumns projected import} must keep for this filter.
     */
    public Set<InteractionColumns.Column> columns() {
        Set<InteractionColumns.Column> columns = EnumSet.noneOf(InteractionColumns.Column.class);
        if (from != null || until != null) {
            columns.add(InteractionColumns.Column.TIMESTAMP);
        }
        for (Condition condition : conditions) {
            // the stage is held whenever a row has one, whatever the projection
            if (condition.field().inColumns() && condition.field() != Field.STAGE) {
                columns.add(InteractionColumns.Column.valueOf(condition.field().name()));
            }
        }
        return Collections.unmodifiableSet(columns);
    }

    /** Whether the filter keeps this interaction. */
    @Override
    public boolean test(Interaction interaction) {
        Instant at = interaction.timestamp();
        if ((from != null && at.isBefore(from)) || (until != null && !at.isBefore(until))) {
            return false;
        }
        for (Condition condition : conditions) {
            if (!condition.test(value(interaction, condition.field()))) {
                return false;
            }
        }
        return true;
    }

    private static Optional<String> value(Interaction i, Field field) {
        return switch (field) {
            case TOUCHPOINT -> Optional.of(i.touchpoint());
            case STAGE -> i.stage();
            case CHANNEL -> Optional.of(i.channel().id());
            case MODE -> Optional.of(id(i.mode()));
            case OUTCOME -> Optional.of(id(i.outcome()));
            case INITIATOR -> Optional.of(id(i.initiator()));
            case SEGMENT -> i.segment();
            case AGENT -> i.agent();
            case REASON -> i.reason();
            case CUSTOMER -> Optional.of(i.customerId());
            case CASE -> i.caseId();
        };
    }

    /**
     * The rows of the columns that this filter keeps, in their order, as new columns (the same rows as
     * {@code test} keeps from the interactions they hold).
     *
     * @throws IllegalStateException if a condition is on the mode, which the columns do not hold
     */
    public InteractionColumns apply(InteractionColumns columns) {
        checkState(worksOnColumns(), "the columns hold no mode: filter the interactions instead (%s)", this);
        ColumnStore store = ColumnStore.of(checkNotNull(columns, "columns"));
        if (isAll()) {
            return columns;
        }
        store.require(columns(), "filter " + this);
        return new ColumnFilter(store).run().columns();
    }

    /** One pass over the columns: each condition as the set of codes it keeps, then the kept rows re-coded. */
    private final class ColumnFilter {
        private final ColumnStore store;
        private final ColumnStore.Builder builder;
        /** Per condition, whether it keeps a code (index code + 1; index 0 is absent). */
        private final boolean[][] keeps = new boolean[conditions.size()][];

        ColumnFilter(ColumnStore store) {
            this.store = store;
            this.builder = ColumnStore.builder(store.held);
            for (int c = 0; c < keeps.length; c++) {
                Condition condition = conditions.get(c);
                List<String> names = names(condition.field());
                keeps[c] = new boolean[names.size() + 1];
                keeps[c][0] = condition.test(Optional.empty());
                for (int code = 0; code < names.size(); code++) {
                    keeps[c][code + 1] = condition.test(Optional.of(names.get(code)));
                }
            }
        }

        private List<String> names(Field field) {
            return switch (field) {
                case TOUCHPOINT -> store.touchpoints;
                case STAGE -> store.stages;
                case CHANNEL -> store.channels;
                case OUTCOME -> ColumnStore.OUTCOMES;
                case INITIATOR -> Arrays.stream(Initiator.values()).map(InteractionFilter::id).toList();
                case SEGMENT -> store.segments;
                case AGENT -> store.agents;
                case REASON -> store.reasons;
                case CUSTOMER -> store.customers;
                case CASE -> store.cases;
                default -> throw new AssertionError(field);
            };
        }

        private int code(Field field, int b, int i) {
            return switch (field) {
                case TOUCHPOINT -> store.touchpoint[b][i];
                case STAGE -> store.stage == null ? -1 : store.stage[b][i];
                case CHANNEL -> store.channel[b][i] & 0xFF;
                case OUTCOME -> store.outcome[b][i];
                case INITIATOR -> store.initiator[b][i];
                case SEGMENT -> store.segment[b][i];
                case AGENT -> store.agent[b][i];
                case REASON -> store.reason[b][i];
                case CUSTOMER -> store.customer[b][i];
                case CASE -> store.caseId[b][i];
                default -> throw new AssertionError(field);
            };
        }

        ColumnStore run() {
            long fromMillis = from == null ? Long.MIN_VALUE : from.toEpochMilli();
            long untilMillis = until == null ? Long.MAX_VALUE : until.toEpochMilli();
            Recode touchpoints = new Recode(store.touchpoints, builder::touchpointCode);
            Recode customers = new Recode(store.customers, builder::customerCode);
            Recode cases = new Recode(store.cases, builder::caseCode);
            Recode reasons = new Recode(store.reasons, builder::reasonCode);
            Recode agents = new Recode(store.agents, builder::agentCode);
            Recode segments = new Recode(store.segments, builder::segmentCode);
            Recode channels = new Recode(store.channels, builder::channelCode);
            Recode stages = new Recode(store.stages, builder::stageCode);
            Recode tiers = new Recode(store.tiers, builder::tierCode);
            int[] dimensions = new int[store.ratings.length];
            Arrays.fill(dimensions, -1);
            int surveyed = 0;
            for (int row = 0; row < store.size; row++) {
                int b = row >>> ColumnStore.BLOCK_SHIFT;
                int i = row & ColumnStore.BLOCK_MASK;
                while (surveyed < store.surveyed.length && store.surveyed[surveyed] < row) {
                    surveyed++;
                }
                if (!keeps(b, i, fromMillis, untilMillis)) {
                    continue;
                }
                // a column not held is null: its placeholder is stored nowhere (ColumnStore.Builder)
                builder.addCoded(store.timestamp == null ? 0 : store.timestamp[b][i], at(store.waitMillis, b, i),
                        at(store.handleMillis, b, i), touchpoints.code(at(store.touchpoint, b, i)),
                        customers.code(at(store.customer, b, i)), cases.code(at(store.caseId, b, i)),
                        reasons.code(at(store.reason, b, i)), agents.code(at(store.agent, b, i)),
                        segments.code(at(store.segment, b, i)),
                        store.channel == null ? -1 : channels.code(store.channel[b][i] & 0xFF),
                        at(store.outcome, b, i), at(store.initiator, b, i));
                int stage = store.stage == null ? -1 : store.stage[b][i];
                int tier = store.tier == null ? -1 : store.tier[b][i];
                if (stage >= 0 || tier >= 0) {
                    builder.stageAndTierCoded(stages.code(stage), tiers.code(tier));
                }
                if (surveyed < store.surveyed.length && store.surveyed[surveyed] == row) {
                    builder.addSurveyCoded(store.nps[surveyed], store.csat[surveyed], store.ces[surveyed]);
                    for (int d = 0; d < store.ratings.length; d++) {
                        int answer = store.ratings[d][surveyed];
                        if (answer != ColumnStore.MISSING) {
                            // codes in order of first answer among the rows kept, as InteractionColumns.of assigns
                            if (dimensions[d] < 0) {
                                dimensions[d] = builder.dimensionCode(store.ratedDimensions.get(d));
                            }
                            builder.rateCoded(dimensions[d], answer);
                        }
                    }
                }
            }
            return builder.build();
        }

        private static int at(int[][] column, int b, int i) {
            return column == null ? -1 : column[b][i];
        }

        private static int at(short[][] column, int b, int i) {
            return column == null ? -1 : column[b][i];
        }

        private static int at(byte[][] column, int b, int i) {
            return column == null ? 0 : column[b][i];
        }

        private boolean keeps(int b, int i, long fromMillis, long untilMillis) {
            long at = store.timestamp == null ? 0 : store.timestamp[b][i];
            if (at < fromMillis || at >= untilMillis) {
                return false;
            }
            for (int c = 0; c < keeps.length; c++) {
                if (!keeps[c][code(conditions.get(c).field(), b, i) + 1]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The new columns' code of each old code of one dictionary, found on first use; -1 stays -1. */
    private static final class Recode {
        private final List<String> values;
        private final java.util.function.ToIntFunction<String> code;
        private final int[] codes;

        Recode(List<String> values, java.util.function.ToIntFunction<String> code) {
            this.values = values;
            this.code = code;
            this.codes = new int[values.size()];
            Arrays.fill(codes, -1);
        }

        int code(int old) {
            if (old < 0) {
                return -1;
            }
            int c = codes[old];
            if (c < 0) {
                c = code.applyAsInt(values.get(old));
                codes[old] = c;
            }
            return c;
        }
    }

    /** A period bound as the day it starts if it is a midnight in UTC (as days give them), else the instant. */
    private static String text(Instant at) {
        LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().equals(at) ? day.toString() : at.toString();
    }

    /** The filter as a condition list, e.g. {@code from 2026-07-01, channel=chat,phone}; {@code all} if none. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        if (from != null) {
            parts.add("from " + text(from));
        }
        if (until != null) {
            parts.add("until " + text(until));
        }
        conditions.forEach(c -> parts.add(c.toString()));
        return parts.isEmpty() ? "all" : String.join(", ", parts);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof InteractionFilter other && java.util.Objects.equals(from, other.from)
                && java.util.Objects.equals(until, other.until) && conditions.equals(other.conditions);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(from, until, conditions);
    }
}
