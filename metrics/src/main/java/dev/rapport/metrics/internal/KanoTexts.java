package dev.rapport.metrics.internal;

import dev.rapport.core.KanoCategory;
import java.util.Locale;

/**
 * Every English text of the Kano table, chart and report section, in one place (until they move to the resource
 * bundles): headings, category names, quadrant labels, axis titles and notes.
 */
public final class KanoTexts {

    public static final String FEATURE = "feature";
    public static final String UNKNOWN = "unknown";
    public static final String CATEGORY = "category";
    public static final String CS_PLUS = "CS+ (95% CI)";
    public static final String CS_MINUS = "CS- (95% CI)";
    public static final String STRENGTH = "strength";
    public static final String FLAG = "flag";
    public static final String NO_ANSWERS = "no classified answers";
    public static final String CHART_TITLE = "Kano chart: satisfaction (CS+) against dissatisfaction (|CS-|)";
    public static final String X_AXIS = "|CS-|: dissatisfaction if absent";
    public static final String Y_AXIS = "CS+: satisfaction if present";
    public static final String NOT_PLOTTED = "Not plotted (no A, O, M or I answers): ";
    public static final String SECTION_TITLE = "Kano: what delights";
    public static final String SECTION_NOTE = "Each feature's category is its most frequent answer pair (ties: "
            + "must-be, one-dimensional, attractive, indifferent). CS+ = (A+O)/(A+O+M+I) and CS- = -(O+M)/(A+O+M+I) "
            + "(Berger et al. 1993) with 95% Wilson intervals (the whiskers). A flag marks a close call: the two most "
            + "frequent categories cannot be told apart at this sample size.";

    private KanoTexts() {
    }

    /** The name of a category, e.g. {@code one-dimensional}. */
    public static String name(KanoCategory category) {
        return category.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The label of a quadrant of the chart, e.g. {@code One-dimensional}. */
    public static String quadrant(KanoCategory category) {
        String name = name(category);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The flag of a close call, e.g. {@code close: attractive/indifferent}. */
    public static String closeCall(KanoCategory first, KanoCategory second) {
        return "close: " + name(first) + "/" + name(second);
    }
}
