package dev.rapport.metrics;

import static dev.rapport.core.Outcome.RESOLVED;
import static dev.rapport.core.Outcome.UNRESOLVED;
import static dev.rapport.metrics.ScorecardFixtures.contact;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rapport.core.Direction;
import dev.rapport.core.Interaction;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorecardComparisonTest {

    private static List<Interaction> resolved(int resolved, int total) {
        List<Interaction> contacts = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            contacts.add(contact(i, "phone", 10, i < resolved ? RESOLVED : UNRESOLVED));
        }
        return contacts;
    }

    private static List<Interaction> waits(double... seconds) {
        List<Interaction> contacts = new ArrayList<>();
        for (int i = 0; i < seconds.length; i++) {
            contacts.add(contact(i, "phone", seconds[i], RESOLVED));
        }
        return contacts;
    }

    @Test
    void compare_rate30To45Of100_twoProportionZSignificantlyBetter() {
        Scorecard card = Scorecard.builder("FCR").kpi("resolved-rate", Direction.HIGHER_IS_BETTER, 0.8, 0.7, 0.5)
                .build();
        Change change = card.compare(resolved(30, 100), resolved(45, 100), ScorecardFixtures.metrics())
                .change("resolved-rate").orElseThrow();
        // pooled 0.375: z = 0.15 / 0.068465 = 2.1909, p = 0.0285; Wald interval 0.15 +- 1.96 * 0.06764
        assertEquals("two-proportion-z", change.test());
        assertEquals(2.1909, change.statistic(), 1e-4);
        assertEquals(0.0285, change.pValue(), 1e-4);
        assertEquals(0.01743, change.lower(), 1e-5);
        assertEquals(0.28257, change.upper(), 1e-5);
        assertEquals(Change.Verdict.BETTER, change.verdict());
    }

    @Test
    void compare_waitsOfWelchExample_welchSignificantlyWorse() {
        Scorecard card = Scorecard.builder("Wait").kpi("mean-wait", Direction.LOWER_IS_BETTER, 15, 18, 25).build();
        // Wikipedia, Welch's t-test, example 1: t = 2.4554 for the second sample's higher mean, df 24.99, p 0.0214
        List<Interaction> before = waits(27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6,
                19.0, 21.7, 21.4);
        List<Interaction> after = waits(27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1,
                22.9, 20.5, 24.4);
        ScorecardComparison comparison = card.compare(before, after, ScorecardFixtures.metrics());
        Change change = comparison.change("mean-wait").orElseThrow();
        assertEquals("welch-t", change.test());
        assertEquals(2.4554, change.statistic(), 1e-4);
        assertEquals(0.02138, change.pValue(), 1e-5);
        // difference 2.1667 +- t(0.975, 24.99) 2.0596 * se 0.88241
        assertEquals(2.16667 - 2.059586 * 2.16667 / 2.455356, change.lower(), 1e-4);
        assertEquals(Change.Verdict.WORSE, change.verdict());
    }

    @Test
    void npsDifference_handExample_intervalAndP() {
        Kpi nps = Kpi.of("nps", Direction.HIGHER_IS_BETTER, 40, 30, 0);
        Change change = ChangeTest.npsDifference().compare(nps, Estimate.of(20, 200, 10, 30, "adjusted-wald"),
                Estimate.of(35, 200, 25.2, 44.8, "adjusted-wald"), 0.05);
        // se = sqrt((10 / 1.96)^2 + (9.8 / 1.96)^2) = 7.1437; z = 15 / 7.1437 = 2.0997; p = 0.0358
        assertEquals(2.0997, change.statistic(), 1e-4);
        assertEquals(0.03575, change.pValue(), 1e-5);
        assertEquals(0.99857, change.lower(), 1e-4);
        assertEquals(29.00143, change.upper(), 1e-4);
        assertEquals(Change.Verdict.BETTER, change.verdict());
    }

    @Test
    void automatic_npsMetric_usesNpsDifference() {
        Kpi nps = Kpi.of("nps", Direction.HIGHER_IS_BETTER, 40, 30, 0);
        assertEquals("nps-difference", ChangeTest.automatic().compare(nps, Estimate.of(20, 200, 10, 30, "wald"),
                Estimate.of(22, 200, 12, 32, "wald"), 0.05).test());
    }

    @Test
    void compare_smallChange_notSignificant() {
        Scorecard card = Scorecard.builder("FCR").kpi("resolved-rate", Direction.HIGHER_IS_BETTER, 0.8, 0.7, 0.5)
                .build();
        ScorecardComparison comparison = card.compare(resolved(30, 100), resolved(33, 100),
                ScorecardFixtures.metrics());
        assertEquals(Change.Verdict.NO_SIGNIFICANT_CHANGE, comparison.changes().get(0).verdict());
    }

    @Test
    void compare_noDataInBaseline_listedAsNoData() {
        ScorecardComparison comparison = ScorecardFixtures.support().compare(List.of(), resolved(3, 4),
                ScorecardFixtures.metrics());
        assertEquals(List.of("resolved-rate", "mean-wait"), comparison.noData());
        assertEquals(List.of(), comparison.changes());
    }

    @Test
    void toString_rateChange_alignedTable() {
        Scorecard card = Scorecard.builder("FCR").kpi("resolved-rate", Direction.HIGHER_IS_BETTER, 0.8, 0.7, 0.5)
                .build();
        assertEquals("""
                FCR: current vs baseline (alpha 0.05)
                KPI             baseline    current     change  interval              test                 stat        p  verdict
                resolved-rate      0.300      0.450      0.150  0.017 to 0.283        two-proportion-z    2.191   0.0285  better
                """, card.compare(resolved(30, 100), resolved(45, 100), ScorecardFixtures.metrics())
                .toString());
    }

    @Test
    void toJson_rateChange_documentedFields() {
        Scorecard card = Scorecard.builder("FCR").kpi("resolved-rate", Direction.HIGHER_IS_BETTER, 0.8, 0.7, 0.5)
                .build();
        assertEquals("""
                {
                  "format_version" : 2,
                  "scorecard" : "FCR",
                  "alpha" : 0.05,
                  "changes" : [ {
                    "metric" : "resolved-rate",
                    "baseline" : {
                      "value" : 0.3,
                      "sample_size" : 100,
                      "lower" : 0.2189488529493276,
                      "upper" : 0.3958485463334666,
                      "confidence" : 0.95,
                      "method" : "wilson",
                      "small_sample" : false
                    },
                    "current" : {
                      "value" : 0.45,
                      "sample_size" : 100,
                      "lower" : 0.3561453797951198,
                      "upper" : 0.5475539700255787,
                      "confidence" : 0.95,
                      "method" : "wilson",
                      "small_sample" : false
                    },
                    "test" : "two-proportion-z",
                    "difference" : 0.15000000000000002,
                    "lower" : 0.01743049330756391,
                    "upper" : 0.28256950669243613,
                    "statistic" : 2.1908902300206647,
                    "p_value" : 0.028459736916310527,
                    "verdict" : "better"
                  } ],
                  "no_data" : [ ]
                }""", card.compare(resolved(30, 100), resolved(45, 100), ScorecardFixtures.metrics()).toJson());
    }
}
