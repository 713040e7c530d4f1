package dev.rapport.journey;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A value shown on a touchpoint's card in a journey-map picture, with a status colour: how metric results
 * (CSAT, wait time, first-contact resolution...) are laid over the map without this module knowing metrics.
 * <pre>{@code
 * map.toSvg(Map.of("phone-support", Annotation.bad("FCR 61%"), "faq", Annotation.good("CSAT 4.6")))
 * }</pre>
 * This type is immutable and thread-safe.
 *
 * @param text  what to show, e.g. {@code CSAT 4.6}, not null
 * @param colour  the status colour as {@code #rrggbb}
 */
public record Annotation(String text, String colour) {

    /** Green: on target. */
    public static final String GOOD = "#2e7d32";
    /** Amber: near the limit. */
    public static final String WARNING = "#ef8f00";
    /** Red: off target. */
    public static final String BAD = "#c62828";
    /** Grey: no judgement. */
    public static final String NEUTRAL = "#607d8b";

    public Annotation {
        checkNotNull(text, "text");
        checkNotNull(colour, "colour");
        checkArgument(colour.matches("#[0-9a-fA-F]{6}"), "annotation colour must be #rrggbb, was '%s'", colour);
    }

    /** A value with a colour of your own, {@code #rrggbb}. */
    public static Annotation of(String text, String colour) {
        return new Annotation(text, colour);
    }

    /** A value on target, in green. */
    public static Annotation good(String text) {
        return new Annotation(text, GOOD);
    }

    /** A value near its limit, in amber. */
    public static Annotation warning(String text) {
        return new Annotation(text, WARNING);
    }

    /** A value off target, in red. */
    public static Annotation bad(String text) {
        return new Annotation(text, BAD);
    }

    /** A value without a judgement, in grey. */
    public static Annotation neutral(String text) {
        return new Annotation(text, NEUTRAL);
    }
}
