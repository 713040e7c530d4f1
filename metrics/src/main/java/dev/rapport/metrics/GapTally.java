package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.metrics.internal.StateRules;

import dev.rapport.core.ExpectationGap;

/**
 * Expectation against delivery over many encounters (the SERVQUAL gap view, Parasuraman, Zeithaml and Berry
 * 1988/1994): how many fell below the adequate level (failure), within the zone of tolerance (met) or above the
 * desired level (delighted), with the mean measure of service adequacy (MSA = delivered − adequate) and of
 * service superiority (MSS = delivered − desired), and beside them the mean perceived score alone (the SERVPERF
 * view, Cronin and Taylor 1992). Keep one tally per touchpoint and dimension, e.g. with
 * {@code Collectors.groupingBy(key, GapTally.metric().collector())}.
 * <pre>{@code
 * GapTally.of(gaps).delightShare()   // 0.3 (95% CI 0.1 to 0.6, n=10, wilson)
 * }</pre>
 * This type is immutable and thread-safe; it serializes to JSON as its counts and exact means.
 *
 * @param failures  encounters below the adequate level, not negative
 * @param met  encounters within the zone of tolerance, not negative
 * @param delighted  encounters above the desired level, not negative
 * @param msa  the tally of MSA values, not null
 * @param mss  the tally of MSS values, not null
 * @param perceived  the tally of delivered (perceived) values, not null
 */
public record GapTally(long failures, long met, long delighted, ExactMean msa, ExactMean mss, ExactMean perceived) {

    private static final GapTally EMPTY =
            new GapTally(0, 0, 0, ExactMean.empty(), ExactMean.empty(), ExactMean.empty());

    public GapTally {
        checkArgument(failures >= 0 && met >= 0 && delighted >= 0, "gap counts must not be negative, were %s/%s/%s",
                failures, met, delighted);
        StateRules.counts("gap", failures, met, delighted);
        checkNotNull(msa, "msa");
        checkNotNull(mss, "mss");
        checkNotNull(perceived, "perceived");
    }

    /** The tally of no encounters: the identity of {@link #merge}. */
    public static GapTally empty() {
        return EMPTY;
    }

    /** Tallies the given gaps. */
    public static GapTally of(Iterable<ExpectationGap> gaps) {
        GapTally result = EMPTY;
        for (ExpectationGap gap : checkNotNull(gaps, "gaps")) {
            result = result.add(gap);
        }
        return result;
    }

    /** Returns this tally plus one encounter. */
    public GapTally add(ExpectationGap gap) {
        checkNotNull(gap, "gap");
        return new GapTally(failures + (gap.verdict() == dev.rapport.core.GapVerdict.FAILURE ? 1 : 0),
                met + (gap.verdict() == dev.rapport.core.GapVerdict.MET ? 1 : 0),
                delighted + (gap.verdict() == dev.rapport.core.GapVerdict.DELIGHTED ? 1 : 0),
                msa.add(gap.msa()), mss.add(gap.mss()), perceived.add(gap.delivery().value()));
    }

    /** Returns the tally of both; associative, commutative, {@link #empty()} is the identity. */
    public GapTally merge(GapTally other) {
        checkNotNull(other, "other");
        return new GapTally(Math.addExact(failures, other.failures), Math.addExact(met, other.met),
                Math.addExact(delighted, other.delighted), msa.merge(other.msa), mss.merge(other.mss),
                perceived.merge(other.perceived));
    }

    /** The number of encounters. */
    public long encounters() {
        return failures + met + delighted;
    }

    /** The share of service failures, Wilson interval. */
    public Estimate failureShare() {
        return new Proportion(failures, encounters()).estimate();
    }

    /** The share within the zone of tolerance, Wilson interval. */
    public Estimate metShare() {
        return new Proportion(met, encounters()).estimate();
    }

    /** The share of delighted encounters ("WOW"), Wilson interval. */
    public Estimate delightShare() {
        return new Proportion(delighted, encounters()).estimate();
    }

    /** The mean MSA (delivered − adequate), t interval. */
    public Estimate meanMsa() {
        return msa.estimate();
    }

    /** The mean MSS (delivered − desired), t interval. */
    public Estimate meanMss() {
        return mss.estimate();
    }

    /** The mean perceived score alone (SERVPERF), t interval. */
    public Estimate meanPerceived() {
        return perceived.estimate();
    }

    /** This tally as a metric over gaps whose result is the tally itself (read the estimates from it). */
    public static Metric<ExpectationGap, GapTally, GapTally> metric() {
        return new Metric<>() {
            @Override
            public String name() {
                return "expectation-gap";
            }

            @Override
            public GapTally empty() {
                return EMPTY;
            }

            @Override
            public GapTally add(GapTally state, ExpectationGap observation) {
                return state.add(observation);
            }

            @Override
            public GapTally merge(GapTally left, GapTally right) {
                return left.merge(right);
            }

            @Override
            public GapTally finish(GapTally state) {
                return state;
            }
        };
    }
}
