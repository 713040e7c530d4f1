package dev.rapport.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import dev.rapport.core.Direction;
import dev.rapport.core.Interaction;
import dev.rapport.data.InteractionColumns;
import dev.rapport.data.InteractionColumns.Dimension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One fused pass over columns gives the per-metric states, and scorecards over columns the per-object tallies. */
class ColumnarScorecardTest {

    private static final MetricRegistry REGISTRY = MetricRegistry.builtIn();

    /** A KPI on every built-in metric, those over issues or cases too. */
    private static final Scorecard EVERY_METRIC = scorecardOf(Metrics.builtIn());

    /** A KPI on every built-in metric that columns can group. */
    private static final Scorecard GROUPABLE = scorecardOf(Metrics.builtIn().stream()
            .filter(m -> !(m instanceof CaseMetric) && !(m instanceof CaseTimeMetric)).toList());

    private static Scorecard scorecardOf(List<Metric<Interaction, ?, Estimate>> metrics) {
        Scorecard.Builder card = Scorecard.builder("all");
        metrics.forEach(m -> card.kpi(m.name(), Direction.HIGHER_IS_BETTER, 50, 40, 20));
        return card.build();
    }

    //-----------------------------------------------------------------------
    // accumulateAll
    //-----------------------------------------------------------------------
    @Test
    void accumulateAll_anyInteractions_eachMetricAsAccumulatedAlone() {
        List<Metric<Interaction, ?, Estimate>> groupable = new ArrayList<>();
        GROUPABLE.kpis().forEach(k -> groupable.add(REGISTRY.named(k.metric())));
        qt().withExamples(60).forAll(MetricsProperties.interactions()).checkAssert(all -> {
            InteractionColumns columns = InteractionColumns.of(all);
            GroupedStates fused = ColumnMetrics.accumulateAll(columns, groupable, Dimension.TOUCHPOINT, Dimension.AGENT);
            for (Metric<Interaction, ?, Estimate> metric : groupable) {
                assertEquals(ColumnMetrics.accumulate(columns, metric, Dimension.TOUCHPOINT, Dimension.AGENT),
                        fused.states(metric), metric.name());
            }
        });
    }

    @Test
    void accumulateAll_noRows_noGroups() {
        GroupedStates states = ColumnMetrics.accumulateAll(InteractionColumns.of(List.of()), 
                List.of(Metrics.nps(), Metrics.fcr()));
        assertEquals(List.of("nps", "fcr"), states.metrics());
        assertEquals(0, states.states(Metrics.nps()).size());
        assertEquals(1, states.states(Metrics.fcr()).size());
    }

    @Test
    void accumulateAll_caseMetricGrouped_eachGroupFoldedAlone() {
        qt().withExamples(40).forAll(MetricsProperties.interactions()).checkAssert(all -> {
            GroupedStates states = ColumnMetrics.accumulateAll(InteractionColumns.of(all),
                    List.of(Metrics.nps(), Metrics.fcr(), Metrics.resolutionTime(90)), Dimension.CHANNEL);
            java.util.Map<List<String>, List<Interaction>> groups = new java.util.LinkedHashMap<>();
            all.forEach(i -> groups.computeIfAbsent(InteractionColumns.keyOf(i, Dimension.CHANNEL),
                    k -> new ArrayList<>()).add(i));
            java.util.Map<List<String>, CaseContacts> expected = new java.util.HashMap<>();
            groups.forEach((key, rows) -> expected.put(key, MetricsProperties.fold(Metrics.fcr(), rows)));
            assertEquals(expected, states.states(Metrics.fcr()));
            assertEquals(groups.keySet(), states.states(Metrics.resolutionTime(90)).keySet());
        });
    }

    @Test
    void accumulateAll_sameMetricTwice_rejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> ColumnMetrics.accumulateAll(InteractionColumns.of(List.of()), List.of(Metrics.nps(), Metrics.nps())));
        assertEquals("metric 'nps' is listed twice", e.getMessage());
    }

    @Test
    void states_metricNotAccumulated_rejectedWithTheNames() {
        GroupedStates states = ColumnMetrics.accumulateAll(InteractionColumns.of(List.of()), List.of(Metrics.nps()));
        var e = assertThrows(IllegalArgumentException.class, () -> states.states(Metrics.csat()));
        assertEquals("metric 'csat' was not accumulated; these were: [nps]", e.getMessage());
    }

    @Test
    void accumulateAll_customMetric_rejectedAsNotColumnar() {
        var e = assertThrows(IllegalArgumentException.class, () -> ColumnMetrics.accumulateAll(InteractionColumns.of(List.of()), List.of(ScorecardFixtures.RESOLVED_RATE)));
        assertEquals("metric 'resolved-rate' has no columnar form", e.getMessage());
    }

    //-----------------------------------------------------------------------
    // Scorecard.tally(InteractionColumns, ...)
    //-----------------------------------------------------------------------
    @Test
    void tally_columns_sameAsPerObject() {
        qt().withExamples(60).forAll(MetricsProperties.interactions()).checkAssert(all -> {
            InteractionColumns columns = InteractionColumns.of(all);
            assertEquals(EVERY_METRIC.tally(all, REGISTRY), EVERY_METRIC.tally(columns, REGISTRY));
            assertEquals(EVERY_METRIC.evaluate(all, REGISTRY), EVERY_METRIC.evaluate(columns, REGISTRY));
        });
    }

    @Test
    void tally_columnsWithBreakdown_sameAsPerObject() {
        List<Breakdown> breakdowns = List.of(Breakdown.touchpoint(), Breakdown.channel(), Breakdown.segment(),
                Breakdown.agent());
        qt().withExamples(40).forAll(MetricsProperties.interactions()).checkAssert(all -> {
            InteractionColumns columns = InteractionColumns.of(all);
            for (Breakdown breakdown : breakdowns) {
                assertEquals(EVERY_METRIC.tally(all, REGISTRY, breakdown),
                        EVERY_METRIC.tally(columns, REGISTRY, breakdown), breakdown::toString);
            }
        });
    }

    @Test
    void tally_columnsByStage_rejectedNamingTheBreakdowns() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> GROUPABLE.tally(InteractionColumns.of(List.of()), REGISTRY, Breakdown.stage()));
        assertEquals("breakdown 'stage' has no columnar form; columns break down by Breakdown.touchpoint(),"
                + " channel(), segment() or agent()", e.getMessage());
    }

    @Test
    void tally_columnsByOwnBreakdownNamedAgent_rejectedNotGroupedByAgent() {
        Breakdown byCustomer = Breakdown.of("agent", Interaction::customerId);
        var e = assertThrows(IllegalArgumentException.class,
                () -> GROUPABLE.tally(InteractionColumns.of(List.of()), REGISTRY, byCustomer));
        assertEquals("breakdown 'agent' has no columnar form; columns break down by Breakdown.touchpoint(),"
                + " channel(), segment() or agent()", e.getMessage());
    }

    /** A segment spelled "(none)" and no segment are one group on both paths, as Breakdown.groupOf makes them. */
    @Test
    void tally_columnsBySegment_valueSpelledNoneJoinsTheAbsentGroup() {
        java.time.Instant at = java.time.Instant.parse("2026-01-05T09:00:00Z");
        List<Interaction> all = List.of(
                Interaction.builder("i-1", "c-1", at, "faq", dev.rapport.core.Channel.WEB).segment("(none)")
                        .waitSeconds(10).outcome(dev.rapport.core.Outcome.RESOLVED).build(),
                Interaction.builder("i-2", "c-2", at, "faq", dev.rapport.core.Channel.WEB).waitSeconds(90)
                        .outcome(dev.rapport.core.Outcome.RESOLVED).build());
        Scorecard card = Scorecard.builder("waits").kpi("wait-mean", Direction.LOWER_IS_BETTER, 60, 90, 180).build();
        ScorecardTally columns = card.tally(InteractionColumns.of(all), REGISTRY, Breakdown.segment());
        assertEquals(card.tally(all, REGISTRY, Breakdown.segment()), columns);
        assertEquals(50.0, columns.result(ScoringStrategies.builtIn()).groups().get(Breakdown.NONE).kpis().get(0)
                .estimate().value().orElseThrow(), 1e-9);
    }

    @Test
    void states_sameNameOtherPolicy_rejected() {
        FcrPolicy byReason = FcrPolicy.DEFAULT.withSameIssue(FcrPolicy.SameIssue.CUSTOMER_AND_REASON);
        GroupedStates states = ColumnMetrics.accumulateAll(InteractionColumns.of(List.of()), List.of(Metrics.fcr(byReason)));
        var e = assertThrows(IllegalArgumentException.class, () -> states.states(Metrics.fcr()));
        assertEquals("metric 'fcr' was accumulated as a different metric of that name", e.getMessage());
    }

    @Test
    void states_builtInMadeAgain_found() {
        InteractionColumns columns = InteractionColumns.of(List.of(MetricsProperties.interaction(7)));
        GroupedStates states = ColumnMetrics.accumulateAll(columns, List.of(Metrics.waitPercentile(90)));
        assertEquals(ColumnMetrics.accumulate(columns, Metrics.waitPercentile(90)), states.states(Metrics.waitPercentile(90)));
    }

    @Test
    void accumulateAll_nullDimensions_namesTheParameter() {
        var e = assertThrows(NullPointerException.class, () -> ColumnMetrics.accumulateAll(InteractionColumns.of(List.of()), List.of(Metrics.nps()), (Dimension[]) null));
        assertEquals("dimensions", e.getMessage());
    }

    @Test
    void timestampBeyondEpochMillis_refusedByTheInteractionItself() {
        // one range for every stage: what an Interaction holds, the columns can hold
        var e = assertThrows(IllegalArgumentException.class, () -> Interaction.builder("i-far", "c-1",
                java.time.Instant.MAX, "faq", dev.rapport.core.Channel.WEB).outcome(dev.rapport.core.Outcome.RESOLVED)
                .build());
        assertEquals("interaction 'i-far' must have a timestamp that epoch milliseconds can hold, was "
                + "+1000000000-12-31T23:59:59.999999999Z", e.getMessage());
    }
}
