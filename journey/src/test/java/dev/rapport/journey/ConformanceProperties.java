package dev.rapport.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.rapport.core.Interaction;
import dev.rapport.core.Outcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConformanceProperties {

    /** Up to 10 random walks along the map's expected paths, each from an entry point until it stops at an exit. */
    static JourneyLog walks(JourneyMap map, long seed) {
        Random random = new Random(seed);
        Set<String> exits = new HashSet<>();
        map.exitPoints().forEach(t -> exits.add(t.id()));
        List<MapTouchpoint> entries = map.entryPoints();
        List<Interaction> list = new ArrayList<>();
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        int journeys = 1 + random.nextInt(10);
        for (int j = 0; j < journeys; j++) {
            String at = entries.get(random.nextInt(entries.size())).id();
            for (int step = 0; ; step++) {
                MapTouchpoint tp = map.touchpoint(at).orElseThrow();
                list.add(Interaction.builder("i" + list.size(), "c" + j, t = t.plusSeconds(1), at, tp.channel())
                        .outcome(Outcome.RESOLVED).build());
                List<String> next = new ArrayList<>(map.graph().successors(at));
                if (next.isEmpty() || (exits.contains(at) && (random.nextBoolean() || step > 30))) {
                    break;
                }
                at = next.get(random.nextInt(next.size()));
            }
        }
        return JourneyLog.of(list, Grouping.BY_CUSTOMER);
    }

    @Test
    void fitnessIsOneForJourneysWalkingTheMapsPaths() {
        qt().withExamples(200).forAll(MapGens.maps(), longs().all()).checkAssert((map, seed) -> {
            ConformanceReport report = ConformanceReport.of(map, walks(map, seed));
            assertEquals(1.0, report.fitness());
            assertEquals(report.journeys().size(), report.fittingJourneys());
        });
    }

    @Test
    void fitnessStaysBetweenZeroAndOne() {
        qt().withExamples(200).forAll(MapGens.maps(), LogGens.interactions(false)).checkAssert((map, list) -> {
            double fitness = ConformanceReport.of(map, JourneyLog.of(list, Grouping.BY_CASE)).fitness();
            assertEquals(true, fitness >= 0 && fitness <= 1, () -> "fitness was " + fitness);
        });
    }
}
