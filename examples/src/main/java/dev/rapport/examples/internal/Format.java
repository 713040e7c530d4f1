package dev.rapport.examples.internal;

import dev.rapport.metrics.Change;
import dev.rapport.metrics.Estimate;
import java.util.Locale;

/** Numbers as the terminal summary and the report show them. */
final class Format {

    private Format() {
    }

    /** Three decimals for shares, one otherwise. */
    static String number(double value) {
        return number(value, value);
    }

    /** Three decimals if {@code scale} is a share (at most 1 in magnitude), one otherwise; an open bound as ∞. */
    static String number(double value, double scale) {
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "-∞";
        }
        double magnitude = Math.abs(scale);
        String text = String.format(Locale.ROOT, magnitude != 0 && magnitude <= 1 ? "%.3f" : "%.1f", value);
        return text.startsWith("-") && text.matches("-0\\.0+") ? text.substring(1) : text;
    }

    static String signed(double value, double scale) {
        String text = number(value, scale);
        return value > 0 ? "+" + text : text;
    }

    static String value(Estimate estimate) {
        return estimate.isEmpty() ? "-" : number(estimate.point());
    }

    static String interval(Estimate estimate) {
        return estimate.isEmpty() ? "-" : range(estimate.lower(), estimate.upper()) + " n=" + estimate.sampleSize();
    }

    /** {@code (1.0 to 4.0)}; an open bound (an infinite one) as {@code ∞}, and no interval at all as {@code (-)}. */
    static String range(double lower, double upper) {
        if (Double.isInfinite(lower) && Double.isInfinite(upper)) {
            return "(-)";
        }
        double scale = Math.max(magnitude(lower), magnitude(upper));
        return "(" + number(lower, scale) + " to " + number(upper, scale) + ")";
    }

    private static double magnitude(double bound) {
        return Double.isInfinite(bound) ? 0 : Math.abs(bound);
    }

    /** The scale of a change: shares stay shares even when the difference is small. */
    static double scale(Change change) {
        return Math.max(Math.abs(change.baseline().point()), Math.abs(change.current().point()));
    }

    /** {@code better, p=0.001}, {@code worse, p<0.0001} or {@code no significant change}. */
    static String verdict(Change change) {
        if (!change.isSignificant()) {
            return "no significant change";
        }
        String p = change.pValue() < 0.0001 ? "p<0.0001" : String.format(Locale.ROOT, "p=%.4f", change.pValue());
        return change.verdict().name().toLowerCase(Locale.ROOT) + ", " + p;
    }
}
