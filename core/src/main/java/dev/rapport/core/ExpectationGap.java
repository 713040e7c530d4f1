package dev.rapport.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * The verdict of one delivery against one expectation, and its two gaps (SERVQUAL, Parasuraman, Zeithaml
 * and Berry 1994):
 * <ul>
 * <li>MSA, the measure of service adequacy: delivered minus adequate;</li>
 * <li>MSS, the measure of service superiority: delivered minus desired.</li>
 * </ul>
 * Both are signed so that <b>positive always means better for the customer</b>, whatever the scale's
 * direction: on a wait-time scale, a 30-second wait against an adequate 120 seconds has MSA = +90. The
 * verdict follows: MSA &lt; 0 is a {@link GapVerdict#FAILURE}, MSS &gt; 0 is {@link GapVerdict#DELIGHTED},
 * anything else is {@link GapVerdict#MET}.
 * <pre>{@code
 * ExpectationGap gap = Expectation.of(Scale.CSAT, 3, 4).evaluate(2);   // FAILURE, MSA -1, MSS -2
 * }</pre>
 * In JSON the gap is written with its expectation and delivery and, for readers, its verdict, MSA and MSS;
 * when read, the last three are recomputed. This type is immutable and thread-safe.
 */
@JsonPropertyOrder({"expectation", "delivery", "verdict", "msa", "mss"})
@JsonIgnoreProperties(value = {"verdict", "msa", "mss"}, allowGetters = true)
public final class ExpectationGap {

    private final Expectation expectation;
    private final Delivery delivery;
    private final double msa;
    private final double mss;
    private final GapVerdict verdict;

    private ExpectationGap(Expectation expectation, Delivery delivery) {
        this.expectation = expectation;
        this.delivery = delivery;
        Direction direction = expectation.scale().direction();
        this.msa = direction.signed(delivery.value() - expectation.adequate());
        this.mss = direction.signed(delivery.value() - expectation.desired());
        this.verdict = msa < 0 ? GapVerdict.FAILURE : mss > 0 ? GapVerdict.DELIGHTED : GapVerdict.MET;
    }

    /**
     * Compares a delivery with an expectation on the same scale.
     *
     * @param expectation  the expectation, not null
     * @param delivery  the delivery, on the expectation's scale, not null
     * @return the gap, never null
     * @throws IllegalArgumentException if the scales differ
     */
    @JsonCreator
    public static ExpectationGap of(@JsonProperty(value = "expectation", required = true) Expectation expectation,
            @JsonProperty(value = "delivery", required = true) Delivery delivery) {
        checkNotNull(expectation, "expectation");
        checkNotNull(delivery, "delivery");
        checkArgument(expectation.scale().equals(delivery.scale()),
                "delivery must be on the expectation's scale %s, was on %s", expectation.scale().id(),
                delivery.scale().id());
        return new ExpectationGap(expectation, delivery);
    }

    /** The expectation compared against. */
    @JsonProperty
    public Expectation expectation() {
        return expectation;
    }

    /** What was delivered. */
    @JsonProperty
    public Delivery delivery() {
        return delivery;
    }

    /** Failure, met or delighted. */
    @JsonProperty
    public GapVerdict verdict() {
        return verdict;
    }

    /** The measure of service adequacy, delivered minus adequate, positive meaning better. */
    @JsonProperty
    public double msa() {
        return msa;
    }

    /** The measure of service superiority, delivered minus desired, positive meaning better. */
    @JsonProperty
    public double mss() {
        return mss;
    }

    /** Whether the delivery fell below the adequate level. */
    public boolean isFailure() {
        return verdict == GapVerdict.FAILURE;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ExpectationGap other && expectation.equals(other.expectation)
                && delivery.equals(other.delivery);
    }

    @Override
    public int hashCode() {
        return Objects.hash(expectation, delivery);
    }

    /** Returns e.g. {@code FAILURE: delivered 2 against adequate 3, desired 4 (MSA -1, MSS -2)}. */
    @Override
    public String toString() {
        return verdict + ": delivered " + Scale.format(delivery.value()) + " against adequate "
                + Scale.format(expectation.adequate()) + ", desired " + Scale.format(expectation.desired())
                + " (MSA " + signed(msa) + ", MSS " + signed(mss) + ")";
    }

    private static String signed(double value) {
        return (value > 0 ? "+" : "") + Scale.format(value);
    }
}
