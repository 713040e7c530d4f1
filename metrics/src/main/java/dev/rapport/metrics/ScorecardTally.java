package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.rapport.core.Interaction;
import dev.rapport.core.UnknownNameException;
import dev.rapport.data.InteractionColumns;
import dev.rapport.metrics.internal.scoring.MetricStates;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The accumulated metric states behind one evaluation of a scorecard, overall and per group of an optional
 * breakdown. Tallies of the same scorecard, metrics and breakdown merge associatively and commutatively with
 * {@link #empty} as identity, so each shard, day or server can tally its own interactions and the merged tally
 * gives the same {@link ScorecardResult} as one pass.
 * <pre>{@code
 * ScorecardResult r = card.tally(monday, metrics).merge(card.tally(tuesday, metrics)).result(ScoringStrategies.builtIn());
 * }</pre>
 * This type is immutable and thread-safe when its metrics are.
 */
public final class ScorecardTally {

    /** A KPI is compared only with at least this many observations in each period (Welch's test needs 2). */
    public static final int MIN_COMPARED = 2;

    private final Scorecard scorecard;
    private final ImmutableList<Metric<Interaction, ?, Estimate>> metrics;
    private final Optional<Breakdown> breakdown;
    private final MetricStates overall;
    private final ImmutableSortedMap<String, MetricStates> groups;

    private ScorecardTally(Scorecard scorecard, ImmutableList<Metric<Interaction, ?, Estimate>> metrics,
            Optional<Breakdown> breakdown, MetricStates overall, ImmutableSortedMap<String, MetricStates> groups) {
        this.scorecard = scorecard;
        this.metrics = metrics;
        this.breakdown = breakdown;
        this.overall = overall;
        this.groups = groups;
    }

    /**
     * The tally of no interactions, without a breakdown.
     *
     * @throws UnknownNameException if a KPI's metric is not registered
     */
    public static ScorecardTally empty(Scorecard scorecard, MetricRegistry metrics) {
        return create(scorecard, metrics, Optional.empty());
    }

    /**
     * The tally of no interactions, with a breakdown.
     *
     * @throws UnknownNameException if a KPI's metric is not registered
     */
    public static ScorecardTally empty(Scorecard scorecard, MetricRegistry metrics, Breakdown breakdown) {
        return create(scorecard, metrics, Optional.of(checkNotNull(breakdown, "breakdown")));
    }

    private static ScorecardTally create(Scorecard scorecard, MetricRegistry registry,
            Optional<Breakdown> breakdown) {
        checkNotNull(scorecard, "scorecard");
        checkNotNull(registry, "metrics");
        ImmutableList<Metric<Interaction, ?, Estimate>> metrics = scorecard.kpis().stream()
                .<Metric<Interaction, ?, Estimate>>map(k -> registry.named(k.metric()))
                .collect(ImmutableList.toImmutableList());
        return new ScorecardTally(scorecard, metrics, breakdown, MetricStates.empty(metrics),
                ImmutableSortedMap.of());
    }

    /**
     * The tally of columns: one pass of {@link InteractionColumns#accumulateAll} grouped by the breakdown's
     * dimension, the overall states merged from the groups' (the same tally as the per-object path).
     */
    static ScorecardTally of(Scorecard scorecard, MetricRegistry registry, InteractionColumns columns,
            Optional<Breakdown> breakdown) {
        checkNotNull(columns, "columns");
        ScorecardTally empty = create(scorecard, registry, breakdown);
        List<Metric<Interaction, ?, Estimate>> metrics = empty.metrics;
        if (breakdown.isEmpty()) {
            GroupedStates all = ColumnMetrics.accumulateAll(columns, metrics);
            return new ScorecardTally(scorecard, empty.metrics, breakdown, statesOf(metrics, all, List.of()),
                    ImmutableSortedMap.of());
        }
        GroupedStates grouped = ColumnMetrics.accumulateAll(columns, metrics, dimensionOf(breakdown.get()));
        MetricStates all = MetricStates.empty(metrics);
        Map<String, MetricStates> byGroup = new TreeMap<>();
        for (List<String> key : grouped.groups()) {
            MetricStates states = statesOf(metrics, grouped, key);
            // an absent value and a value spelled "(none)" are one group, as Breakdown.groupOf makes them
            byGroup.merge(key.get(0).isEmpty() ? Breakdown.NONE : key.get(0), states, MetricStates::merge);
            all = all.merge(states);
        }
        return new ScorecardTally(scorecard, empty.metrics, breakdown, all, ImmutableSortedMap.copyOf(byGroup));
    }

    /**
     * The tally of states accumulated elsewhere, e.g. by a distributed engine, one state per KPI in KPI order, each
     * made by the KPI's metric in the registry: overall, and per group under a breakdown named {@code breakdownName}
     * (no groups and an empty name for none). The same states give the same {@link ScorecardResult} as one pass.
     * <pre>{@code
     * ScorecardTally.ofStates(card, MetricRegistry.builtIn(), overall, "channel", Map.of("phone", phoneStates))
     * }</pre>
     *
     * @throws UnknownNameException if a KPI's metric is not registered
     * @throws IllegalArgumentException if a list does not hold one state of the right type per KPI
     */
    public static ScorecardTally ofStates(Scorecard scorecard, MetricRegistry metrics, List<?> overall,
            Optional<String> breakdownName, Map<String, ? extends List<?>> groups) {
        checkNotNull(breakdownName, "breakdownName");
        checkNotNull(groups, "groups");
        checkArgument(breakdownName.isPresent() || groups.isEmpty(), "groups need a breakdown name");
        ScorecardTally empty = create(scorecard, metrics, breakdownName.map(name -> Breakdown.of(name, i -> {
            throw new UnsupportedOperationException("breakdown '" + name + "' was computed elsewhere; its tally"
                    + " takes states, not interactions");
        })));
        ImmutableSortedMap.Builder<String, MetricStates> byGroup = ImmutableSortedMap.naturalOrder();
        groups.forEach((group, states) -> byGroup.put(group, checkedStates(empty.metrics, states, group)));
        return new ScorecardTally(scorecard, empty.metrics, empty.breakdown,
                checkedStates(empty.metrics, checkNotNull(overall, "overall"), "overall"), byGroup.buildOrThrow());
    }

    private static MetricStates checkedStates(List<Metric<Interaction, ?, Estimate>> metrics, List<?> states,
            String where) {
        checkArgument(states.size() == metrics.size(), "%s: %s states for %s KPIs", where, states.size(),
                metrics.size());
        for (int m = 0; m < states.size(); m++) {
            Class<?> type = metrics.get(m).empty().getClass();
            checkArgument(type.isInstance(states.get(m)), "%s: the state of '%s' must be a %s, was %s", where,
                    metrics.get(m).name(), type.getSimpleName(), states.get(m));
        }
        return MetricStates.of(metrics, states);
    }

    private static MetricStates statesOf(List<Metric<Interaction, ?, Estimate>> metrics, GroupedStates grouped,
            List<String> key) {
        List<Object> states = new java.util.ArrayList<>();
        for (Metric<Interaction, ?, Estimate> metric : metrics) {
            Object state = grouped.states(metric).get(key);
            states.add(state == null ? metric.empty() : state);
        }
        return MetricStates.of(metrics, states);
    }

    private static InteractionColumns.Dimension dimensionOf(Breakdown breakdown) {
        return breakdown.column().orElseThrow(() -> new IllegalArgumentException("breakdown '" + breakdown.name()
                + "' has no columnar form; columns break down by Breakdown.touchpoint(), channel(), segment() or"
                + " agent()"));
    }

    /** This tally plus one interaction. */
    public ScorecardTally add(Interaction interaction) {
        return addAll(List.of(checkNotNull(interaction, "interaction")));
    }

    /** This tally plus the interactions. */
    public ScorecardTally addAll(Iterable<Interaction> interactions) {
        checkNotNull(interactions, "interactions");
        MetricStates all = overall;
        Map<String, MetricStates> byGroup = new TreeMap<>(groups);
        for (Interaction interaction : interactions) {
            all = all.add(interaction);
            if (breakdown.isPresent()) {
                String group = breakdown.get().groupOf(interaction);
                byGroup.put(group, byGroup.getOrDefault(group, MetricStates.empty(metrics)).add(interaction));
            }
        }
        return new ScorecardTally(scorecard, metrics, breakdown, all, ImmutableSortedMap.copyOf(byGroup));
    }

    /**
     * The tally of both; associative, commutative, an empty tally is the identity.
     *
     * @throws IllegalArgumentException if the tallies belong to different scorecards, metrics or breakdowns
     */
    public ScorecardTally merge(ScorecardTally other) {
        checkNotNull(other, "other");
        checkArgument(scorecard.equals(other.scorecard) && metrics.equals(other.metrics)
                && breakdown.equals(other.breakdown), "cannot merge a tally of %s %s with one of %s %s",
                scorecard.name(), breakdown.map(Breakdown::toString).orElse("overall"), other.scorecard.name(),
                other.breakdown.map(Breakdown::toString).orElse("overall"));
        Map<String, MetricStates> byGroup = new TreeMap<>(groups);
        other.groups.forEach((group, states) -> byGroup.merge(group, states, MetricStates::merge));
        return new ScorecardTally(scorecard, metrics, breakdown, overall.merge(other.overall),
                ImmutableSortedMap.copyOf(byGroup));
    }

    /** The scorecard tallied. */
    public Scorecard scorecard() {
        return scorecard;
    }

    /**
     * The result, scored by the scorecard's strategy looked up in the registry.
     *
     * @throws UnknownNameException if the strategy is not registered
     */
    public ScorecardResult result(ScoringStrategies strategies) {
        return result(checkNotNull(strategies, "strategies").named(scorecard.scoring()), scorecard.scoring());
    }

    /** The result, scored by this strategy (e.g. a lambda), whatever the scorecard names. */
    public ScorecardResult result(ScoringStrategy strategy) {
        return result(strategy, "custom");
    }

    private ScorecardResult result(ScoringStrategy strategy, String strategyName) {
        checkNotNull(strategy, "strategy");
        ImmutableSortedMap.Builder<String, ScorecardResult.Group> byGroup = ImmutableSortedMap.naturalOrder();
        groups.forEach((group, states) -> {
            ScorecardResult.Group g = score(strategy, states);
            byGroup.put(group, g);
        });
        ScorecardResult.Group all = score(strategy, overall);
        return new ScorecardResult(scorecard.name(), strategyName, all.kpis(), all.overall(),
                breakdown.map(Breakdown::name), byGroup.build());
    }

    private ScorecardResult.Group score(ScoringStrategy strategy, MetricStates states) {
        List<Estimate> estimates = states.estimates();
        ImmutableList.Builder<KpiResult> results = ImmutableList.builder();
        for (int i = 0; i < estimates.size(); i++) {
            Kpi kpi = scorecard.kpis().get(i);
            results.add(KpiResult.of(kpi, kpi.flag(estimates.get(i))));
        }
        List<KpiResult> kpiResults = results.build();
        Scores scores = strategy.score(kpiResults);
        checkArgument(scores != null && scores.kpis().size() == kpiResults.size(),
                "a scoring strategy must return one score per KPI (%s), returned %s", kpiResults.size(), scores);
        double weights = kpiResults.stream().mapToDouble(KpiResult::weight).sum();
        ImmutableList.Builder<ScorecardResult.Line> lines = ImmutableList.builder();
        for (int i = 0; i < kpiResults.size(); i++) {
            KpiResult r = kpiResults.get(i);
            double score = scores.kpis().get(i);
            lines.add(new ScorecardResult.Line(r.kpi().metric(), r.estimate(), r.status(), r.kpi().target(),
                    r.weight(), score, r.weight() * score / weights));
        }
        return new ScorecardResult.Group(lines.build(), scores.overall());
    }

    /**
     * Compares this (current) tally's overall estimates with a baseline period's, KPI by KPI, with
     * {@link ChangeTest#automatic()} at {@link ChangeTest#DEFAULT_ALPHA}. A KPI with fewer than
     * {@link #MIN_COMPARED} observations in either period is listed under {@link ScorecardComparison#noData()}.
     *
     * @throws IllegalArgumentException if the baseline belongs to another scorecard
     */
    public ScorecardComparison compareWith(ScorecardTally baseline) {
        return compareWith(baseline, ChangeTest.automatic(), ChangeTest.DEFAULT_ALPHA);
    }

    /** Compares with a baseline period's tally using this test and significance level. */
    public ScorecardComparison compareWith(ScorecardTally baseline, ChangeTest test, double alpha) {
        checkNotNull(baseline, "baseline");
        checkNotNull(test, "test");
        checkArgument(alpha > 0 && alpha < 1, "alpha must be between 0 and 1, was %s", alpha);
        checkArgument(scorecard.equals(baseline.scorecard), "cannot compare %s with a baseline of %s",
                scorecard.name(), baseline.scorecard.name());
        List<Estimate> before = baseline.overall.estimates();
        List<Estimate> now = overall.estimates();
        ImmutableList.Builder<Change> changes = ImmutableList.builder();
        ImmutableList.Builder<String> noData = ImmutableList.builder();
        for (int i = 0; i < now.size(); i++) {
            Kpi kpi = scorecard.kpis().get(i);
            if (before.get(i).sampleSize() < MIN_COMPARED || now.get(i).sampleSize() < MIN_COMPARED) {
                noData.add(kpi.metric());
            } else {
                changes.add(test.compare(kpi, kpi.flag(before.get(i)), kpi.flag(now.get(i)), alpha));
            }
        }
        return new ScorecardComparison(scorecard.name(), alpha, changes.build(), noData.build());
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ScorecardTally other && scorecard.equals(other.scorecard)
                && metrics.equals(other.metrics) && breakdown.equals(other.breakdown)
                && overall.states().equals(other.overall.states()) && groups.keySet().equals(other.groups.keySet())
                && groups.keySet().stream().allMatch(g -> groups.get(g).states().equals(other.groups.get(g).states()));
    }

    @Override
    public int hashCode() {
        return scorecard.hashCode() * 31 + overall.states().hashCode();
    }

    @Override
    public String toString() {
        return "tally of " + scorecard.name() + breakdown.map(b -> " " + b).orElse("") + ": " + overall.states();
    }
}
