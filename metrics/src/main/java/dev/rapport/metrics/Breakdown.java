package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.Interaction;
import dev.rapport.data.InteractionColumns;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * A dimension to break a scorecard down by: a name and the group key of each interaction (its touchpoint, stage,
 * channel, segment, agent, or the period of its timestamp). Interactions without a value fall in group
 * {@value #NONE}.
 * <pre>{@code
 * card.evaluate(interactions, metrics, Breakdown.byMonth(ZoneId.of("Europe/Paris")));
 * }</pre>
 * Two breakdowns are equal when their names are: the name identifies the grouping when tallies are merged.
 * This type is immutable and thread-safe if its key function is.
 */
public final class Breakdown {

    /** The group of interactions that carry no value for the dimension. */
    public static final String NONE = "(none)";

    /**
     * The widest group key a text table shows: a longer one (an agent id of a megabyte, say) is cut to this many
     * characters, the last an ellipsis, so that a table's width does not follow its input's longest cell.
     */
    public static final int KEY_WIDTH = 40;

    /** The key as a text table shows it: at most {@value #KEY_WIDTH} characters, cut with an ellipsis. */
    public static String shown(String key) {
        return com.google.common.base.Ascii.truncate(key, KEY_WIDTH, "…");
    }

    private final String name;
    private final Function<Interaction, String> key;
    /** The column of {@link InteractionColumns} this breakdown groups by, for the built-ins that have one. */
    private final Optional<InteractionColumns.Dimension> column;

    private Breakdown(String name, Function<Interaction, String> key, Optional<InteractionColumns.Dimension> column) {
        this.name = name;
        this.key = key;
        this.column = column;
    }

    /**
     * A breakdown by any key; a null or blank key means {@value #NONE}.
     *
     * @param name  what is broken down by, e.g. "region", not blank
     * @param key  the group of an interaction, not null
     */
    public static Breakdown of(String name, Function<Interaction, String> key) {
        checkArgument(!checkNotNull(name, "name").isBlank(), "a breakdown needs a name");
        return new Breakdown(name, checkNotNull(key, "key"), Optional.empty());
    }

    /** By touchpoint id. */
    public static Breakdown touchpoint() {
        return new Breakdown("touchpoint", Interaction::touchpoint,
                Optional.of(InteractionColumns.Dimension.TOUCHPOINT));
    }

    /** By journey stage id. */
    public static Breakdown stage() {
        return ofOptional("stage", Interaction::stage);
    }

    /** By channel id. */
    public static Breakdown channel() {
        return new Breakdown("channel", i -> i.channel().id(), Optional.of(InteractionColumns.Dimension.CHANNEL));
    }

    /** By customer segment. */
    public static Breakdown segment() {
        return new Breakdown("segment", i -> i.segment().orElse(NONE),
                Optional.of(InteractionColumns.Dimension.SEGMENT));
    }

    /** By agent. */
    public static Breakdown agent() {
        return new Breakdown("agent", i -> i.agent().orElse(NONE), Optional.of(InteractionColumns.Dimension.AGENT));
    }

    /** By ISO-8601 week of the timestamp in the zone, e.g. {@code 2026-W02}. */
    public static Breakdown byWeek(ZoneId zone) {
        checkNotNull(zone, "zone");
        return of("week", i -> {
            ZonedDateTime t = i.timestamp().atZone(zone);
            return String.format(Locale.ROOT, "%d-W%02d", t.get(IsoFields.WEEK_BASED_YEAR),
                    t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        });
    }

    /** By calendar month of the timestamp in the zone, e.g. {@code 2026-01}. */
    public static Breakdown byMonth(ZoneId zone) {
        checkNotNull(zone, "zone");
        return of("month", i -> {
            ZonedDateTime t = i.timestamp().atZone(zone);
            return String.format(Locale.ROOT, "%d-%02d", t.getYear(), t.getMonthValue());
        });
    }

    /** By calendar quarter of the timestamp in the zone, e.g. {@code 2026-Q1}. */
    public static Breakdown byQuarter(ZoneId zone) {
        checkNotNull(zone, "zone");
        return of("quarter", i -> {
            ZonedDateTime t = i.timestamp().atZone(zone);
            return t.getYear() + "-Q" + t.get(IsoFields.QUARTER_OF_YEAR);
        });
    }

    private static Breakdown ofOptional(String name, Function<Interaction, Optional<String>> key) {
        return of(name, i -> key.apply(i).orElse(NONE));
    }

    /** The column of {@link InteractionColumns} that gives the same groups, for the built-in breakdowns that have one. */
    Optional<InteractionColumns.Dimension> column() {
        return column;
    }

    /** What is broken down by. */
    public String name() {
        return name;
    }

    /** The group of an interaction, {@value #NONE} if it has none. */
    public String groupOf(Interaction interaction) {
        String group = key.apply(checkNotNull(interaction, "interaction"));
        return group == null || group.isBlank() ? NONE : group;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Breakdown other && name.equals(other.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return "by " + name;
    }
}
