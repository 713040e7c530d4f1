package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.math.Stats;
import dev.rapport.core.Interaction;
import dev.rapport.core.Outcome;
import dev.rapport.data.InteractionColumns;
import dev.rapport.data.internal.ColumnStore;
import dev.rapport.metrics.internal.Intervals;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collector;

/**
 * Time to resolution, first-response time or the unresolved-case rate over cases ({@link CaseTimes}), in calendar
 * time or in business time through a {@link BusinessCalendar}.
 */
final class CaseTimeMetric implements Metric<Interaction, CaseTimes, Estimate> {

    /** What is measured per case. */
    enum Measure {
        /** First contact's start to the earliest end of a resolving contact; resolved cases only. */
        RESOLUTION,
        /** The first contact's wait (until the customer was first attended); every case where it is known. */
        FIRST_RESPONSE,
        /** Whether the case is still open; every case. */
        UNRESOLVED
    }

    /** How the per-case durations are summarised: a percentile, the mean, or the share within a threshold. */
    enum Summary {
        PERCENTILE, MEAN, WITHIN
    }

    private static final double SECONDS = 1000;
    /** The value of {@code resolved} for an open case in the array form. */
    static final long OPEN = Long.MAX_VALUE;
    /** The value of {@code wait} for an unknown first wait in the array form (after every known one). */
    static final long UNKNOWN_WAIT = Long.MAX_VALUE;

    private final String name;
    private final FcrPolicy policy;
    private final BusinessCalendar calendar;
    private final Measure measure;
    private final Summary summary;
    private final long parameter;

    /**
     * @param calendar  the business calendar, or null for calendar time
     * @param parameter  the percentile for {@link Summary#PERCENTILE}, the threshold in ms for {@link Summary#WITHIN}
     */
    CaseTimeMetric(String name, FcrPolicy policy, BusinessCalendar calendar, Measure measure, Summary summary,
            long parameter) {
        this.name = name;
        this.policy = checkNotNull(policy, "policy");
        this.calendar = calendar;
        this.measure = measure;
        this.summary = summary;
        this.parameter = parameter;
    }

    @Override
    public String name() {
        return name;
    }

    FcrPolicy policy() {
        return policy;
    }

    /** The same metric over issues as {@code policy} recognises them. */
    CaseTimeMetric withPolicy(FcrPolicy policy) {
        return new CaseTimeMetric(name, policy, calendar, measure, summary, parameter);
    }

    @Override
    public CaseTimes empty() {
        return CaseTimes.empty();
    }

    @Override
    public CaseTimes add(CaseTimes state, Interaction observation) {
        checkNotNull(state, "state");
        Optional<String> issue = policy.issueOf(checkNotNull(observation, "observation"));
        if (issue.isEmpty()) {
            return state;
        }
        long start = observation.timestamp().toEpochMilli();
        int wait = ColumnStore.toMillis(observation.waitSeconds(), "wait");
        int handle = ColumnStore.toMillis(observation.handleSeconds(), "handling time");
        Long resolved = observation.outcome() != Outcome.RESOLVED ? null
                : start + Math.max(0, wait) + Math.max(0, handle);
        return state.add(issue.get(), start, wait == ColumnStore.UNKNOWN_MILLIS ? null : (long) wait, resolved);
    }

    @Override
    public CaseTimes merge(CaseTimes left, CaseTimes right) {
        return checkNotNull(left, "left").merge(right);
    }

    @Override
    public Estimate finish(CaseTimes state) {
        int n = checkNotNull(state, "state").size();
        long[] first = new long[n];
        long[] wait = new long[n];
        long[] resolved = new long[n];
        int i = 0;
        for (CaseTimes.Case c : state.cases().values()) {
            first[i] = c.firstMillis();
            wait[i] = c.waitOrder();
            resolved[i] = c.resolvedMillis() == null ? OPEN : c.resolvedMillis();
            i++;
        }
        return finish(first, wait, resolved, n);
    }

    /**
     * The result from per-case arrays (entries with {@code first == OPEN} are no case), as the columnar path
     * holds them; the order of cases does not matter.
     */
    Estimate finish(long[] first, long[] wait, long[] resolved, int length) {
        if (measure == Measure.UNRESOLVED) {
            long cases = 0;
            long open = 0;
            for (int i = 0; i < length; i++) {
                if (first[i] != OPEN) {
                    cases++;
                    open += resolved[i] == OPEN ? 1 : 0;
                }
            }
            return new Proportion(open, cases).estimate();
        }
        long[] millis = new long[length];
        int n = 0;
        for (int i = 0; i < length; i++) {
            if (first[i] == OPEN || measure == Measure.RESOLUTION && resolved[i] == OPEN
                    || measure == Measure.FIRST_RESPONSE && wait[i] == UNKNOWN_WAIT) {
                continue;
            }
            long end = measure == Measure.RESOLUTION ? resolved[i] : first[i] + wait[i];
            millis[n++] = calendar == null ? end - first[i]
                    : calendar.businessTime(Instant.ofEpochMilli(first[i]), Instant.ofEpochMilli(end)).toMillis();
        }
        long[] values = Arrays.copyOf(millis, n);
        Arrays.sort(values);
        switch (summary) {
            case PERCENTILE:
                return Distribution.of(values).estimate(parameter, SECONDS);
            case MEAN:
                if (n == 0) {
                    return Estimate.empty(Intervals.T);
                }
                Stats stats = Stats.of(values);
                return Intervals.tMean(stats.mean() / SECONDS, n < 2 ? 0 : stats.sampleStandardDeviation() / SECONDS,
                        n, Estimate.DEFAULT_CONFIDENCE);
            case WITHIN:
                long within = 0;
                for (long value : values) {
                    within += value <= parameter ? 1 : 0;
                }
                return new Proportion(within, n).estimate();
            default:
                throw new AssertionError(summary);
        }
    }

    /** Collects the interactions, then evaluates over {@link InteractionColumns} (same result, less copying). */
    @Override
    public Collector<Interaction, ?, Estimate> collector() {
        return Collector.of(ArrayList<Interaction>::new, List::add, (left, right) -> {
            left.addAll(right);
            return left;
        }, list -> ColumnMetrics.evaluate(InteractionColumns.of(list), this));
    }

    @Override
    public String toString() {
        return "metric " + name + " " + policy + (calendar == null ? " in calendar time" : " in business time of " + calendar);
    }
}
