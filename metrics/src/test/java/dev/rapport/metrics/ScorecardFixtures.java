package dev.rapport.metrics;

import dev.rapport.core.Channel;
import dev.rapport.core.Direction;
import dev.rapport.core.Interaction;
import dev.rapport.core.Outcome;
import java.time.Instant;

/**
 * Small metrics made for scorecard tests (the built-in metrics live elsewhere), and interactions to feed them.
 * Also used by the README examples.
 */
public final class ScorecardFixtures {

    private ScorecardFixtures() {
    }

    /** Resolved contacts and all contacts. */
    public record Counts(long resolved, long total) {
    }

    /** The share of contacts resolved, as a fraction, with a 95% Wilson interval computed here. */
    public static final Metric<Interaction, Counts, Estimate> RESOLVED_RATE = new Metric<>() {
        @Override
        public String name() {
            return "resolved-rate";
        }

        @Override
        public Counts empty() {
            return new Counts(0, 0);
        }

        @Override
        public Counts add(Counts state, Interaction i) {
            return new Counts(state.resolved() + (i.outcome() == Outcome.RESOLVED ? 1 : 0), state.total() + 1);
        }

        @Override
        public Counts merge(Counts left, Counts right) {
            return new Counts(left.resolved() + right.resolved(), left.total() + right.total());
        }

        @Override
        public Estimate finish(Counts s) {
            if (s.total() == 0) {
                return Estimate.empty("wilson");
            }
            double z = 1.959963984540054;
            double n = s.total();
            double p = s.resolved() / n;
            double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
            double half = z / (1 + z * z / n) * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n));
            return Estimate.of(p, s.total(), Math.min(p, centre - half), Math.max(p, centre + half), "wilson");
        }
    };

    /** Count, sum and sum of squares of waits in seconds. */
    public record Moments(long n, double sum, double sumOfSquares) {
    }

    /** The mean wait in seconds with a normal-approximation 95% interval computed here. */
    public static final Metric<Interaction, Moments, Estimate> MEAN_WAIT = new Metric<>() {
        @Override
        public String name() {
            return "mean-wait";
        }

        @Override
        public Moments empty() {
            return new Moments(0, 0, 0);
        }

        @Override
        public Moments add(Moments s, Interaction i) {
            if (i.waitSeconds().isEmpty()) {
                return s;
            }
            double wait = i.waitSeconds().getAsDouble();
            return new Moments(s.n() + 1, s.sum() + wait, s.sumOfSquares() + wait * wait);
        }

        @Override
        public Moments merge(Moments l, Moments r) {
            return new Moments(l.n() + r.n(), l.sum() + r.sum(), l.sumOfSquares() + r.sumOfSquares());
        }

        @Override
        public Estimate finish(Moments s) {
            if (s.n() == 0) {
                return Estimate.empty("normal");
            }
            double mean = s.sum() / s.n();
            double variance = s.n() < 2 ? 0 : Math.max(0, (s.sumOfSquares() - s.n() * mean * mean) / (s.n() - 1));
            double half = 1.959963984540054 * Math.sqrt(variance / s.n());
            return Estimate.of(mean, s.n(), mean - half, mean + half, "normal");
        }
    };

    /** Both metrics above. */
    public static MetricRegistry metrics() {
        return MetricRegistry.empty().with(RESOLVED_RATE).with(MEAN_WAIT);
    }

    /** A support scorecard on the two metrics: resolution weighs 2, wait 1. */
    public static Scorecard support() {
        return Scorecard.builder("Support")
                .kpi(Kpi.of("resolved-rate", Direction.HIGHER_IS_BETTER, 0.8, 0.75, 0.6).withWeight(2))
                .kpi("mean-wait", Direction.LOWER_IS_BETTER, 60, 90, 180)
                .build();
    }

    /** A contact on a touchpoint with a wait and an outcome. */
    public static Interaction contact(int id, String touchpoint, double waitSeconds, Outcome outcome) {
        return Interaction.builder("i-" + id, "c-" + (id % 7), Instant.parse("2026-01-05T09:00:00Z")
                .plusSeconds(86_400L * (id % 60)), touchpoint, Channel.PHONE).waitSeconds(waitSeconds)
                .outcome(outcome).build();
    }
}
