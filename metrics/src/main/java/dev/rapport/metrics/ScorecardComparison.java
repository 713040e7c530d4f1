package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.rapport.core.RapportJson;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A scorecard's KPIs in the current period against a baseline period, each change with its significance.
 * <pre>{@code
 * System.out.println(card.compare(lastMonth, thisMonth, metrics));
 * }</pre>
 * JSON fields ({@link #toJson()}): {@code scorecard}, {@code alpha}, {@code changes} (per KPI with data in both
 * periods: {@code metric}, {@code baseline} and {@code current} estimates, {@code test}, {@code difference},
 * {@code lower}, {@code upper}, {@code statistic}, {@code p_value}, {@code verdict}: {@code better},
 * {@code worse} or {@code no_significant_change}) and {@code no_data} (metrics with fewer than
 * {@link ScorecardTally#MIN_COMPARED} observations in a period).
 * <p>
 * This type is immutable and thread-safe.
 *
 * @param scorecard  the scorecard's name, not null
 * @param alpha  the significance level
 * @param changes  the changes, in scorecard order, not null
 * @param noData  the metrics of KPIs with too few observations in either period, not null
 */
public record ScorecardComparison(String scorecard, double alpha, List<Change> changes, List<String> noData) {

    public ScorecardComparison {
        checkNotNull(scorecard, "scorecard");
        changes = ImmutableList.copyOf(checkNotNull(changes, "changes"));
        noData = ImmutableList.copyOf(checkNotNull(noData, "noData"));
    }

    /** The change of the KPI on this metric, if it had data in both periods. */
    public Optional<Change> change(String metric) {
        return changes.stream().filter(c -> c.metric().equals(metric)).findFirst();
    }

    /** Writes this comparison as JSON (the format above). */
    public String toJson() {
        return RapportJson.write(this);
    }

    /** An aligned table, one row per KPI. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%s: current vs baseline (alpha %s)%n",
                scorecard, alpha));
        int width = Math.max(6, changes.stream().mapToInt(c -> c.metric().length()).max().orElse(0));
        out.append(String.format(Locale.ROOT, "%-" + width + "s %10s %10s %10s  %-21s %-16s %8s %8s  %s%n",
                "KPI", "baseline", "current", "change", "interval", "test", "stat", "p", "verdict"));
        for (Change c : changes) {
            out.append(String.format(Locale.ROOT, "%-" + width + "s %10s %10s %10s  %-21s %-16s %8.3f %8.4f  %s%n",
                    c.metric(), f(c.baseline().point()), f(c.current().point()), f(c.difference()),
                    f(c.lower()) + " to " + f(c.upper()), c.test(), c.statistic(), c.pValue(),
                    c.verdict().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
        }
        noData.forEach(m -> out.append(String.format(Locale.ROOT, "%-" + width + "s too few observations to compare%n", m)));
        return out.toString();
    }

    private static String f(double value) {
        double magnitude = Math.abs(value);
        return String.format(Locale.ROOT, magnitude != 0 && magnitude < 1 ? "%.3f" : "%.1f", value);
    }
}
