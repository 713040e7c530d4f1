package dev.rapport.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.core.Interaction;
import dev.rapport.core.UnknownNameException;
import dev.rapport.data.ColumnsImport;
import dev.rapport.data.ColumnsReader;
import dev.rapport.data.EventLogReader;
import dev.rapport.data.ImportResult;
import dev.rapport.metrics.ImportancePerformance.Quadrant;
import dev.rapport.metrics.KeyDrivers.Deletion;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A post-flight survey export written the way airline survey tools write one: snake_case headers
 * ({@code rating_inflight_wifi_service}, {@code rating_baggage_handling} ...), five dimensions of which only one is
 * built in, empty cells where a passenger skipped a question, and "not applicable" written {@code 0} (the airline
 * files' code, their scales start at 1), {@code N/A} and {@code Not Applicable} (no bag checked, no wifi on board).
 * Every expected figure below is counted or computed by hand from the file, not by the library.
 */
class AirlineSurveyTest {

    private static final double Z = 1.959963984540054; // normal 97.5% quantile
    private static final double T10 = 2.228138851986274; // Student t 97.5% quantile, 10 degrees of freedom

    private static Path file() {
        try {
            return Path.of(AirlineSurveyTest.class.getResource("/surveys/airline-survey.csv").toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    private static List<Interaction> interactions() {
        return EventLogReader.strict().csv(file()).interactions();
    }

    @Test
    void everyDimension_talliedByHand_sameFromObjectsAndColumns() {
        ImportResult objects = EventLogReader.strict().csv(file());
        ColumnsImport columns = ColumnsReader.strict().csv(file());
        assertEquals(16, objects.summary().accepted());
        assertEquals(objects.summary(), columns.summary());
        // counts of 1/2/3/4/5 and of "not applicable", read off the file column by column
        Map<String, RatingTally> expected = Map.of(
                "baggage-handling", new RatingTally(1, 2, 2, 3, 3, 4),
                "cleanliness", new RatingTally(1, 1, 5, 4, 3, 0),
                "gate-location", new RatingTally(1, 3, 4, 4, 2, 0),
                "inflight-wifi-service", new RatingTally(3, 3, 2, 3, 2, 2),
                "reliability", new RatingTally(1, 3, 3, 4, 4, 0));
        assertEquals(expected, SurveyDimensions.tallies(objects.interactions()));
        assertEquals(expected, SurveyDimensions.tallies(columns.columns()));
    }

    @Test
    void baggageHandling_byName_meanTopTwoAndNotApplicableAsComputedByHand() {
        List<Interaction> all = interactions();
        ColumnsImport columns = ColumnsReader.strict().csv(file());
        MetricRegistry registry = MetricRegistry.builtIn();
        // the 11 ratings; 4 passengers answered "not applicable", 1 skipped the question
        int[] ratings = {5, 4, 3, 1, 4, 2, 5, 2, 3, 4, 5};
        double mean = 38 / 11.0;
        double squares = 0;
        for (int r : ratings) {
            squares += (r - mean) * (r - mean);
        }
        double halfWidth = T10 * Math.sqrt(squares / 10) / Math.sqrt(11);
        for (Estimate e : List.of(MetricsTest.perObject(registry.named("rating-mean:baggage-handling"), all),
                ColumnMetrics.evaluate(columns.columns(), registry.named("rating-mean:baggage-handling")))) {
            assertEquals(mean, e.point(), 1e-12);
            assertEquals(11, e.sampleSize());
            assertEquals(mean - halfWidth, e.lower(), 1e-9);
            assertEquals(mean + halfWidth, e.upper(), 1e-9);
            assertEquals("t", e.method());
        }
        double[] wilson = wilson(6, 11);
        for (Estimate e : List.of(MetricsTest.perObject(registry.named("rating-top-two:baggage-handling"), all),
                ColumnMetrics.evaluate(columns.columns(), registry.named("rating-top-two:baggage-handling")))) {
            assertEquals(6 / 11.0, e.point(), 1e-12);
            assertEquals(wilson[0], e.lower(), 1e-9);
            assertEquals(wilson[1], e.upper(), 1e-9);
            assertEquals("wilson", e.method());
        }
        assertEquals(4 / 15.0, MetricsTest.perObject(registry.named("rating-not-applicable:baggage-handling"), all)
                .point(), 1e-12);
        assertEquals(2 / 11.0, ColumnMetrics.evaluate(columns.columns(), registry.named(
                "rating-share-2:baggage-handling")).point(), 1e-12);
        double shares = 0;
        for (int k = 1; k <= 5; k++) {
            shares += MetricsTest.perObject(Metrics.ratingShare("baggage-handling", k), all).point();
        }
        assertEquals(1, shares, 1e-12);
    }

    @Test
    void dimensionTheDataNeverMentions_emptyEstimateNotAnError() {
        Estimate e = ColumnMetrics.evaluate(ColumnsReader.strict().csv(file()).columns(),
                MetricRegistry.builtIn().named("rating-mean:seat-comfort"));
        assertTrue(e.isEmpty());
        assertEquals(0, e.sampleSize());
        assertEquals(e, MetricsTest.perObject(MetricRegistry.builtIn().named("rating-mean:seat-comfort"),
                interactions()));
    }

    @Test
    void malformedDimensionMetricName_unknownNameListingTheForms() {
        for (String name : List.of("rating-avg:gate-location", "rating-mean:Gate Location", "rating-share-6:gate",
                "rating-mean:")) {
            UnknownNameException e = assertThrows(UnknownNameException.class,
                    () -> MetricRegistry.builtIn().named(name));
            TreeSet<String> known = new TreeSet<>(MetricRegistry.builtIn().names());
            known.addAll(List.of("rating-mean:<dimension>", "rating-top-two:<dimension>",
                    "rating-share-1:<dimension>", "rating-share-2:<dimension>", "rating-share-3:<dimension>",
                    "rating-share-4:<dimension>", "rating-share-5:<dimension>", "rating-not-applicable:<dimension>",
                    "first-level-resolution:<tier|stage>[:<first>/<second>/...]",
                    "tier-transfers:<tier|stage>[:<first>/<second>/...]", "escalations:<tier|stage>[:<first>/<second>/...]",
                    "team-changes:<tier|stage>[:<first>/<second>/...]", "ping-pong-rate:<tier|stage>[:<first>/<second>/...]"));
            assertEquals("unknown metric '" + name + "'; known: " + String.join(", ", known), e.getMessage());
            assertFalse(MetricRegistry.builtIn().contains(name));
        }
    }

    @Test
    void scorecardJson_namesTheSurveysOwnDimension_sameOnBothPaths() {
        Scorecard card = Scorecard.parse("""
                {"format_version": 1, "name": "Ground", "scoring": "weighted-average", "kpis": [
                  {"metric": "rating-mean:baggage-handling", "direction": "higher_is_better", "target": 4.5,
                   "green_from": 4, "amber_from": 3},
                  {"metric": "rating-top-two:gate-location", "direction": "higher_is_better", "target": 0.8,
                   "green_from": 0.7, "amber_from": 0.4}]}
                """, MetricRegistry.builtIn(), ScoringStrategies.builtIn());
        ScorecardResult objects = card.evaluate(interactions(), MetricRegistry.builtIn());
        ScorecardResult columns = card.evaluate(ColumnsReader.strict().csv(file()).columns(), MetricRegistry.builtIn());
        assertEquals(objects, columns);
        assertEquals(38 / 11.0, objects.kpi("rating-mean:baggage-handling").orElseThrow().estimate().point(), 1e-12);
        assertEquals(Status.AMBER, objects.kpi("rating-mean:baggage-handling").orElseThrow().status());
        assertEquals(6 / 14.0, objects.kpi("rating-top-two:gate-location").orElseThrow().estimate().point(), 1e-12);
    }

    @Test
    void keyDrivers_pairwiseKeepsTheAnswersCompleteCasesDrop() {
        List<Interaction> all = interactions();
        // only PX-1001, 1006, 1010, 1013, 1014 and 1016 rated all five and gave CSAT: 6 is not more than 5 + 1
        KeyDrivers complete = KeyDrivers.ofCsat(all, Deletion.COMPLETE_CASES);
        assertEquals(Deletion.COMPLETE_CASES, complete.deletion());
        assertEquals(6, complete.completeCases());
        assertTrue(complete.drivers().stream().allMatch(d -> d.standardizedWeight().isEmpty()));
        assertTrue(complete.drivers().stream().allMatch(d -> d.pairs() == 6));

        KeyDrivers pairwise = KeyDrivers.ofCsat(all, Deletion.PAIRWISE);
        assertEquals(Deletion.PAIRWISE, pairwise.deletion());
        assertEquals(6, pairwise.completeCases());
        KeyDrivers.Driver baggage = pairwise.drivers().get(0);
        assertEquals("baggage-handling", baggage.dimension());
        assertEquals(10, baggage.pairs());
        // the 10 passengers who rated baggage handling and gave CSAT: (rating, csat)
        double[][] pairs = {{5, 5}, {4, 4}, {3, 3}, {1, 1}, {4, 4}, {5, 4}, {2, 2}, {3, 3}, {4, 4}, {5, 5}};
        assertEquals(pearson(pairs), baggage.correlation(), 1e-12);
        // β solving R β = r over pairwise correlations, computed independently with numpy.linalg.solve
        Map<String, Double> beta = Map.of("baggage-handling", 1.555359053628909, "cleanliness", 0.4788819159605124,
                "gate-location", 0.2713989140331059, "inflight-wifi-service", -0.2612077287348717,
                "reliability", -0.9404947575237219);
        pairwise.drivers().forEach(d -> assertEquals(beta.get(d.dimension()), d.standardizedWeight().orElseThrow(),
                1e-9, d.dimension()));
    }

    @Test
    void table_rowPerDimension_correlationQuadrantAndWeight() {
        SurveyDimensions table = SurveyDimensions.of(interactions(), Deletion.PAIRWISE);
        assertEquals(List.of("baggage-handling", "cleanliness", "gate-location", "inflight-wifi-service",
                "reliability"), table.rows().stream().map(SurveyDimensions.Row::dimension).toList());
        SurveyDimensions.Row baggage = table.row("baggage-handling").orElseThrow();
        assertEquals(4, baggage.tally().notApplicable());
        assertEquals(38 / 11.0, baggage.mean().point(), 1e-12);
        assertEquals(1.555359053628909, baggage.keyDriverWeight().getAsDouble(), 1e-9);
        assertEquals(0.9727143747452263, baggage.correlation().getAsDouble(), 1e-12);
        // cuts (numpy): importance 0.888 (mean r), performance 3.402 (mean of the means over the pairs with CSAT)
        assertEquals(Quadrant.KEEP_UP_THE_GOOD_WORK, baggage.quadrant().orElseThrow());
        assertEquals(Quadrant.LOW_PRIORITY, table.row("gate-location").orElseThrow().quadrant().orElseThrow());
        assertEquals(Quadrant.CONCENTRATE_HERE,
                table.row("inflight-wifi-service").orElseThrow().quadrant().orElseThrow());
        assertTrue(table.row("seat-comfort").isEmpty());
    }

    private static double[] wilson(long k, long n) {
        double p = (double) k / n;
        double centre = (p + Z * Z / (2 * n)) / (1 + Z * Z / n);
        double half = Z / (1 + Z * Z / n) * Math.sqrt(p * (1 - p) / n + Z * Z / (4.0 * n * n));
        return new double[] {centre - half, centre + half};
    }

    private static double pearson(double[][] xy) {
        double mx = 0;
        double my = 0;
        for (double[] p : xy) {
            mx += p[0] / xy.length;
            my += p[1] / xy.length;
        }
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (double[] p : xy) {
            sxy += (p[0] - mx) * (p[1] - my);
            sxx += (p[0] - mx) * (p[0] - mx);
            syy += (p[1] - my) * (p[1] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
