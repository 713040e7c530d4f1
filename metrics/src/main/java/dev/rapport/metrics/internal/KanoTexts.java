package dev.rapport.metrics.internal;

import com.google.common.base.Strings;
import dev.rapport.core.KanoCategory;
import dev.rapport.core.Messages;
import dev.rapport.metrics.Estimate;
import dev.rapport.metrics.KanoAnalysis;
import java.util.List;
import java.util.Locale;

/**
 * The Kano table's, chart's and report section's texts in one language, from the bundle
 * {@value #BUNDLE} (en, pt, ms, it, lt, ro), with numbers formatted for the locale.
 * This type is immutable and thread-safe.
 */
public final class KanoTexts {

    /** The bundle's base name. */
    public static final String BUNDLE = KanoAnalysis.MESSAGES;

    private final Messages messages;

    private KanoTexts(Messages messages) {
        this.messages = messages;
    }

    /** The texts in a language; one Rapport does not speak gives English. */
    public static KanoTexts of(Locale locale) {
        return new KanoTexts(Messages.of(BUNDLE, locale));
    }

    /** A message of the bundle by its key without the {@code kano.} prefix, e.g. {@code chart.title}. */
    public String text(String key, Object... arguments) {
        return messages.text("kano." + key, arguments);
    }

    /** A plural message by its key without the {@code kano.} prefix. */
    public String plural(String key, long count, Object... arguments) {
        return messages.plural("kano." + key, count, arguments);
    }

    /** The name of a category, e.g. {@code one-dimensional}. */
    public String category(KanoCategory category) {
        return text("category." + id(category));
    }

    /** The label of a quadrant of the chart, e.g. {@code One-dimensional}. */
    public String quadrant(KanoCategory category) {
        return text("quadrant." + id(category));
    }

    private static String id(KanoCategory category) {
        return category.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A number with two decimals, e.g. {@code 0.76} (en) or {@code 0,76} (pt). */
    public String number(double value) {
        return messages.number(value, 2);
    }

    /** An estimate as value and interval, e.g. {@code 0.76 (0.60 to 0.87)}, or {@code -} when empty. */
    public String interval(Estimate e) {
        return e.isEmpty() ? "-" : text("interval", number(e.point()), number(e.lower()), number(e.upper()));
    }

    /** A whole number for the locale. */
    public String integer(long value) {
        return messages.integer(value);
    }

    /**
     * Lays out a text table: each column as wide as its widest cell, aligned by {@code align} (one letter per
     * column, {@code L} or {@code R}), two spaces between columns, no trailing spaces.
     */
    public static String table(List<String[]> rows, String align) {
        int columns = rows.get(0).length;
        int[] width = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                boolean left = align.charAt(c) == 'L';
                line.append(c == 0 ? "" : "  ").append(left ? Strings.padEnd(row[c], width[c], ' ')
                        : Strings.padStart(row[c], width[c], ' '));
            }
            out.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
        return out.toString();
    }
}
