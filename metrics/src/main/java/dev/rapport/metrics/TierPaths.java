package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The per-case summary behind the tiered-support metrics (first-level resolution, tier transfers, escalations,
 * team changes, ping-pong): for each case (issue, by the key of {@link FcrPolicy}), the moments at which a support
 * tier or team held it ({@link Step}: time and tier, each distinct pair once, sorted by time then tier), whether a
 * contact resolved it, and how many of its contacts had no tier recorded (an empty cell is unknown, not a tier).
 * <p>
 * Merge is a union per case (steps united, resolved if either side saw a resolving contact, unknown counts added),
 * so it is associative and commutative with {@link #empty()} as identity and exact whatever the sharding: a state
 * holds every distinct (time, tier) pair of its cases. Two steps at the same millisecond are not ordered by the
 * state; {@link TierMetric} reads them in a fixed rule (see the README, "Tiered support"). Memory: one entry per
 * distinct (time, tier) pair of a case.
 * <pre>{@code
 * TierPaths.empty().add("INC-1", t0, "L1", false).add("INC-1", t1, "L2", true)
 * }</pre>
 * This type is immutable and thread-safe; it serializes to JSON as a map from case key to summary.
 */
public final class TierPaths {

    private static final TierPaths EMPTY = new TierPaths(ImmutableSortedMap.of());
    private static final Comparator<Step> ORDER = Comparator.comparingLong(Step::millis).thenComparing(Step::tier);

    /**
     * A tier holding the case at a contact.
     *
     * @param millis  the contact's start, epoch milliseconds
     * @param tier  the tier or team, not blank
     */
    public record Step(long millis, String tier) {
        public Step {
            checkNotNull(tier, "tier");
            checkArgument(!tier.isBlank(), "tier must not be blank");
        }
    }

    /**
     * One case, summarised.
     *
     * @param steps  the distinct (time, tier) pairs of its contacts with a known tier, sorted by time then tier
     * @param resolved  whether any of its contacts had outcome {@code RESOLVED}
     * @param unknownTiers  the number of its contacts without a tier, not negative
     */
    public record Case(List<Step> steps, boolean resolved, long unknownTiers) {
        public Case {
            checkNotNull(steps, "steps");
            if (!ascending(steps)) {
                TreeSet<Step> distinct = new TreeSet<>(ORDER);
                distinct.addAll(steps);
                steps = List.copyOf(distinct);
            }
            steps = ImmutableList.copyOf(steps);
            checkArgument(unknownTiers >= 0, "unknown tiers must not be negative, was %s", unknownTiers);
        }

        /** The combined summary; associative and commutative. One pass over both sorted lists. */
        Case merge(Case other) {
            List<Step> all = new ArrayList<>(steps.size() + other.steps.size());
            int i = 0;
            int j = 0;
            while (i < steps.size() || j < other.steps.size()) {
                int c = i == steps.size() ? 1 : j == other.steps.size() ? -1
                        : ORDER.compare(steps.get(i), other.steps.get(j));
                all.add(c <= 0 ? steps.get(i) : other.steps.get(j));
                i += c <= 0 ? 1 : 0;
                j += c >= 0 ? 1 : 0;
            }
            return new Case(all, resolved || other.resolved, unknownTiers + other.unknownTiers);
        }

        /** Whether the steps are strictly ascending (sorted and distinct). */
        private static boolean ascending(List<Step> steps) {
            for (int k = 1; k < steps.size(); k++) {
                if (ORDER.compare(steps.get(k - 1), steps.get(k)) >= 0) {
                    return false;
                }
            }
            return true;
        }
    }

    private final ImmutableSortedMap<String, Case> cases;

    private TierPaths(ImmutableSortedMap<String, Case> cases) {
        this.cases = cases;
    }

    /** No cases: the identity of {@link #merge}. */
    public static TierPaths empty() {
        return EMPTY;
    }

    /** The summaries by case key. */
    @JsonCreator
    public static TierPaths of(Map<String, Case> cases) {
        checkNotNull(cases, "cases");
        return cases.isEmpty() ? EMPTY : new TierPaths(ImmutableSortedMap.copyOf(cases));
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
     * @param tier  the tier that held the case at the contact, or null if unknown
     * @param resolved  whether the contact resolved the case
     */
    public TierPaths add(String key, long startMillis, String tier, boolean resolved) {
        Case one = new Case(tier == null ? List.of() : List.of(new Step(startMillis, tier)), resolved,
                tier == null ? 1 : 0);
        return merge(new TierPaths(ImmutableSortedMap.of(checkNotNull(key, "key"), one)));
    }

    /** Returns the summaries of both; associative, commutative, {@link #empty()} is the identity. */
    public TierPaths merge(TierPaths other) {
        checkNotNull(other, "other");
        if (other.cases.isEmpty()) {
            return this;
        }
        if (cases.isEmpty()) {
            return other;
        }
        TreeMap<String, Case> all = new TreeMap<>(cases);
        other.cases.forEach((key, summary) -> all.merge(key, summary, Case::merge));
        return new TierPaths(ImmutableSortedMap.copyOfSorted(all));
    }

    /** The number of cases, with or without a known tier. */
    public int size() {
        return cases.size();
    }

    /** The cases none of whose contacts has a tier: they are left out of every tiered-support metric. */
    public long casesWithoutTier() {
        return cases.values().stream().filter(c -> c.steps().isEmpty()).count();
    }

    /**
     * The tiers seen that are not in {@code order}, sorted: they count as teams (team changes, ping-pong) but not as
     * tiers (transfers, escalations), and a case that reaches one has left the first tier.
     */
    public List<String> unlisted(List<String> order) {
        checkNotNull(order, "order");
        TreeSet<String> unlisted = new TreeSet<>();
        cases.values().forEach(c -> c.steps().forEach(s -> {
            if (!order.contains(s.tier())) {
                unlisted.add(s.tier());
            }
        }));
        return List.copyOf(unlisted);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof TierPaths other && cases.equals(other.cases);
    }

    @Override
    public int hashCode() {
        return cases.hashCode();
    }

    @Override
    public String toString() {
        return "TierPaths[" + cases.size() + " cases]";
    }
}
