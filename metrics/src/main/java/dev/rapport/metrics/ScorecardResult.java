package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.rapport.core.Messages;
import dev.rapport.core.RapportJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One evaluation of a scorecard: per KPI the estimate, status, score and contribution; the overall score; and,
 * with a breakdown, the same per group. An estimate from fewer observations than its KPI's
 * {@link Kpi#minimumSample() minimum sample} is flagged {@code small_sample}, and the table marks it with
 * {@code *}. {@link #toString()} prints an aligned table for JShell; {@link #toJson()}
 * writes the stable JSON output format:
 * <ul>
 * <li>{@code scorecard}: the scorecard's name; {@code scoring}: the strategy's registered name, or
 * {@code custom} for one passed directly;
 * <li>{@code kpis}: in scorecard order, each with {@code metric}, {@code estimate} ({@code value},
 * {@code sample_size}, {@code lower}, {@code upper}, {@code bounds}, {@code confidence}, {@code method},
 * {@code small_sample}; value and bounds are null without data, a bound the data cannot give is null with
 * {@code bounds} {@code lower-only}, {@code upper-only} or {@code none}; see {@link Estimate}), {@code status} ({@code green}, {@code amber}, {@code red},
 * {@code no_data}), {@code target}, {@code weight}, {@code score} (0-100) and {@code contribution}
 * (weight × score / total weight; these sum to {@code overall} under weighted-average);
 * <li>{@code overall}: the overall score, 0-100;
 * <li>{@code breakdown}: the dimension's name, absent without a breakdown; {@code groups}: group key to
 * {@code {kpis, overall}}, sorted by key, empty without a breakdown.
 * </ul>
 * This type is immutable and thread-safe.
 *
 * @param scorecard  the scorecard's name, not null
 * @param scoring  the scoring strategy's name, not null
 * @param kpis  the KPI lines in scorecard order, not null
 * @param overall  the overall score, 0-100
 * @param breakdown  the breakdown's name, if any, not null
 * @param groups  the results per group of the breakdown, by key, not null
 */
public record ScorecardResult(String scorecard, String scoring, List<Line> kpis, double overall,
        Optional<String> breakdown, Map<String, Group> groups) {

    private static final String SMALL_MARK = "*";

    public ScorecardResult {
        checkNotNull(scorecard, "scorecard");
        checkNotNull(scoring, "scoring");
        kpis = ImmutableList.copyOf(checkNotNull(kpis, "kpis"));
        checkNotNull(breakdown, "breakdown");
        groups = ImmutableSortedMap.copyOf(checkNotNull(groups, "groups"));
    }

    /**
     * One KPI's line in a result.
     *
     * @param metric  the metric's name
     * @param estimate  the metric's estimate
     * @param status  green, amber, red or no data
     * @param target  the KPI's target
     * @param weight  the KPI's weight
     * @param score  the KPI's score, 0-100
     * @param contribution  weight × score / total weight
     */
    public record Line(String metric, Estimate estimate, Status status, double target, double weight, double score,
            double contribution) {
    }

    /**
     * The result for one group of a breakdown.
     *
     * @param kpis  the KPI lines in scorecard order
     * @param overall  the group's overall score
     */
    public record Group(List<Line> kpis, double overall) {
        public Group {
            kpis = ImmutableList.copyOf(kpis);
        }
    }

    /** The line of the KPI on this metric. */
    public Optional<Line> kpi(String metric) {
        return kpis.stream().filter(l -> l.metric().equals(metric)).findFirst();
    }

    /** Writes this result as JSON (the format above). */
    public String toJson() {
        return RapportJson.write(this);
    }

    /**
     * An aligned text table: one row per KPI, then, with a breakdown, one row per group with its scores. English,
     * numbers without grouping: {@link #toString(Locale) toString(Locale.ROOT)}, the same on every machine.
     */
    @Override
    public String toString() {
        return toString(Locale.ROOT);
    }

    /**
     * The table of {@link #toString()} in a language: headings, status words and numbers for the locale (a
     * locale Rapport does not speak gives English). Metric ids stay ids, as the scorecard definition names them.
     * <pre>{@code
     * result.toString(Locale.forLanguageTag("pt-BR"))
     * }</pre>
     */
    public String toString(Locale locale) {
        Messages text = MetricNames.messages(locale);
        MetricNames names = MetricNames.in(locale);
        StringBuilder out = new StringBuilder();
        out.append(text.text("scorecard.title", scorecard, scoring, text.number(overall, 1)))
                .append(System.lineSeparator());
        int width = Math.max(6, kpis.stream().mapToInt(l -> l.metric().length()).max().orElse(0));
        List<String[]> rows = new ArrayList<>();
        boolean anySmall = false;
        for (Line l : kpis) {
            Estimate e = l.estimate();
            String value = e.isEmpty() ? "-" : format(text, e.point());
            String ci = e.bounds() == Estimate.Bounds.NONE ? "-"
                    : text.text("scorecard.interval", format(text, e.lower()), format(text, e.upper()));
            anySmall |= isSmall(e);
            rows.add(new String[] {l.metric(), value, ci, text.integer(e.sampleSize()) + (isSmall(e) ? SMALL_MARK : " "),
                format(text, l.target()), names.status(l.status()), text.number(l.score(), 1),
                text.number(l.contribution(), 1)});
        }
        String[] header = {text.text("scorecard.column.kpi"), text.text("scorecard.column.value"),
            text.text("scorecard.column.interval"), text.text("scorecard.column.n"), text.text("scorecard.column.target"),
            text.text("scorecard.column.status"), text.text("scorecard.column.score"),
            text.text("scorecard.column.contribution")};
        // the widths of the English table, widened where a language's words or numbers need more
        int[] widths = {width, 10, 19, 7, 10, 7, 6, 8};
        boolean[] left = {true, false, true, false, false, true, false, false};
        for (String[] row : rows) {
            widen(widths, row);
        }
        widen(widths, header);
        String[] separators = {"", " ", "  ", " ", " ", " ", " ", " "};
        appendRow(out, header, widths, left, separators);
        for (String[] row : rows) {
            appendRow(out, row, widths, left, separators);
        }
        if (breakdown.isPresent() && !groups.isEmpty()) {
            int groupWidth = Math.max(breakdown.get().length(),
                    groups.keySet().stream().mapToInt(k -> Breakdown.shown(k).length()).max().orElse(0));
            String overallHeading = text.text("scorecard.column.overall");
            int overallWidth = Math.max(8, overallHeading.length());
            out.append(System.lineSeparator()).append(text.text("scorecard.by", breakdown.get()))
                    .append(System.lineSeparator());
            out.append(pad(breakdown.get(), groupWidth, true)).append(' ').append(pad(overallHeading, overallWidth,
                    false));
            for (Line l : kpis) {
                out.append(' ').append(pad(l.metric(), Math.max(6, l.metric().length()), false));
            }
            out.append(System.lineSeparator());
            groups.forEach((key, group) -> {
                out.append(pad(Breakdown.shown(key), groupWidth, true)).append(' ')
                        .append(pad(text.number(group.overall(), 1), overallWidth, false));
                for (int i = 0; i < group.kpis().size(); i++) {
                    Line l = group.kpis().get(i);
                    String cell = l.estimate().isEmpty() ? "-" : format(text, l.estimate().point())
                            + " " + names.statusLetter(l.status()) + (isSmall(l.estimate()) ? SMALL_MARK : "");
                    out.append(' ').append(pad(cell, Math.max(6, l.metric().length()), false));
                }
                out.append(System.lineSeparator());
            });
            anySmall |= groups.values().stream().flatMap(g -> g.kpis().stream()).anyMatch(l -> isSmall(l.estimate()));
        }
        if (anySmall) {
            out.append(text.text("scorecard.small-sample")).append(System.lineSeparator());
        }
        return out.toString();
    }

    private static void widen(int[] widths, String[] row) {
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Math.max(widths[i], row[i].length());
        }
    }

    private static void appendRow(StringBuilder out, String[] row, int[] widths, boolean[] left, String[] separators) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.length; i++) {
            line.append(separators[i]).append(pad(row[i], widths[i], left[i]));
        }
        out.append(line.toString().stripTrailing()).append(System.lineSeparator());
    }

    private static String pad(String text, int width, boolean left) {
        String fill = " ".repeat(Math.max(0, width - text.length()));
        return left ? text + fill : fill + text;
    }

    /** Flagged and not empty: an empty estimate is always "small" but the table already shows it as no data. */
    private static boolean isSmall(Estimate e) {
        return e.isSmallSample() && !e.isEmpty();
    }

    private static String format(Messages text, double value) {
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "-∞";
        }
        double magnitude = Math.abs(value);
        return text.number(value, magnitude != 0 && magnitude < 1 ? 3 : 1);
    }
}
