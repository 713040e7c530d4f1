package dev.rapport.examples.internal;

import dev.rapport.core.Messages;
import dev.rapport.metrics.Change;
import dev.rapport.metrics.Estimate;
import dev.rapport.metrics.MetricNames;
import dev.rapport.metrics.Status;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * Texts and numbers as the terminal summary and the report show them, in one language: the examples bundle's
 * messages, the metrics' names and status words, and numbers with the locale's separators. {@link Locale#ROOT}
 * is English without grouping, as Rapport printed before it spoke other languages. Immutable and thread-safe.
 */
final class Format {

    /** The bundle of the report's and the command line's texts. */
    static final String BUNDLE = "dev.rapport.examples.messages";

    private final Messages text;
    private final MetricNames names;

    private Format(Locale locale) {
        this.text = Messages.of(BUNDLE, locale);
        this.names = MetricNames.in(locale);
    }

    static Format of(Locale locale) {
        return new Format(locale);
    }

    Locale locale() {
        return text.locale();
    }

    /** A message of the bundle. */
    String text(String key, Object... arguments) {
        return text.text(key, arguments);
    }

    /** A plural message of the bundle, the count as {0}. */
    String plural(String key, long count, Object... arguments) {
        return text.plural(key, count, arguments);
    }

    /** A whole number, grouped for the locale. */
    String integer(long value) {
        return text.integer(value);
    }

    /** A number with fixed decimals; never "-0.0". */
    String fixed(double value, int decimals) {
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "-∞";
        }
        boolean roundsToZero = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).signum() == 0;
        return text.number(roundsToZero ? 0.0 : value, decimals);
    }

    /** A share as a percentage with one decimal. */
    String percent(double share) {
        return text.percent(share, 1);
    }

    /** Three decimals for shares, one otherwise. */
    String number(double value) {
        return number(value, value);
    }

    /** Three decimals if {@code scale} is a share (at most 1 in magnitude), one otherwise; an open bound as ∞. */
    String number(double value, double scale) {
        double magnitude = Math.abs(scale);
        return fixed(value, magnitude != 0 && magnitude <= 1 ? 3 : 1);
    }

    String signed(double value, double scale) {
        String number = number(value, scale);
        return value > 0 ? "+" + number : number;
    }

    String value(Estimate estimate) {
        return estimate.isEmpty() ? "-" : number(estimate.point());
    }

    String interval(Estimate estimate) {
        return estimate.isEmpty() ? "-"
                : text.text("interval", range(estimate.lower(), estimate.upper()), integer(estimate.sampleSize()));
    }

    /** {@code (1.0 to 4.0)}; an open bound (an infinite one) as {@code ∞}, and no interval at all as {@code (-)}. */
    String range(double lower, double upper) {
        if (Double.isInfinite(lower) && Double.isInfinite(upper)) {
            return text.text("range.none");
        }
        double scale = Math.max(magnitude(lower), magnitude(upper));
        return text.text("range", number(lower, scale), number(upper, scale));
    }

    private static double magnitude(double bound) {
        return Double.isInfinite(bound) ? 0 : Math.abs(bound);
    }

    /** The scale of a change: shares stay shares even when the difference is small. */
    static double scale(Change change) {
        return Math.max(Math.abs(change.baseline().point()), Math.abs(change.current().point()));
    }

    /** {@code 0.0012}, or {@code <0.0001} below that. */
    String pValue(double p) {
        return p < 0.0001 ? "<" + fixed(0.0001, 4) : fixed(p, 4);
    }

    /** {@code better, p=0.001}, {@code worse, p<0.0001} or {@code no significant change}. */
    String verdict(Change change) {
        if (!change.isSignificant()) {
            return text.text("verdict.none");
        }
        String word = text.text(change.verdict() == Change.Verdict.BETTER ? "verdict.better" : "verdict.worse");
        return change.pValue() < 0.0001 ? text.text("verdict.p-below", word, fixed(0.0001, 4))
                : text.text("verdict.p", word, fixed(change.pValue(), 4));
    }

    /** E.g. {@code -8.2 (-12.0 to -4.4), worse, p=0.0001}. */
    String change(Change change) {
        double scale = scale(change);
        return text.text("change", signed(change.difference(), scale), number(change.lower(), scale),
                number(change.upper(), scale), verdict(change));
    }

    /** The metric's display name in this language (its id for one Rapport does not know). */
    String metric(String id) {
        return names.displayName(id);
    }

    String status(Status status) {
        return names.status(status);
    }

    /**
     * A calendar quarter: {@code 2026-Q3} in English (as Rapport always printed it), the locale's abbreviated
     * quarter otherwise ({@code T3 2026} in Italian, {@code III k. 2026} in Lithuanian), from CLDR.
     */
    String quarter(LocalDate start) {
        if (text.locale().getLanguage().equals("en") || text.locale().equals(Locale.ROOT)) {
            return start.getYear() + "-Q" + start.get(IsoFields.QUARTER_OF_YEAR);
        }
        return DateTimeFormatter.ofPattern("QQQ y", text.locale()).format(start);
    }

    /** A duration in seconds, minutes, hours or days, whichever reads best. */
    String duration(double seconds) {
        if (seconds < 120) {
            return text.text("duration.seconds", fixed(seconds, 0));
        } else if (seconds < 7200) {
            return text.text("duration.minutes", fixed(seconds / 60, 0));
        } else if (seconds < 172_800) {
            return text.text("duration.hours", fixed(seconds / 3600, 1));
        }
        BigDecimal days = BigDecimal.valueOf(seconds / 86_400).setScale(1, RoundingMode.HALF_UP);
        return text.plural("duration.days", days);
    }
}
