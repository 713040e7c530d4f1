package dev.rapport.core;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * What customers expect at a touchpoint, as a zone of tolerance on a {@link Scale}: the {@code adequate}
 * level is the least they will accept, the {@code desired} level what they hope for (Parasuraman, Zeithaml
 * and Berry's SERVQUAL). Service below adequate is a failure, between the two it meets expectations, beyond
 * desired it delights.
 * <p>
 * Rules, checked all at once by {@link Models#validate} (and so by {@link #of}): both levels lie on the scale,
 * and adequate is no better than desired in the scale's direction (on a wait-time scale, the adequate wait is
 * the longer one).
 * <pre>{@code
 * Expectation wait = Expectation.of(Scale.DURATION_SECONDS, 120, 30);   // accept 2 min, hope for 30 s
 * wait.evaluate(20)   // DELIGHTED: delivered 20, MSA +100, MSS +10 (duration, lower is better)
 * }</pre>
 * This type is immutable and thread-safe.
 *
 * @param scale  the scale both levels are on, not null
 * @param adequate  the least acceptable level
 * @param desired  the hoped-for level, no worse than adequate
 */
@Consistent
public record Expectation(@JsonProperty(required = true) @NotNull @Valid Scale scale,
        @JsonProperty(required = true) double adequate, @JsonProperty(required = true) double desired)
        implements CrossFieldChecked {

    public Expectation {
        checkNotNull(scale, "scale");
    }

    //-----------------------------------------------------------------------
    /**
     * Obtains an expectation, checking every rule.
     *
     * @param scale  the scale, not null
     * @param adequate  the least acceptable level
     * @param desired  the hoped-for level
     * @return the expectation, never null
     * @throws InvalidModelException listing every broken rule
     */
    public static Expectation of(Scale scale, double adequate, double desired) {
        return Models.validate(new Expectation(scale, adequate, desired));
    }

    /**
     * Compares a delivered level with this expectation.
     *
     * @param delivered  what was delivered or perceived, on this expectation's scale
     * @return the gap and verdict, never null
     * @throws IllegalArgumentException if the value is not on the scale
     */
    public ExpectationGap evaluate(double delivered) {
        return ExpectationGap.of(this, Delivery.of(scale, delivered));
    }

    /**
     * Compares a delivery with this expectation.
     *
     * @param delivery  what was delivered, on the same scale, not null
     * @return the gap and verdict, never null
     * @throws IllegalArgumentException if the delivery is on another scale
     */
    public ExpectationGap evaluate(Delivery delivery) {
        return ExpectationGap.of(this, delivery);
    }

    @Override
    public void checkCrossFields(Problems problems) {
        if (!scale.contains(adequate)) {
            problems.add("adequate", "must be on the " + scale.id() + " scale (" + Scale.format(scale.min())
                    + " to " + Scale.format(scale.max()) + ")", adequate);
        }
        if (!scale.contains(desired)) {
            problems.add("desired", "must be on the " + scale.id() + " scale (" + Scale.format(scale.min())
                    + " to " + Scale.format(scale.max()) + ")", desired);
        }
        if (scale.direction().isBetter(adequate, desired)) {
            problems.add("adequate", "must not be better than desired (" + Scale.format(desired) + ") when "
                    + (scale.direction() == Direction.HIGHER_IS_BETTER ? "higher" : "lower")
                    + " is better", adequate);
        }
    }

    /** Returns e.g. {@code adequate 3, desired 5 on csat 1..5 points, higher is better}. */
    @Override
    public String toString() {
        return "adequate " + Scale.format(adequate) + ", desired " + Scale.format(desired) + " on " + scale;
    }
}
