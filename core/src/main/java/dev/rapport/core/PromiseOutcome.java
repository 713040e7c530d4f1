package dev.rapport.core;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The verdict of a {@link Fulfilment} against a {@link ServicePromise}, per part and overall.
 * <p>
 * Per part ({@link Part}): not promised, kept or broken. {@code what} is kept when the delivered thing equals
 * the promised one, ignoring case and surrounding spaces; {@code when} when it was delivered at or before the
 * deadline; {@code how} when the way matches, ignoring case; {@code price} when the customer was charged no
 * more than promised. A promised part with nothing recorded for it is broken: a promise is kept only on
 * evidence. Overall: {@link Verdict#BROKEN} if any part is broken, {@link Verdict#WOW} if every part is kept
 * and at least one extra was delivered, otherwise {@link Verdict#KEPT}.
 * <pre>{@code
 * PromiseOutcome outcome = promise.evaluate(fulfilment);   outcome.verdict()   // WOW
 * }</pre>
 * In JSON the outcome is written with its promise, fulfilment, parts and verdict; when read, the parts and
 * verdict are recomputed. This type is immutable and thread-safe.
 */
@JsonPropertyOrder({"promise", "fulfilment", "parts", "verdict"})
@JsonIgnoreProperties(value = {"parts", "verdict"}, allowGetters = true)
public final class PromiseOutcome {

    /** The four parts of a promise. */
    public enum Part {
        /** What is delivered. */
        WHAT,
        /** By when. */
        WHEN,
        /** How, through which channel or method. */
        HOW,
        /** At what price. */
        PRICE
    }

    /** The verdict on one part. */
    public enum PartVerdict {
        /** The promise said nothing about this part. */
        NOT_PROMISED,
        /** The part was kept. */
        KEPT,
        /** The part was broken, or nothing shows it was kept. */
        BROKEN
    }

    /** The overall verdict. */
    public enum Verdict {
        /** At least one part was broken. */
        BROKEN,
        /** Every promised part was kept. */
        KEPT,
        /** Every promised part was kept, plus an extra: "WOW". */
        WOW
    }

    private final ServicePromise promise;
    private final Fulfilment fulfilment;
    private final ImmutableMap<Part, PartVerdict> parts;
    private final Verdict verdict;

    private PromiseOutcome(ServicePromise promise, Fulfilment fulfilment) {
        this.promise = promise;
        this.fulfilment = fulfilment;
        Map<Part, PartVerdict> byPart = new EnumMap<>(Part.class);
        byPart.put(Part.WHAT, judge(fulfilment.what().map(w -> w.trim().equalsIgnoreCase(promise.what().trim()))
                .orElse(false)));
        byPart.put(Part.WHEN, promise.deadline().map(deadline -> judge(fulfilment.deliveredAt()
                .map(at -> !at.isAfter(deadline)).orElse(false))).orElse(PartVerdict.NOT_PROMISED));
        byPart.put(Part.HOW, promise.how().map(how -> judge(fulfilment.how()
                .map(h -> h.trim().equalsIgnoreCase(how.trim())).orElse(false))).orElse(PartVerdict.NOT_PROMISED));
        byPart.put(Part.PRICE, promise.price().map(price -> judge(fulfilment.price()
                .map(p -> p.compareTo(price) <= 0).orElse(false))).orElse(PartVerdict.NOT_PROMISED));
        this.parts = ImmutableMap.copyOf(byPart);
        this.verdict = parts.containsValue(PartVerdict.BROKEN) ? Verdict.BROKEN
                : fulfilment.extras().isEmpty() ? Verdict.KEPT : Verdict.WOW;
    }

    private static PartVerdict judge(boolean kept) {
        return kept ? PartVerdict.KEPT : PartVerdict.BROKEN;
    }

    /**
     * Judges a fulfilment against a promise.
     *
     * @param promise  the promise, not null
     * @param fulfilment  what happened, not null
     * @return the outcome, never null
     */
    @JsonCreator
    public static PromiseOutcome of(@JsonProperty(value = "promise", required = true) ServicePromise promise,
            @JsonProperty(value = "fulfilment", required = true) Fulfilment fulfilment) {
        return new PromiseOutcome(checkNotNull(promise, "promise"), checkNotNull(fulfilment, "fulfilment"));
    }

    /** The promise judged. */
    @JsonProperty
    public ServicePromise promise() {
        return promise;
    }

    /** What happened. */
    @JsonProperty
    public Fulfilment fulfilment() {
        return fulfilment;
    }

    /** The verdict on each of the four parts, in the order what, when, how, price. */
    @JsonProperty
    public Map<Part, PartVerdict> parts() {
        return parts;
    }

    /** Broken, kept or WOW. */
    @JsonProperty
    public Verdict verdict() {
        return verdict;
    }

    /** Whether every promised part was kept (with or without an extra). */
    public boolean isKept() {
        return verdict != Verdict.BROKEN;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof PromiseOutcome other && promise.equals(other.promise)
                && fulfilment.equals(other.fulfilment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(promise, fulfilment);
    }

    /** Returns e.g. {@code BROKEN (what KEPT, when BROKEN, how NOT_PROMISED, price KEPT)}. */
    @Override
    public String toString() {
        return verdict + " (" + parts.entrySet().stream().map(e -> e.getKey().name().toLowerCase(java.util.Locale.ROOT)
                + " " + e.getValue()).collect(Collectors.joining(", ")) + ")";
    }
}
