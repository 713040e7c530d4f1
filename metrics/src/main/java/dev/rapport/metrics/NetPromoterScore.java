package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.metrics.internal.StateRules;

import dev.rapport.metrics.internal.Intervals;

/**
 * The tally behind a Net Promoter Score: how many answers to "How likely are you to recommend us?" (0 to 10)
 * were promoters (9-10), passives (7-8) and detractors (0-6). The same tally serves any net score of three
 * categories (e.g. CES net effort: 6-7 against 1-3).
 * <p>
 * NPS = 100 × (promoters − detractors) / responses, from −100 to +100 (Reichheld 2003, "The one number you need
 * to grow", HBR). Tallies merge associatively and commutatively with {@link #empty()} as identity.
 * <pre>{@code
 * NetPromoterScore.of(10, 9, 9, 7, 3, 6).estimate()   // 16.7 (95% CI -43.9 to 66.2, n=6, nps-adjusted-wald)
 * }</pre>
 * This type is immutable and thread-safe; it serializes to JSON as its three counts.
 *
 * @param promoters  the number of high answers (9 or 10), not negative
 * @param passives  the number of middle answers (7 or 8), not negative
 * @param detractors  the number of low answers (0 to 6), not negative
 */
public record NetPromoterScore(long promoters, long passives, long detractors) {

    private static final NetPromoterScore EMPTY = new NetPromoterScore(0, 0, 0);

    /** How the interval of a net score is computed. */
    public enum Interval {
        /** Rocks (2016): add 3/4 to promoters and detractors and 3 to n, then the multinomial variance. */
        ADJUSTED_WALD,
        /** The plain multinomial (Wald) variance (p + d − (p − d)²) / n. */
        WALD
    }

    public NetPromoterScore {
        checkArgument(promoters >= 0 && passives >= 0 && detractors >= 0,
                "NPS counts must not be negative, were %s/%s/%s", promoters, passives, detractors);
        StateRules.counts("NPS", promoters, passives, detractors);
    }

    /** The tally of no answers: the identity of {@link #merge}. */
    public static NetPromoterScore empty() {
        return EMPTY;
    }

    /**
     * Tallies answers in one pass without boxing.
     *
     * @throws IllegalArgumentException if an answer is outside 0 to 10; the message quotes it
     */
    public static NetPromoterScore of(int... answers) {
        long promoters = 0;
        long passives = 0;
        long detractors = 0;
        for (int answer : answers) {
            checkArgument(answer >= 0 && answer <= 10, "NPS answer must be between 0 and 10, was %s", answer);
            if (answer >= 9) {
                promoters++;
            } else if (answer >= 7) {
                passives++;
            } else {
                detractors++;
            }
        }
        return new NetPromoterScore(promoters, passives, detractors);
    }

    /** Returns this tally plus one answer on the 0-10 scale. */
    public NetPromoterScore add(int answer) {
        return merge(of(answer));
    }

    /** Returns the tally of both; associative, commutative, {@link #empty()} is the identity. */
    public NetPromoterScore merge(NetPromoterScore other) {
        checkNotNull(other, "other");
        return new NetPromoterScore(Math.addExact(promoters, other.promoters),
                Math.addExact(passives, other.passives), Math.addExact(detractors, other.detractors));
    }

    /** The number of answers. */
    public long responses() {
        return Math.addExact(Math.addExact(promoters, passives), detractors);
    }

    /** The score with its 95% adjusted-Wald interval; empty if there are no answers. */
    public Estimate estimate() {
        return estimate(Interval.ADJUSTED_WALD, Estimate.DEFAULT_CONFIDENCE);
    }

    /**
     * The score with its interval by the given method and confidence; the method is named in the estimate
     * ({@code nps-adjusted-wald} or {@code nps-wald}).
     */
    public Estimate estimate(Interval interval, double confidence) {
        checkNotNull(interval, "interval");
        return Intervals.net(promoters, passives, detractors, interval == Interval.ADJUSTED_WALD, confidence);
    }

    @Override
    public String toString() {
        return "NPS[+" + promoters + " =" + passives + " -" + detractors + "]";
    }
}
