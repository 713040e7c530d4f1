package dev.rapport.metrics;

import com.google.common.collect.ImmutableList;
import com.google.common.math.Stats;
import dev.rapport.core.Interaction;
import dev.rapport.core.Outcome;
import dev.rapport.data.internal.ColumnStore;
import dev.rapport.metrics.internal.Intervals;
import dev.rapport.metrics.internal.scoring.ScorecardRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tiered-support metrics of {@link Metrics}, all over one {@link TierPaths} state per {@link TierPolicy}: each
 * case's tiers in time order, read as a path of tiers, from which first-level resolution, tier transfers,
 * escalations, team changes and ping-pong are counted. Cases are those of {@link FcrPolicy#DEFAULT} (case id). This
 * is also where {@link MetricRegistry} resolves the names {@code <measure>[:<column>[:<tier>/<tier>/...]]}.
 */
final class TierMetrics {

    /** What is counted on a case's path of tiers. */
    enum Measure {
        FIRST_LEVEL_RESOLUTION("first-level-resolution"),
        TIER_TRANSFERS("tier-transfers"),
        ESCALATIONS("escalations"),
        TEAM_CHANGES("team-changes"),
        PING_PONG("ping-pong-rate");

        final String id;

        Measure(String id) {
            this.id = id;
        }
    }

    /** The name forms, as listed when a name is not understood (sorted among the names, so not led by a bracket). */
    static final List<String> FORMS = java.util.Arrays.stream(Measure.values())
            .map(m -> m.id + ":<tier|stage>[:<first>/<second>/...]").collect(ImmutableList.toImmutableList());

    private static final FcrPolicy CASES = FcrPolicy.DEFAULT;

    private TierMetrics() {
    }

    /** The metric of a measure under a policy, named after both. */
    static BuiltInMetric<TierPaths> metric(Measure measure, TierPolicy policy) {
        return new BuiltInMetric<>(measure.id + policy.suffix(), TierPaths.class, TierPaths.empty(),
                (s, i) -> add(s, i, policy), TierPaths::merge, s -> finish(s, measure, policy), kernel(policy));
    }

    /** The five metrics under the default policy, for {@link Metrics#builtIn()}. */
    static List<BuiltInMetric<TierPaths>> defaults() {
        ImmutableList.Builder<BuiltInMetric<TierPaths>> metrics = ImmutableList.builder();
        for (Measure measure : Measure.values()) {
            metrics.add(metric(measure, TierPolicy.DEFAULT));
        }
        return metrics.build();
    }

    private static TierPaths add(TierPaths state, Interaction interaction, TierPolicy policy) {
        Optional<String> key = CASES.issueOf(interaction);
        if (key.isEmpty()) {
            return state;
        }
        return state.add(key.get(), interaction.timestamp().toEpochMilli(), policy.tierOf(interaction).orElse(null),
                interaction.outcome() == Outcome.RESOLVED);
    }

    //-----------------------------------------------------------------------
    /**
     * The metric a name means, or empty if it is not {@code <measure>:<tier|stage>} or
     * {@code <measure>:<tier|stage>:<first>/<second>/...} with distinct, non-blank tiers.
     */
    static Optional<Metric<Interaction, ?, Estimate>> parse(String name) {
        if (!ScorecardRules.isTierName(name)) {
            return Optional.empty();
        }
        String[] parts = name.split(":", 3);
        Measure measure = null;
        for (Measure m : Measure.values()) {
            measure = m.id.equals(parts[0]) ? m : measure;
        }
        TierPolicy policy = TierPolicy.DEFAULT.withColumn(parts[1].equals("stage") ? TierPolicy.Column.STAGE
                : TierPolicy.Column.TIER);
        if (parts.length == 3) {
            List<String> order = new ArrayList<>();
            for (String tier : parts[2].split("/", -1)) {
                order.add(tier.trim());
            }
            if (order.stream().anyMatch(String::isEmpty) || new HashSet<>(order).size() != order.size()) {
                return Optional.empty();
            }
            policy = new TierPolicy(policy.column(), order);
        }
        return Optional.of(metric(measure, policy));
    }

    //-----------------------------------------------------------------------
    private static Estimate finish(TierPaths state, Measure measure, TierPolicy policy) {
        long cases = 0;
        long hits = 0;
        List<Long> counts = new ArrayList<>();
        for (TierPaths.Case c : state.cases().values()) {
            if (c.steps().isEmpty()) {
                continue; // no known tier: unknown, not a tier
            }
            cases++;
            List<String> path = path(c.steps(), policy.order());
            switch (measure) {
                case FIRST_LEVEL_RESOLUTION -> {
                    String first = policy.order().isEmpty() ? path.get(0) : policy.order().get(0);
                    hits += c.resolved() && path.size() == 1 && path.get(0).equals(first) ? 1 : 0;
                }
                case PING_PONG -> hits += new HashSet<>(path).size() < path.size() ? 1 : 0;
                case TEAM_CHANGES -> counts.add((long) path.size() - 1);
                case TIER_TRANSFERS, ESCALATIONS -> counts.add(moves(path, policy.order(),
                        measure == Measure.ESCALATIONS));
                default -> throw new AssertionError(measure);
            }
        }
        if (measure == Measure.FIRST_LEVEL_RESOLUTION || measure == Measure.PING_PONG) {
            return new Proportion(hits, cases).estimate();
        }
        if (cases == 0) {
            return Estimate.empty(Intervals.T);
        }
        Stats stats = Stats.of(counts);
        return Intervals.countMean(stats.mean(), cases < 2 ? 0 : stats.sampleStandardDeviation(), cases,
                Estimate.DEFAULT_CONFIDENCE);
    }

    /**
     * A case's path: its tiers in time order, runs of one tier as one entry. Tiers at the same millisecond are read
     * with the tier that held the case just before first (no change is invented inside a moment), then the others by
     * rank.
     */
    static List<String> path(List<TierPaths.Step> steps, List<String> order) {
        Comparator<String> rank = rank(order);
        List<String> path = new ArrayList<>();
        for (int i = 0; i < steps.size(); ) {
            int j = i;
            List<String> moment = new ArrayList<>();
            while (j < steps.size() && steps.get(j).millis() == steps.get(i).millis()) {
                moment.add(steps.get(j++).tier());
            }
            moment.sort(rank);
            String held = path.isEmpty() ? null : path.get(path.size() - 1);
            if (held != null && moment.remove(held)) {
                moment.add(0, held);
            }
            for (String tier : moment) {
                if (path.isEmpty() || !path.get(path.size() - 1).equals(tier)) {
                    path.add(tier);
                }
            }
            i = j;
        }
        return path;
    }

    /** Moves between tiers on the path of ranked tiers (all, without an order): every one, or the upward ones. */
    private static long moves(List<String> path, List<String> order, boolean upwardOnly) {
        Comparator<String> rank = rank(order);
        String previous = null;
        long moves = 0;
        for (String tier : path) {
            if (!order.isEmpty() && !order.contains(tier)) {
                continue; // a team, not a tier
            }
            if (previous != null && !previous.equals(tier) && (!upwardOnly || rank.compare(tier, previous) > 0)) {
                moves++;
            }
            previous = tier;
        }
        return moves;
    }

    /** Listed tiers in list order, then unlisted ones (or all, without a list) in natural order. */
    private static Comparator<String> rank(List<String> order) {
        return Comparator.<String>comparingInt(t -> {
            int at = order.indexOf(t);
            return at < 0 ? Integer.MAX_VALUE : at;
        }).thenComparing(TierMetrics::natural);
    }

    /** Natural order: runs of digits compared as numbers, the rest ignoring case, then exactly. */
    static int natural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int ei = i;
                int ej = j;
                while (ei < a.length() && Character.isDigit(a.charAt(ei))) {
                    ei++;
                }
                while (ej < b.length() && Character.isDigit(b.charAt(ej))) {
                    ej++;
                }
                java.math.BigInteger m = new java.math.BigInteger(a.substring(i, ei));
                int c = m.compareTo(new java.math.BigInteger(b.substring(j, ej)));
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
            } else {
                int c = Character.compare(Character.toLowerCase(x), Character.toLowerCase(y));
                if (c != 0) {
                    return c;
                }
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }

    //-----------------------------------------------------------------------
    /** The same states from columns: per group, each case's (time, tier) pairs, resolution and unknown tiers. */
    private static BuiltInMetric.Kernel<TierPaths> kernel(TierPolicy policy) {
        return (c, from, to, groups, groupCount) -> {
            short[][] column = policy.column() == TierPolicy.Column.TIER ? c.tier : c.stage;
            List<String> names = policy.column() == TierPolicy.Column.TIER ? c.tiers : c.stages;
            byte resolved = (byte) Outcome.RESOLVED.ordinal();
            @SuppressWarnings("unchecked")
            Map<Integer, Open>[] byGroup = new Map[groupCount];
            ColumnStore.forBlocks(from, to, (b, lo, hi, g0) -> {
                int[] caseIds = c.caseId[b];
                long[] timestamp = c.timestamp[b];
                byte[] outcome = c.outcome[b];
                short[] tiers = column == null ? null : column[b];
                for (int i = lo; i < hi; i++) {
                    int g = groups[g0 + i];
                    if (byGroup[g] == null) {
                        byGroup[g] = new HashMap<>();
                    }
                    if (caseIds[i] < 0) {
                        continue;
                    }
                    Open open = byGroup[g].computeIfAbsent(caseIds[i], k -> new Open());
                    int tier = tiers == null ? -1 : tiers[i];
                    if (tier < 0) {
                        open.unknown++;
                    } else {
                        open.steps.add(new TierPaths.Step(timestamp[i], names.get(tier)));
                    }
                    open.resolved |= outcome[i] == resolved;
                }
            });
            TierPaths[] states = new TierPaths[groupCount];
            for (int g = 0; g < groupCount; g++) {
                if (byGroup[g] != null) {
                    Map<String, TierPaths.Case> cases = new HashMap<>();
                    byGroup[g].forEach((code, open) -> cases.put(c.cases.get(code),
                            new TierPaths.Case(new ArrayList<>(open.steps), open.resolved, open.unknown)));
                    states[g] = TierPaths.of(cases);
                }
            }
            return states;
        };
    }

    /** A case being read from columns. Mutable, for use from a single thread. */
    private static final class Open {
        final Set<TierPaths.Step> steps = new HashSet<>();
        boolean resolved;
        long unknown;
    }
}
