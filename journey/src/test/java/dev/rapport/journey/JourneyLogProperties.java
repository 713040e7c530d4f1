package dev.rapport.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.rapport.core.Interaction;
import java.util.List;
import org.junit.jupiter.api.Test;

class JourneyLogProperties {

    @Test
    void groupingDoesNotDependOnInputOrderWhenTimestampsAreDistinct() {
        qt().withExamples(200).forAll(LogGens.interactions(true), longs().all()).checkAssert((list, seed) -> {
            for (Grouping grouping : Grouping.values()) {
                assertEquals(JourneyLog.of(list, grouping), JourneyLog.of(LogGens.shuffled(list, seed), grouping));
            }
        });
    }

    @Test
    void equalTimestampsKeepInputOrderWithinAJourney() {
        qt().withExamples(200).forAll(LogGens.interactions(false)).checkAssert(list -> {
            JourneyLog log = JourneyLog.of(list, Grouping.BY_CASE);
            for (Journey journey : log.journeys()) {
                List<Interaction> in = journey.interactions();
                for (int i = 1; i < in.size(); i++) {
                    if (in.get(i).timestamp().equals(in.get(i - 1).timestamp())) {
                        assertEquals(-1, Integer.signum(list.indexOf(in.get(i - 1)) - list.indexOf(in.get(i))));
                    }
                }
            }
            assertEquals(list.size(), log.interactionCount());
        });
    }
}
