package dev.rapport.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What a number means: its bounds, its unit and which direction is better. A survey answer on 1 to 5, a wait
 * in seconds, a price in euros are each on a scale, and expectations and deliveries are compared on one.
 * <p>
 * Standard scales: {@link #NPS} (0-10), {@link #CSAT} (1-5), {@link #CES} (1-7, 7 = very easy), {@link #RATING} (1-5, for service dimensions),
 * {@link #DURATION_SECONDS} and {@link #MONEY} (0 and up, lower is better). An unbounded maximum is
 * {@link Double#POSITIVE_INFINITY}, written in JSON as {@code "Infinity"}.
 * In JSON a standard scale may be written as its id alone, {@code "csat"}.
 * <pre>{@code
 * Scale stars = Scale.of("stars", 1, 5, Direction.HIGHER_IS_BETTER, "stars");
 * }</pre>
 * This type is immutable and thread-safe.
 *
 * @param id  the identifier, lower-case kebab-case, not null
 * @param min  the least possible value, finite
 * @param max  the greatest possible value, greater than {@code min}, may be positive infinity
 * @param direction  which way is better, not null
 * @param unit  the unit values are in, e.g. "points" or "seconds", not null
 */
public record Scale(@JsonProperty(required = true) String id, @JsonProperty(required = true) double min,
        @JsonProperty(required = true) double max, @JsonProperty(required = true) Direction direction,
        String unit) {

    /** Likelihood to recommend, 0 (not at all likely) to 10 (extremely likely). */
    public static final Scale NPS = new Scale("nps", 0, 10, Direction.HIGHER_IS_BETTER, "points");
    /** Customer satisfaction, 1 (very unsatisfied) to 5 (very satisfied). */
    public static final Scale CSAT = new Scale("csat", 1, 5, Direction.HIGHER_IS_BETTER, "points");
    /**
     * Customer effort score, 1 (strongly disagree) to 7 (strongly agree) that "the company made it easy to
     * handle my issue" (CES 2.0): higher means less effort, so higher is better.
     */
    public static final Scale CES = new Scale("ces", 1, 7, Direction.HIGHER_IS_BETTER, "points");
    /** A rating of one service dimension, 1 (very poor) to 5 (excellent). */
    public static final Scale RATING = new Scale("rating", 1, 5, Direction.HIGHER_IS_BETTER, "points");
    /** Elapsed time in seconds: waits, response and handling times. */
    public static final Scale DURATION_SECONDS =
            new Scale("duration", 0, Double.POSITIVE_INFINITY, Direction.LOWER_IS_BETTER, "seconds");
    /** An amount of money in the customer's currency: a price, a fee. */
    public static final Scale MONEY = new Scale("money", 0, Double.POSITIVE_INFINITY, Direction.LOWER_IS_BETTER,
            "currency units");

    private static final List<Scale> STANDARD = List.of(NPS, CSAT, CES, RATING, DURATION_SECONDS, MONEY);

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public Scale {
        Ids.kebab(id, "scale", "id");
        checkArgument(Double.isFinite(min), "scale '%s' must have a finite minimum, was %s", id, min);
        checkArgument(!Double.isNaN(max) && max > min,
                "scale '%s' must have a maximum greater than its minimum %s, was %s", id, min, max);
        checkNotNull(direction, "direction");
        unit = unit == null ? "" : unit;
    }

    /**
     * Obtains a scale.
     *
     * @param id  the identifier, lower-case kebab-case, not null
     * @param min  the least possible value
     * @param max  the greatest possible value, greater than min
     * @param direction  which way is better, not null
     * @param unit  the unit, not null
     * @return the scale, never null
     */
    public static Scale of(String id, double min, double max, Direction direction, String unit) {
        return new Scale(id, min, max, direction, checkNotNull(unit, "unit"));
    }

    /**
     * Returns the standard scale with this id: nps, csat, ces, rating, duration or money. This is also how
     * JSON reads a scale written as a bare id, {@code "scale": "csat"}.
     *
     * @param id  the id of a standard scale, not null
     * @return the scale, never null
     * @throws IllegalArgumentException naming the standard ids if there is no such scale
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Scale standard(String id) {
        for (Scale scale : STANDARD) {
            if (scale.id.equals(checkNotNull(id, "id"))) {
                return scale;
            }
        }
        throw new IllegalArgumentException("'" + id + "' is not a standard scale (nps, csat, ces, rating, duration, "
                + "money); write another scale as an object with id, min, max, direction and unit");
    }

    /** The standard scales: nps, csat, ces, rating, duration, money. */
    public static List<Scale> standardScales() {
        return STANDARD;
    }

    /** Whether {@code value} lies within the bounds, both included. */
    public boolean contains(double value) {
        return value >= min && value <= max;
    }

    /**
     * Returns {@code value} if it lies on this scale.
     *
     * @throws IllegalArgumentException quoting the value and the bounds if it does not
     */
    public double check(double value) {
        checkArgument(contains(value), "value must be on the %s scale (%s to %s), was %s", id, min, max, value);
        return value;
    }

    /** Returns e.g. {@code csat 1..5 points, higher is better}. */
    @Override
    public String toString() {
        return id + " " + format(min) + ".." + format(max) + (unit.isEmpty() ? "" : " " + unit) + ", "
                + (direction == Direction.HIGHER_IS_BETTER ? "higher" : "lower") + " is better";
    }

    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.isInfinite(value) ? (value > 0 ? "∞" : "-∞") : Double.toString(value);
    }
}
