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
        } else if (!Ids.isKebab(metric) && !isDimensionName(metric) && !isTierName(metric)) {
            violations.add(new Violation(prefix + "metric", "must be a lower-case kebab-case metric name, or "
                    + "<family>:<dimension> such as rating-mean:gate-location, or <tier-metric>:<tier|stage>[:<first>/"
                    + "<second>/...] such as escalations:tier:L1/L2/L3", metric));
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

    /** The tiered-support metrics, whose names may take a column and an order of tiers. */
    private static final java.util.regex.Pattern TIER_NAME = java.util.regex.Pattern.compile(
            "(first-level-resolution|tier-transfers|escalations|team-changes|ping-pong-rate):(tier|stage)(:.*)?");

    /**
     * {@code <tier-metric>:<tier|stage>} or {@code <tier-metric>:<tier|stage>:<first>/<second>/...}, the form of a
     * tiered-support metric name with its column and order ({@code MetricRegistry.isWellFormed}); each tier of the
     * order not blank, none twice.
     */
    public static boolean isTierName(String metric) {
        if (metric == null || !TIER_NAME.matcher(metric).matches()) {
            return false;
        }
        String[] parts = metric.split(":", 3);
        if (parts.length < 3) {
            return true;
        }
        java.util.Set<String> tiers = new java.util.HashSet<>();
        for (String tier : parts[2].split("/", -1)) {
            if (tier.isBlank() || !tiers.add(tier.trim())) {
                return false;
            }
        }
        return true;
    }

    private static boolean checkFinite(List<Violation> violations, String path, double value) {
        if (!Double.isFinite(value)) {
            violations.add(new Violation(path, "must be finite", String.valueOf(value)));
            return false;
        }
        return true;
    }
}
