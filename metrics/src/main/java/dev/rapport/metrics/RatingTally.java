package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.metrics.internal.StateRules;

import com.google.common.collect.ImmutableList;
import dev.rapport.core.Scale;
import java.util.List;

/**
 * The tally behind every figure of one survey dimension: how many customers rated it 1, 2, 3, 4 and 5 (the rating
 * distribution), and how many answered "not applicable". Unanswered questions are not counted at all: missing is
 * not a rating, and "not applicable" is neither a rating nor missing.
 * <p>
 * From one tally come the mean rating ({@link #mean()}, t interval), the top-two-box share ({@link #topTwoBox()}:
 * ratings 4 or 5 among ratings, Wilson), the share of each rating ({@link #share(int)}, Wilson) and the share of
 * not-applicable answers among everyone asked ({@link #notApplicableShare()}, Wilson). Tallies merge associatively
 * and commutatively with {@link #empty()} as identity, so one tally per shard, day or touchpoint combines in any
 * order with the same result.
 * <pre>{@code
 * RatingTally.of(5, 4, 4, 2).add(RatingTally.NOT_APPLICABLE).topTwoBox()   // 0.75 (95% CI 0.30 to 0.95, n=4, wilson)
 * }</pre>
 * This type is immutable and thread-safe; it serializes to JSON as its six counts.
 *
 * @param ones  ratings of 1, not negative
 * @param twos  ratings of 2, not negative
 * @param threes  ratings of 3, not negative
 * @param fours  ratings of 4, not negative
 * @param fives  ratings of 5, not negative
 * @param notApplicable  "not applicable" answers, not negative
 */
public record RatingTally(long ones, long twos, long threes, long fours, long fives, long notApplicable) {

    /** The answer code of "not applicable" for {@link #of(int...)} and {@link #add(int)}. */
    public static final int NOT_APPLICABLE = 0;

    private static final RatingTally EMPTY = new RatingTally(0, 0, 0, 0, 0, 0);

    public RatingTally {
        checkArgument(ones >= 0 && twos >= 0 && threes >= 0 && fours >= 0 && fives >= 0 && notApplicable >= 0,
                "rating counts must not be negative, were %s/%s/%s/%s/%s and %s not applicable", ones, twos, threes,
                fours, fives, notApplicable);
        StateRules.counts("rating", ones, twos, threes, fours, fives, notApplicable);
    }

    /** The tally of no answers: the identity of {@link #merge}. */
    public static RatingTally empty() {
        return EMPTY;
    }

    /**
     * Tallies answers: ratings 1 to 5, or {@link #NOT_APPLICABLE}.
     *
     * @throws IllegalArgumentException if an answer is neither; the message quotes it
     */
    public static RatingTally of(int... answers) {
        long[] counts = new long[6];
        for (int answer : checkNotNull(answers, "answers")) {
            counts[index(answer)]++;
        }
        return new RatingTally(counts[1], counts[2], counts[3], counts[4], counts[5], counts[0]);
    }

    private static int index(int answer) {
        checkArgument(answer == NOT_APPLICABLE || Scale.RATING.contains(answer),
                "a rating must be between 1 and 5 (or 0 for not applicable), was %s", answer);
        return answer;
    }

    /** Returns this tally plus one answer: a rating 1 to 5, or {@link #NOT_APPLICABLE}. */
    public RatingTally add(int answer) {
        long[] c = counts();
        c[index(answer)]++;
        return new RatingTally(c[1], c[2], c[3], c[4], c[5], c[0]);
    }

    /** Returns the tally of both; associative, commutative, {@link #empty()} is the identity. */
    public RatingTally merge(RatingTally other) {
        checkNotNull(other, "other");
        return new RatingTally(Math.addExact(ones, other.ones), Math.addExact(twos, other.twos),
                Math.addExact(threes, other.threes), Math.addExact(fours, other.fours),
                Math.addExact(fives, other.fives), Math.addExact(notApplicable, other.notApplicable));
    }

    /** Not applicable first, then ratings 1 to 5. */
    private long[] counts() {
        return new long[] {notApplicable, ones, twos, threes, fours, fives};
    }

    //-----------------------------------------------------------------------
    /** The number of ratings 1 to 5 (not counting "not applicable"). */
    public long rated() {
        return Math.addExact(Math.addExact(Math.addExact(ones, twos), Math.addExact(threes, fours)), fives);
    }

    /** The number of customers asked: ratings plus "not applicable" answers. */
    public long asked() {
        return Math.addExact(rated(), notApplicable);
    }

    /**
     * The number of ratings equal to {@code rating}.
     *
     * @param rating  1 to 5
     */
    public long count(int rating) {
        checkArgument(Scale.RATING.contains(rating), "a rating must be between 1 and 5, was %s", rating);
        return counts()[rating];
    }

    /** The rating distribution: the counts of 1, 2, 3, 4 and 5, in that order. */
    public List<Long> distribution() {
        return ImmutableList.of(ones, twos, threes, fours, fives);
    }

    /** The ratings as exact moments (count, sum, sum of squares). */
    public Moments moments() {
        long sum = ones + 2 * twos + 3 * threes + 4 * fours + 5 * fives;
        long squares = ones + 4 * twos + 9 * threes + 16 * fours + 25 * fives;
        return new Moments(rated(), sum, 0, squares);
    }

    /** The mean rating with its 95% t interval, kept within 1 to 5 (as every rating mean); empty if nothing was rated. */
    public Estimate mean() {
        return moments().estimate(dev.rapport.core.Scale.RATING, 1);
    }

    /** The top-two-box share: ratings 4 or 5 among ratings, with its 95% Wilson interval; empty if none. */
    public Estimate topTwoBox() {
        return new Proportion(fours + fives, rated()).estimate();
    }

    /**
     * The share of ratings equal to {@code rating} among ratings, with its 95% Wilson interval; empty if none.
     *
     * @param rating  1 to 5
     */
    public Estimate share(int rating) {
        return new Proportion(count(rating), rated()).estimate();
    }

    /** The share of "not applicable" answers among everyone asked, with its 95% Wilson interval; empty if none. */
    public Estimate notApplicableShare() {
        return new Proportion(notApplicable, asked()).estimate();
    }

    /** Returns e.g. {@code ratings[1:0 2:1 3:0 4:2 5:1 n/a:1]}. */
    @Override
    public String toString() {
        return "ratings[1:" + ones + " 2:" + twos + " 3:" + threes + " 4:" + fours + " 5:" + fives + " n/a:"
                + notApplicable + "]";
    }
}
