package dev.rapport.metrics;

import static dev.rapport.core.Outcome.RESOLVED;
import static dev.rapport.core.Outcome.UNRESOLVED;
import static dev.rapport.metrics.ScorecardFixtures.contact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rapport.core.Interaction;
import dev.rapport.core.UnknownNameException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScorecardEvaluationTest {

    // phone: waits 30, 60, 90, 120 and 3 of 4 resolved; chat: waits 0, 0 and 1 of 2 resolved
    private static final List<Interaction> CONTACTS = List.of(
            contact(1, "phone", 30, RESOLVED), contact(2, "phone", 60, RESOLVED),
            contact(3, "phone", 90, RESOLVED), contact(4, "phone", 120, UNRESOLVED),
            contact(5, "chat", 0, RESOLVED), contact(6, "chat", 0, UNRESOLVED));

    @Test
    void evaluate_handExample_statusesScoresAndContributions() {
        ScorecardResult result = ScorecardFixtures.support().evaluate(CONTACTS, ScorecardFixtures.metrics());
        ScorecardResult.Line fcr = result.kpis().get(0);
        ScorecardResult.Line wait = result.kpis().get(1);
        // resolved 4/6 = 0.667: amber (0.6 <= v < 0.75); attainment 100 * (0.667 - 0.6) / (0.8 - 0.6) = 33.3
        assertEquals(4 / 6.0, fcr.estimate().point(), 1e-12);
        assertEquals(Status.AMBER, fcr.status());
        assertEquals(100 / 3.0, fcr.score(), 1e-9);
        // mean wait 300 / 6 = 50 s: green (<= 90); attainment (50 - 180) / (60 - 180) = 108 %, capped to 100
        assertEquals(50.0, wait.estimate().point(), 1e-12);
        assertEquals(Status.GREEN, wait.status());
        assertEquals(100.0, wait.score(), 1e-12);
        // weights 2 and 1: contributions 2 * 33.3 / 3 = 22.2 and 100 / 3 = 33.3; overall 55.6
        assertEquals(200 / 9.0, fcr.contribution(), 1e-9);
        assertEquals(100 / 3.0, wait.contribution(), 1e-9);
        assertEquals(500 / 9.0, result.overall(), 1e-9);
        assertEquals("weighted-average", result.scoring());
        assertEquals(Optional.empty(), result.breakdown());
    }

    @Test
    void evaluate_byTouchpoint_scoresEachGroup() {
        ScorecardResult result = ScorecardFixtures.support().evaluate(CONTACTS, ScorecardFixtures.metrics(),
                Breakdown.touchpoint());
        assertEquals(List.of("chat", "phone"), List.copyOf(result.groups().keySet()));
        ScorecardResult.Group phone = result.groups().get("phone");
        // phone: 0.75 green, attainment 75; wait 75 green, attainment (75 - 180) / -120 = 87.5; (150 + 87.5) / 3
        assertEquals(Status.GREEN, phone.kpis().get(0).status());
        assertEquals(237.5 / 3, phone.overall(), 1e-9);
        // chat: 0.5 red, attainment 0; wait 0 green, 100; overall 100 / 3
        ScorecardResult.Group chat = result.groups().get("chat");
        assertEquals(Status.RED, chat.kpis().get(0).status());
        assertEquals(100 / 3.0, chat.overall(), 1e-9);
    }

    @Test
    void evaluate_noInteractions_noDataAndZero() {
        ScorecardResult result = ScorecardFixtures.support().evaluate(List.of(), ScorecardFixtures.metrics());
        assertEquals(List.of(Status.NO_DATA, Status.NO_DATA),
                result.kpis().stream().map(ScorecardResult.Line::status).toList());
        assertEquals(0.0, result.overall());
    }

    @Test
    void evaluate_unknownMetric_throwsListingKnown() {
        UnknownNameException e = assertThrows(UnknownNameException.class, () -> ScorecardFixtures.support()
                .evaluate(CONTACTS, MetricRegistry.empty().with(ScorecardFixtures.MEAN_WAIT)));
        assertEquals("unknown metric 'resolved-rate'; known: mean-wait", e.getMessage());
    }

    @Test
    void result_lambdaStrategy_usedAndNamedCustom() {
        ScorecardResult result = ScorecardFixtures.support().tally(CONTACTS, ScorecardFixtures.metrics())
                .result(results -> Scores.eachKpi(results, r -> r.targetMet() ? 100 : 0));
        assertEquals("custom", result.scoring());
        assertEquals(100 / 3.0, result.overall(), 1e-9);
    }

    @Test
    void merge_tallyOfOtherScorecard_rejected() {
        ScorecardTally a = ScorecardFixtures.support().tally(CONTACTS, ScorecardFixtures.metrics());
        ScorecardTally b = ScorecardFixtures.support().tally(CONTACTS, ScorecardFixtures.metrics(),
                Breakdown.channel());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.merge(b));
        assertEquals("cannot merge a tally of Support overall with one of Support by channel", e.getMessage());
    }

    @Test
    void toString_handExample_alignedTable() {
        ScorecardResult result = ScorecardFixtures.support().evaluate(CONTACTS, ScorecardFixtures.metrics(),
                Breakdown.touchpoint());
        assertEquals("""
                Support (weighted-average): overall 55.6
                KPI                value  95% CI                    n     target status   score  contrib
                resolved-rate      0.667  0.300 to 0.903           6*      0.800 amber     33.3     22.2
                mean-wait           50.0  10.8 to 89.2             6*       60.0 green    100.0     33.3

                by touchpoint
                touchpoint  overall resolved-rate mean-wait
                chat           33.3      0.500 R*    0.0 G*
                phone          79.2      0.750 G*   75.0 G*
                * small sample: fewer observations than the KPI's minimum_sample
                """, result.toString());
    }

    @Test
    void toString_minimumSampleMet_noMarks() {
        Scorecard card = ScorecardFixtures.support();
        Scorecard trusting = new Scorecard(card.name(), card.kpis().stream().map(k -> k.withMinimumSample(6))
                .toList(), card.scoring());
        ScorecardResult result = trusting.evaluate(CONTACTS, ScorecardFixtures.metrics());
        assertEquals("""
                Support (weighted-average): overall 55.6
                KPI                value  95% CI                    n     target status   score  contrib
                resolved-rate      0.667  0.300 to 0.903           6       0.800 amber     33.3     22.2
                mean-wait           50.0  10.8 to 89.2             6        60.0 green    100.0     33.3
                """, result.toString());
    }

    @Test
    void evaluate_belowMinimumSample_flaggedButScored() {
        // 6 contacts: below the default minimum of 30, at a minimum of 6, below a minimum of 7
        Scorecard card = ScorecardFixtures.support();
        ScorecardResult byDefault = card.evaluate(CONTACTS, ScorecardFixtures.metrics());
        assertEquals(List.of(true, true), byDefault.kpis().stream().map(l -> l.estimate().isSmallSample()).toList());
        assertEquals(500 / 9.0, byDefault.overall(), 1e-9);
        Scorecard mixed = new Scorecard(card.name(), List.of(card.kpis().get(0).withMinimumSample(6),
                card.kpis().get(1).withMinimumSample(7)), card.scoring());
        ScorecardResult result = mixed.evaluate(CONTACTS, ScorecardFixtures.metrics(), Breakdown.touchpoint());
        assertEquals(List.of(false, true), result.kpis().stream().map(l -> l.estimate().isSmallSample()).toList());
        // per group, phone has 4 and chat 2 contacts: both below 6
        assertEquals(List.of(true, true), result.groups().get("phone").kpis().stream()
                .map(l -> l.estimate().isSmallSample()).toList());
    }

    @Test
    void toJson_handExample_stableFormat() {
        ScorecardResult result = ScorecardFixtures.support().evaluate(CONTACTS.subList(4, 6),
                ScorecardFixtures.metrics());
        assertEquals("""
                {
                  "format_version" : 2,
                  "scorecard" : "Support",
                  "scoring" : "weighted-average",
                  "kpis" : [ {
                    "metric" : "resolved-rate",
                    "estimate" : {
                      "value" : 0.5,
                      "sample_size" : 2,
                      "lower" : 0.09453120573423074,
                      "upper" : 0.9054687942657693,
                      "confidence" : 0.95,
                      "method" : "wilson",
                      "small_sample" : true
                    },
                    "status" : "red",
                    "target" : 0.8,
                    "weight" : 2.0,
                    "score" : 0.0,
                    "contribution" : 0.0
                  }, {
                    "metric" : "mean-wait",
                    "estimate" : {
                      "value" : 0.0,
                      "sample_size" : 2,
                      "lower" : 0.0,
                      "upper" : 0.0,
                      "confidence" : 0.95,
                      "method" : "normal",
                      "small_sample" : true
                    },
                    "status" : "green",
                    "target" : 60.0,
                    "weight" : 1.0,
                    "score" : 100.0,
                    "contribution" : 33.333333333333336
                  } ],
                  "overall" : 33.333333333333336,
                  "groups" : { }
                }""", result.toJson());
    }
}
