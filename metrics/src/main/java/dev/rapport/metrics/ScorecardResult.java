package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.rapport.core.RapportJson;
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

    /** An aligned text table: one row per KPI, then, with a breakdown, one row per group with its scores. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s (%s): overall %.1f%n", scorecard, scoring, overall));
        int width = Math.max(6, kpis.stream().mapToInt(l -> l.metric().length()).max().orElse(0));
        out.append(String.format(Locale.ROOT, "%-" + width + "s %10s  %-19s %7s %10s %-7s %6s %8s%n", "KPI",
                "value", "95% CI", "n", "target", "status", "score", "contrib"));
        boolean anySmall = false;
        for (Line l : kpis) {
            Estimate e = l.estimate();
            String value = e.isEmpty() ? "-" : format(e.point());
            String ci = e.bounds() == Estimate.Bounds.NONE ? "-" : format(e.lower()) + " to " + format(e.upper());
            anySmall |= isSmall(e);
            out.append(String.format(Locale.ROOT, "%-" + width + "s %10s  %-19s %7s %10s %-7s %6.1f %8.1f%n",
                    l.metric(), value, ci, e.sampleSize() + (isSmall(e) ? SMALL_MARK : " "), format(l.target()),
                    l.status().name().toLowerCase(Locale.ROOT), l.score(), l.contribution()));
        }
        if (breakdown.isPresent() && !groups.isEmpty()) {
            int groupWidth = Math.max(breakdown.get().length(),
                    groups.keySet().stream().mapToInt(k -> Breakdown.shown(k).length()).max().orElse(0));
            out.append(String.format(Locale.ROOT, "%nby %s%n", breakdown.get()));
            out.append(String.format(Locale.ROOT, "%-" + groupWidth + "s %8s", breakdown.get(), "overall"));
            for (Line l : kpis) {
                out.append(' ').append(String.format(Locale.ROOT, "%" + Math.max(6, l.metric().length()) + "s",
                        l.metric()));
            }
            out.append(System.lineSeparator());
            groups.forEach((key, group) -> {
                out.append(String.format(Locale.ROOT, "%-" + groupWidth + "s %8.1f", Breakdown.shown(key),
                        group.overall()));
                for (int i = 0; i < group.kpis().size(); i++) {
                    Line l = group.kpis().get(i);
                    String cell = l.estimate().isEmpty() ? "-" : format(l.estimate().point())
                            + " " + l.status().name().charAt(0) + (isSmall(l.estimate()) ? SMALL_MARK : "");
                    out.append(' ').append(String.format(Locale.ROOT, "%" + Math.max(6, l.metric().length())
                            + "s", cell));
                }
                out.append(System.lineSeparator());
            });
            anySmall |= groups.values().stream().flatMap(g -> g.kpis().stream()).anyMatch(l -> isSmall(l.estimate()));
        }
        if (anySmall) {
            out.append(SMALL_MARK).append(" small sample: fewer observations than the KPI's minimum_sample")
                    .append(System.lineSeparator());
        }
        return out.toString();
    }

    /** Flagged and not empty: an empty estimate is always "small" but the table already shows it as no data. */
    private static boolean isSmall(Estimate e) {
        return e.isSmallSample() && !e.isEmpty();
    }

    private static String format(double value) {
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "-∞";
        }
        double magnitude = Math.abs(value);
        return String.format(Locale.ROOT, magnitude != 0 && magnitude < 1 ? "%.3f" : "%.1f", value);
    }
}
