package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The per-case summary behind time to resolution and first-response time: for each case (issue, by the same key
 * as {@link FcrPolicy}: case id, or customer plus reason), when its first contact started, how long the customer
 * waited at that contact before being attended, and the earliest moment a contact that resolved the case ended
 * (start + wait + handling time, adding only the parts that are known), if any contact did. Cases never resolved
 * stay in the state as open cases and are counted by {@code unresolved-case-rate}; they are never dropped. A case
 * whose first wait is unknown has no first-response time; it still counts for resolution.
 * <p>
 * Merge is associative and commutative with {@link #empty()} as identity: per case, the first contact is the
 * earliest start (ties broken by the shorter wait, a known wait before an unknown one), and the resolution the earliest end of a resolving contact,
 * whichever shard saw them. Memory: one map entry per case.
 * <pre>{@code
 * CaseTimes.empty().add("k-1", start, 30_000, null).add("k-1", later, 0, laterEnd)
 * }</pre>
 * This type is immutable and thread-safe; it serializes to JSON as a map from case key to summary.
 */
public final class CaseTimes {

    private static final CaseTimes EMPTY = new CaseTimes(ImmutableSortedMap.of());

    /**
     * One case, summarised.
     *
     * @param firstMillis  the start of the first contact, epoch milliseconds
     * @param firstWaitMillis  the wait at the first contact, whole milliseconds, not negative; null if unknown
     * @param resolvedMillis  the earliest end of a contact that resolved the case, epoch milliseconds, not before
     *                        the first contact's start; null while the case is open
     */
    public record Case(long firstMillis, Long firstWaitMillis, Long resolvedMillis) {
        public Case {
            checkArgument(firstWaitMillis == null || firstWaitMillis >= 0,
                    "first wait must not be negative, was %s ms", firstWaitMillis);
            checkArgument(resolvedMillis == null || resolvedMillis >= firstMillis,
                    "resolution at %s must not precede the first contact at %s", resolvedMillis, firstMillis);
        }

        /** A case whose first wait is known. */
        public Case(long firstMillis, long firstWaitMillis, Long resolvedMillis) {
            this(firstMillis, Long.valueOf(firstWaitMillis), resolvedMillis);
        }

        /** The combined summary; associative and commutative. */
        Case merge(Case other) {
            boolean thisFirst = firstMillis < other.firstMillis
                    || firstMillis == other.firstMillis && waitOrder() <= other.waitOrder();
            Case a = thisFirst ? this : other;
            Long resolved = resolvedMillis;
            if (resolved == null || other.resolvedMillis != null && other.resolvedMillis < resolved) {
                resolved = other.resolvedMillis;
            }
            return new Case(a.firstMillis, a.firstWaitMillis, resolved);
        }

        /** The wait for ordering ties: an unknown wait after every known one. */
        long waitOrder() {
            return firstWaitMillis == null ? Long.MAX_VALUE : firstWaitMillis;
        }
    }

    private final ImmutableSortedMap<String, Case> cases;

    private CaseTimes(ImmutableSortedMap<String, Case> cases) {
        this.cases = cases;
    }

    /** No cases: the identity of {@link #merge}. */
    public static CaseTimes empty() {
        return EMPTY;
    }

    /** The summaries by case key. */
    @JsonCreator
    public static CaseTimes of(Map<String, Case> cases) {
        checkNotNull(cases, "cases");
        return cases.isEmpty() ? EMPTY : new CaseTimes(ImmutableSortedMap.copyOf(cases));
    }

    /** The summaries by case key, sorted. */
    @JsonValue
    public Map<String, Case> cases() {
        return cases;
    }

    /**
     * Returns this plus one contact on the case {@code key}.
     *
     * @param key  the case key, not null
     * @param startMillis  the contact's start, epoch milliseconds
     * @param waitMillis  the contact's wait, whole milliseconds, not negative
     * @param resolvedMillis  when the contact ended if it resolved the case, else null
     */
    public CaseTimes add(String key, long startMillis, long waitMillis, Long resolvedMillis) {
        return add(key, startMillis, Long.valueOf(waitMillis), resolvedMillis);
    }

    /**
     * Returns this plus one contact on the case {@code key} whose wait may be unknown.
     *
     * @param key  the case key, not null
     * @param startMillis  the contact's start, epoch milliseconds
     * @param waitMillis  the contact's wait, whole milliseconds, not negative; null if unknown
     * @param resolvedMillis  when the contact ended if it resolved the case, else null
     */
    public CaseTimes add(String key, long startMillis, Long waitMillis, Long resolvedMillis) {
        return merge(new CaseTimes(ImmutableSortedMap.of(checkNotNull(key, "key"),
                new Case(startMillis, waitMillis, resolvedMillis))));
    }

    /** Returns the summaries of both; associative, commutative, {@link #empty()} is the identity. */
    public CaseTimes merge(CaseTimes other) {
        checkNotNull(other, "other");
        if (other.cases.isEmpty()) {
            return this;
        }
        if (cases.isEmpty()) {
            return other;
        }
        TreeMap<String, Case> all = new TreeMap<>(cases);
        other.cases.forEach((key, summary) -> all.merge(key, summary, Case::merge));
        return new CaseTimes(ImmutableSortedMap.copyOfSorted(all));
    }

    /** The number of cases, open or resolved. */
    public int size() {
        return cases.size();
    }

    /** The cases never resolved, among all cases. */
    public Proportion unresolved() {
        long open = cases.values().stream().filter(c -> c.resolvedMillis() == null).count();
        return new Proportion(open, cases.size());
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof CaseTimes other && cases.equals(other.cases);
    }

    @Override
    public int hashCode() {
        return cases.hashCode();
    }

    @Override
    public String toString() {
        return "CaseTimes[" + cases.size() + " cases]";
    }
}
