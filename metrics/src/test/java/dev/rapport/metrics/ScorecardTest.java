package dev.rapport.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rapport.core.Direction;
import dev.rapport.core.InvalidModelException;
import dev.rapport.core.UnreadableInputException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ScorecardTest {

    private static final Path RESOURCES = Path.of("src/test/resources/scorecards");

    @Test
    void statusOf_higherIsBetter_greenAmberRedByThresholds() {
        Kpi kpi = Kpi.of("fcr", Direction.HIGHER_IS_BETTER, 80, 75, 60);
        assertEquals(List.of(Status.GREEN, Status.GREEN, Status.AMBER, Status.AMBER, Status.RED),
                List.of(kpi.statusOf(90), kpi.statusOf(75), kpi.statusOf(74.9), kpi.statusOf(60),
                        kpi.statusOf(59.9)));
    }

    @Test
    void statusOf_lowerIsBetter_greenAmberRedByThresholds() {
        Kpi kpi = Kpi.of("wait", Direction.LOWER_IS_BETTER, 60, 90, 180);
        assertEquals(List.of(Status.GREEN, Status.GREEN, Status.AMBER, Status.AMBER, Status.RED),
                List.of(kpi.statusOf(30), kpi.statusOf(90), kpi.statusOf(91), kpi.statusOf(180),
                        kpi.statusOf(181)));
    }

    @Test
    void attainment_lowerIsBetter_zeroAtAmberHundredAtTargetCapped() {
        Kpi kpi = Kpi.of("wait", Direction.LOWER_IS_BETTER, 60, 90, 180);
        assertEquals(List.of(0.0, 0.0, 50.0, 100.0, 100.0),
                List.of(kpi.attainment(300), kpi.attainment(180), kpi.attainment(120), kpi.attainment(60),
                        kpi.attainment(0)));
    }

    @Test
    void kpi_everyRuleBroken_allNamedAtOnce() {
        InvalidModelException e = assertThrows(InvalidModelException.class, () -> new Kpi("Wait Time",
                Direction.LOWER_IS_BETTER, 200, 190, 180, -1, OptionalDouble.of(Double.NaN)));
        assertEquals("""
                invalid KPI (5 problems):
                  metric: must be a lower-case kebab-case metric name, or <family>:<dimension> such as rating-mean:gate-location, or <tier-metric>:<tier|stage>[:<first>/<second>/...] such as escalations:tier:L1/L2/L3 (was Wait Time)
                  weight: must be finite and positive (was -1.0)
                  baseline: must be finite (was NaN)
                  green_from: must be at least as good as amber_from 180.0 (lower is better) (was 190.0)
                  target: must be strictly better than amber_from 180.0 (lower is better) (was 200.0)""",
                e.getMessage());
    }

    @Test
    void builder_duplicateMetricAndNoName_allNamedAtOnce() {
        Scorecard.Builder builder = Scorecard.builder("")
                .kpi("fcr", Direction.HIGHER_IS_BETTER, 80, 75, 60)
                .kpi("fcr", Direction.HIGHER_IS_BETTER, 80, 75, 60)
                .scoring("Best Effort");
        InvalidModelException e = assertThrows(InvalidModelException.class, builder::build);
        assertEquals("""
                invalid scorecard (3 problems):
                  name: must not be blank (was )
                  kpis[1].metric: is already used by another KPI (was fcr)
                  scoring: must be a lower-case kebab-case strategy name (was Best Effort)""", e.getMessage());
    }

    @Test
    void builder_noKpis_rejected() {
        InvalidModelException e = assertThrows(InvalidModelException.class, () -> Scorecard.builder("x").build());
        assertEquals("invalid scorecard (1 problem):\n  kpis: must list at least one KPI (was [])", e.getMessage());
    }

    @Test
    void read_validFile_scorecard() {
        Scorecard card = Scorecard.read(RESOURCES.resolve("support.json"), ScorecardFixtures.metrics(),
                ScoringStrategies.builtIn());
        assertEquals(Scorecard.builder("Support")
                .kpi(Kpi.of("resolved-rate", Direction.HIGHER_IS_BETTER, 0.8, 0.75, 0.6).withWeight(2))
                .kpi(Kpi.of("mean-wait", Direction.LOWER_IS_BETTER, 60, 90, 180).withBaseline(75))
                .scoring("weakest-link").build(), card);
    }

    @Test
    void read_badFile_everyProblemNamedWithItsJsonPath() {
        InvalidModelException e = assertThrows(InvalidModelException.class, () -> Scorecard.read(
                RESOURCES.resolve("bad.json"), ScorecardFixtures.metrics(), ScoringStrategies.builtIn()));
        assertEquals("invalid scorecard in " + RESOURCES.resolve("bad.json") + " (9 problems):\n"
                + "  $.kpis[0].weight: must be finite and positive (was 0.0)\n"
                + "  $.kpis[0].green_from: must be at least as good as amber_from 0.75 (higher is better) (was 0.6)\n"
                + "  $.kpis[0].target: must be strictly better than amber_from 0.75 (higher is better) (was 0.7)\n"
                + "  $.kpis[1].target: must not be null (was null)\n"
                + "  $.kpis[1].minimum_sample: must not be negative (was -1)\n"
                + "  $.kpis[1].metric: is not a known metric; known: [mean-wait, resolved-rate] (was nps)\n"
                + "  $.name: must not be blank (was  )\n"
                + "  $.kpis[2].metric: is already used by another KPI (was resolved-rate)\n"
                + "  $.scoring: is not a known scoring strategy; known: [weighted-average, weakest-link, "
                + "geometric-mean, z-score] (was best-effort)", e.getMessage());
        assertEquals(9, e.violations().size());
    }

    @Test
    void parse_minimumSample_readAndWrittenBack() {
        Scorecard card = Scorecard.parse("""
                {"name": "Support", "kpis": [{"metric": "mean-wait", "direction": "lower_is_better",
                 "target": 60, "green_from": 90, "amber_from": 180, "minimum_sample": 100},
                 {"metric": "resolved-rate", "direction": "higher_is_better",
                 "target": 0.8, "green_from": 0.75, "amber_from": 0.6}]}""",
                ScorecardFixtures.metrics(), ScoringStrategies.builtIn());
        assertEquals(100, card.kpis().get(0).minimumSample());
        assertEquals(Kpi.DEFAULT_MINIMUM_SAMPLE, card.kpis().get(1).minimumSample());
        assertEquals(card, Scorecard.parse(card.toJson(), ScorecardFixtures.metrics(), ScoringStrategies.builtIn()));
    }

    @Test
    void kpi_negativeMinimumSample_rejectedWithTheValue() {
        InvalidModelException e = assertThrows(InvalidModelException.class, () -> Kpi.of("mean-wait",
                Direction.LOWER_IS_BETTER, 60, 90, 180).withMinimumSample(-5));
        assertEquals("invalid KPI (1 problem):\n  minimum_sample: must not be negative (was -5)", e.getMessage());
    }

    @Test
    void parse_customStrategyName_resolvedThroughRegistry() {
        ScoringStrategies strategies = ScoringStrategies.builtIn()
                .with("all-or-nothing", results -> Scores.eachKpi(results, r -> r.targetMet() ? 100 : 0));
        Scorecard card = Scorecard.parse(ScorecardFixtures.support().withScoring("all-or-nothing").toJson(),
                ScorecardFixtures.metrics(), strategies);
        assertEquals("all-or-nothing", card.scoring());
    }

    @Test
    void parse_wrongType_unreadableWithPath() {
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> Scorecard.parse(
                "{\"name\": \"x\", \"kpis\": [{\"metric\": \"mean-wait\", \"direction\": \"up\"}]}",
                ScorecardFixtures.metrics(), ScoringStrategies.builtIn()));
        assertEquals(java.util.Optional.of("$.kpis[0].direction"), e.jsonPath());
    }

    @Test
    void toJson_support_documentedFormat() {
        assertEquals("""
                {
                  "format_version" : 2,
                  "name" : "Support",
                  "scoring" : "weighted-average",
                  "kpis" : [ {
                    "metric" : "resolved-rate",
                    "direction" : "higher_is_better",
                    "target" : 0.8,
                    "green_from" : 0.75,
                    "amber_from" : 0.6,
                    "weight" : 2.0,
                    "minimum_sample" : 30
                  }, {
                    "metric" : "mean-wait",
                    "direction" : "lower_is_better",
                    "target" : 60.0,
                    "green_from" : 90.0,
                    "amber_from" : 180.0,
                    "weight" : 1.0,
                    "minimum_sample" : 30
                  } ]
                }""", ScorecardFixtures.support().toJson());
    }

    @Test
    void checkNames_unknownMetric_named() {
        InvalidModelException e = assertThrows(InvalidModelException.class,
                () -> ScorecardFixtures.support().checkNames(MetricRegistry.empty().with(ScorecardFixtures.MEAN_WAIT),
                        ScoringStrategies.builtIn()));
        assertEquals("invalid scorecard (1 problem):\n"
                + "  kpis[0].metric: is not a known metric; known: [mean-wait] (was resolved-rate)", e.getMessage());
    }
}
