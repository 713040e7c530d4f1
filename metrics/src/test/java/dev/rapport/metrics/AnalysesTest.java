package dev.rapport.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rapport.core.Channel;
import dev.rapport.core.Interaction;
import dev.rapport.core.Outcome;
import dev.rapport.core.SurveyScores;
import dev.rapport.metrics.ImportancePerformance.Item;
import dev.rapport.metrics.ImportancePerformance.Quadrant;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnalysesTest {

    private static Interaction rated(int id, int csat, int speed, int courtesy) {
        return Interaction.builder("i-" + id, "c-" + id, Instant.parse("2026-01-05T09:00:00Z"), "phone",
                Channel.PHONE).outcome(Outcome.RESOLVED).survey(SurveyScores.none().withCsat(csat)
                        .withRating("speed", speed).withRating("courtesy", courtesy)).build();
    }

    @Test
    void importancePerformance_meansAsCuts_fourQuadrants() {
        // importance mean (0.8 + 0.2 + 0.7 + 0.1) / 4 = 0.45; performance mean (3 + 4.5 + 4.6 + 2) / 4 = 3.525
        ImportancePerformance ipa = ImportancePerformance.of(List.of(new Item("speed", 0.8, 3.0),
                new Item("decor", 0.2, 4.5), new Item("courtesy", 0.7, 4.6), new Item("parking", 0.1, 2.0)));
        assertEquals(0.45, ipa.importanceCut(), 1e-12);
        assertEquals(3.525, ipa.performanceCut(), 1e-12);
        assertEquals(List.of(Quadrant.CONCENTRATE_HERE, Quadrant.POSSIBLE_OVERKILL, Quadrant.KEEP_UP_THE_GOOD_WORK,
                Quadrant.LOW_PRIORITY), ipa.items().stream().map(ImportancePerformance.Placed::quadrant).toList());
    }

    @Test
    void importancePerformance_derivedFromCsat_correlationAsImportance() {
        // speed equals CSAT (r = 1, mean 2.5); courtesy is always 5 (no variation: r = 0, mean 5)
        List<Interaction> answers = List.of(rated(1, 1, 1, 5), rated(2, 2, 2, 5), rated(3, 3, 3, 5),
                rated(4, 4, 4, 5));
        ImportancePerformance ipa = ImportancePerformance.derivedFromCsat(answers);
        assertEquals(Quadrant.CONCENTRATE_HERE, ipa.quadrant("speed"));
        assertEquals(Quadrant.POSSIBLE_OVERKILL, ipa.quadrant("courtesy"));
        assertEquals(0.5, ipa.importanceCut(), 1e-12);
    }

    @Test
    void keyDrivers_handExample_correlationsAndStandardizedWeights() {
        // speed = CSAT exactly (r = 1); courtesy 2,1,4,3,5: deviations -1,-2,1,0,2 against -2,-1,0,1,2 give
        // r = 8 / 10 = 0.8; with R = [[1, .8], [.8, 1]] and r = [.8, 1] (courtesy, speed), beta = [0, 1]
        List<Interaction> answers = List.of(rated(1, 1, 1, 2), rated(2, 2, 2, 1), rated(3, 3, 3, 4),
                rated(4, 4, 4, 3), rated(5, 5, 5, 5));
        KeyDrivers drivers = KeyDrivers.ofCsat(answers);
        assertEquals(5, drivers.completeCases());
        assertEquals("speed", drivers.drivers().get(0).dimension());
        assertEquals(1.0, drivers.drivers().get(0).correlation(), 1e-12);
        assertEquals(1.0, drivers.drivers().get(0).standardizedWeight().getAsDouble(), 1e-9);
        assertEquals(0.8, drivers.drivers().get(1).correlation(), 1e-12);
        assertEquals(0.0, drivers.drivers().get(1).standardizedWeight().getAsDouble(), 1e-9);
    }

    private static List<Interaction> histories() {
        Instant t = Instant.parse("2026-01-05T09:00:00Z");
        List<Interaction> all = new ArrayList<>();
        all.add(Interaction.builder("a1", "c-1", t, "phone", Channel.PHONE).outcome(Outcome.UNRESOLVED)
                .survey(SurveyScores.none().withNps(9)).build());
        all.add(Interaction.builder("a2", "c-1", t.plusSeconds(60), "phone", Channel.PHONE)
                .outcome(Outcome.TRANSFERRED).survey(SurveyScores.none().withNps(3)).build());
        all.add(Interaction.builder("b1", "c-2", t, "chat", Channel.CHAT).waitSeconds(700)
                .outcome(Outcome.RESOLVED).build());
        all.add(Interaction.builder("c1", "c-3", t, "chat", Channel.CHAT).waitSeconds(30)
                .outcome(Outcome.RESOLVED).survey(SurveyScores.none().withNps(10)).build());
        return all;
    }

    @Test
    void assess_anyFlag_everyFlaggedCustomerWithReasons() {
        List<CustomersAtRisk.Customer> risky = CustomersAtRisk.withDefaults().assess(histories(),
                Map.of("c-4", 1), AtRiskRule.anyFlag());
        assertEquals(List.of(
                new CustomersAtRisk.Customer("c-1", Set.of(RiskFlag.DETRACTOR, RiskFlag.REPEATED_UNRESOLVED),
                        List.of("detractor: answered 3 in a2", "2 contacts not resolved")),
                new CustomersAtRisk.Customer("c-2", Set.of(RiskFlag.LONG_WAIT),
                        List.of("waited 700 s (over 600 s)")),
                new CustomersAtRisk.Customer("c-4", Set.of(RiskFlag.BROKEN_PROMISE), List.of("1 broken promise"))),
                risky);
    }

    @Test
    void assess_atLeastTwoFlags_onlyCustomerWithTwo() {
        assertEquals(List.of("c-1"), CustomersAtRisk.withDefaults().assess(histories(), Map.of("c-4", 1),
                AtRiskRule.atLeast(2)).stream().map(CustomersAtRisk.Customer::customerId).toList());
    }

    @Test
    void assess_customRule_lambda() {
        AtRiskRule promisesOnly = flags -> flags.contains(RiskFlag.BROKEN_PROMISE);
        assertEquals(List.of("c-4"), CustomersAtRisk.withDefaults().assess(histories(), Map.of("c-4", 2),
                promisesOnly).stream().map(CustomersAtRisk.Customer::customerId).toList());
    }
}
