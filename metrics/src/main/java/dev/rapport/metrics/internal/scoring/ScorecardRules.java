package dev.rapport.metrics.internal.scoring;

import dev.rapport.core.Direction;
import dev.rapport.core.Ids;
import dev.rapport.core.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** The rules of a scorecard definition, as a list of violations with JSON paths, so all are reported at once. */
public final class ScorecardRules {

    private ScorecardRules() {
    }

    /**
     * Every broken rule of one KPI.
     *
     * @param prefix  the JSON path of the KPI followed by a dot, e.g. {@code $.kpis[1].}, or empty
     */
    public static List<Violation> kpiViolations(String prefix, String metric, Direction direction, double target,
            double greenFrom, double amberFrom, double weight, OptionalDouble baseline, long minimumSample) {
        List<Violation> violations = new ArrayList<>();
        if (metric == null) {
            violations.add(new Violation(prefix + "metric", "must not be null", "null"));
        } else if (!Ids.isKebab(metric) && !isDimensionName(metric)) {
            violations.add(new Violation(prefix + "metric", "must be a lower-case kebab-case metric name, or "
                    + "<family>:<dimension> such as rating-mean:gate-location", metric));
        }
        if (direction == null) {
            violations.add(new Violation(prefix + "direction", "must not be null", "null"));
        }
        boolean finite = true;
        finite &= checkFinite(violations, prefix + "target", target);
        finite &= checkFinite(violations, prefix + "green_from", greenFrom);
        finite &= checkFinite(violations, prefix + "amber_from", amberFrom);
        if (!(Double.isFinite(weight) && weight > 0)) {
            violations.add(new Violation(prefix + "weight", "must be finite and positive", String.valueOf(weight)));
        }
        if (baseline != null && baseline.isPresent() && !Double.isFinite(baseline.getAsDouble())) {
            violations.add(new Violation(prefix + "baseline", "must be finite",
                    String.valueOf(baseline.getAsDouble())));
        }
        if (minimumSample < 0) {
            violations.add(new Violation(prefix + "minimum_sample", "must not be negative",
                    String.valueOf(minimumSample)));
        }
        if (finite && direction != null) {
            String better = direction == Direction.HIGHER_IS_BETTER ? "higher" : "lower";
            if (direction.isBetter(amberFrom, greenFrom)) {
                violations.add(new Violation(prefix + "green_from", "must be at least as good as amber_from "
                        + amberFrom + " (" + better + " is better)", String.valueOf(greenFrom)));
            }
            if (!direction.isBetter(target, amberFrom)) {
                violations.add(new Violation(prefix + "target", "must be strictly better than amber_from "
                        + amberFrom + " (" + better + " is better)", String.valueOf(target)));
            }
        }
        return violations;
    }

    /** {@code <kebab>:<kebab>}, the form of a survey-dimension metric name ({@code MetricRegistry.isWellFormed}). */
    public static boolean isDimensionName(String metric) {
        int colon = metric.indexOf(':');
        return colon > 0 && Ids.isKebab(metric.substring(0, colon)) && Ids.isKebab(metric.substring(colon + 1));
    }

    private static boolean checkFinite(List<Violation> violations, String path, double value) {
        if (!Double.isFinite(value)) {
            violations.add(new Violation(path, "must be finite", String.valueOf(value)));
            return false;
        }
        return true;
    }
}
