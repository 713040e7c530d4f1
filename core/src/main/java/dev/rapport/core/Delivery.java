package dev.rapport.core;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * What the customer got, measured or perceived, on a {@link Scale}: a satisfaction answer of 4, a wait of
 * 95 seconds, a price of 19.90. Compared with an {@link Expectation} it gives an {@link ExpectationGap}.
 * <pre>{@code
 * Delivery got = Delivery.of(Scale.CSAT, 4);
 * }</pre>
 * This type is immutable and thread-safe.
 *
 * @param scale  the scale of the value, not null
 * @param value  the delivered level, on the scale
 */
@Consistent
public record Delivery(@JsonProperty(required = true) @NotNull @Valid Scale scale,
        @JsonProperty(required = true) double value) implements CrossFieldChecked {

    public Delivery {
        checkNotNull(scale, "scale");
    }

    /**
     * Obtains a delivery.
     *
     * @param scale  the scale, not null
     * @param value  the delivered level, on the scale
     * @return the delivery, never null
     * @throws IllegalArgumentException if the value is not on the scale
     */
    public static Delivery of(Scale scale, double value) {
        checkNotNull(scale, "scale").check(value);
        return new Delivery(scale, value);
    }

    @Override
    public void checkCrossFields(Problems problems) {
        if (!scale.contains(value)) {
            problems.add("value", "must be on the " + scale.id() + " scale (" + Scale.format(scale.min()) + " to "
                    + Scale.format(scale.max()) + ")", value);
        }
    }

    /** Returns e.g. {@code 4 points}. */
    @Override
    public String toString() {
        return Scale.format(value) + (scale.unit().isEmpty() ? "" : " " + scale.unit());
    }
}
