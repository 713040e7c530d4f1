package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.collect.ImmutableSortedMap;
import dev.rapport.core.Outcome;
import dev.rapport.data.InteractionColumns;
import java.util.Map;
import java.util.TreeMap;

/**
 * The per-issue summary behind first-contact resolution and repeat-contact rate: for each issue (case, or
 * customer plus reason), its first contact (time and outcome) and the time of its second contact, if any. That
 * is all FCR needs, and it merges associatively and commutatively: the first contact is the earliest (ties broken
 * by outcome order, resolved first), the second the next-earliest of both sides' two earliest.
 * <p>
 * Memory: one map entry per issue, roughly 100 bytes plus the key; a million cases take about 150 MB in this
 * form. Over {@link InteractionColumns} FCR is computed from primitive arrays instead and this form is built only
 * when states are asked for.
 * <p>
 * This type is immutable and thread-safe; it serializes to JSON as a map from issue key to summary.
 */
public final class CaseContacts {

    private static final CaseContacts EMPTY = new CaseContacts(ImmutableSortedMap.of());

    /**
     * One issue's first two contacts.
     *
     * @param firstMillis  the start of the first contact, epoch milliseconds
     * @param firstOutcome  the first contact's outcome, not null
     * @param secondMillis  the start of the second contact, epoch milliseconds, or null if there was none
     */
    public record Issue(long firstMillis, Outcome firstOutcome, Long secondMillis) {
        public Issue {
            checkNotNull(firstOutcome, "firstOutcome");
            checkArgument(secondMillis == null || secondMillis >= firstMillis,
                    "second contact at %s must not precede the first at %s", secondMillis, firstMillis);
        }

        /** The combined summary; associative and commutative. */
        Issue merge(Issue other) {
            boolean thisFirst = firstMillis < other.firstMillis
                    || firstMillis == other.firstMillis && firstOutcome.compareTo(other.firstOutcome) <= 0;
            Issue a = thisFirst ? this : other;
            Issue b = thisFirst ? other : this;
            long second = a.secondMillis == null ? b.firstMillis : Math.min(a.secondMillis, b.firstMillis);
            return new Issue(a.firstMillis, a.firstOutcome, second);
        }

        /** Whether a second contact came within {@code windowMillis} of the first. */
        boolean repeatedWithin(long windowMillis) {
            return secondMillis != null && secondMillis - firstMillis <= windowMillis;
        }
    }

    private final ImmutableSortedMap<String, Issue> issues;

    private CaseContacts(ImmutableSortedMap<String, Issue> issues) {
        this.issues = issues;
    }

    /** No issues: the identity of {@link #merge}. */
    public static CaseContacts empty() {
        return EMPTY;
    }

    /** The summaries by issue key. */
    @JsonCreator
    public static CaseContacts of(Map<String, Issue> issues) {
        checkNotNull(issues, "issues");
        return issues.isEmpty() ? EMPTY : new CaseContacts(ImmutableSortedMap.copyOf(issues));
    }

    /** The summaries by issue key, sorted. */
    @JsonValue
    public Map<String, Issue> issues() {
        return issues;
    }

    /** Returns this plus one contact on the issue {@code key}. */
    public CaseContacts add(String key, long startMillis, Outcome outcome) {
        return merge(new CaseContacts(ImmutableSortedMap.of(checkNotNull(key, "key"),
                new Issue(startMillis, checkNotNull(outcome, "outcome"), null))));
    }

    /** Returns the summaries of both; associative, commutative, {@link #empty()} is the identity. */
    public CaseContacts merge(CaseContacts other) {
        checkNotNull(other, "other");
        if (other.issues.isEmpty()) {
            return this;
        }
        if (issues.isEmpty()) {
            return other;
        }
        TreeMap<String, Issue> all = new TreeMap<>(issues);
        other.issues.forEach((key, issue) -> all.merge(key, issue, Issue::merge));
        return new CaseContacts(ImmutableSortedMap.copyOfSorted(all));
    }

    /** First-contact resolution: issues resolved at the first contact with no repeat in the window. */
    public Proportion firstContactResolution(long windowMillis) {
        long resolved = 0;
        for (Issue issue : issues.values()) {
            if (issue.firstOutcome == Outcome.RESOLVED && !issue.repeatedWithin(windowMillis)) {
                resolved++;
            }
        }
        return new Proportion(resolved, issues.size());
    }

    /** Repeat-contact rate: issues with a second contact within the window of the first. */
    public Proportion repeatContacts(long windowMillis) {
        long repeated = issues.values().stream().filter(i -> i.repeatedWithin(windowMillis)).count();
        return new Proportion(repeated, issues.size());
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof CaseContacts other && issues.equals(other.issues);
    }

    @Override
    public int hashCode() {
        return issues.hashCode();
    }

    @Override
    public String toString() {
        return "CaseContacts[" + issues.size() + " issues]";
    }

}
