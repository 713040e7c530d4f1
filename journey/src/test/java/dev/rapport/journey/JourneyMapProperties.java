package dev.rapport.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

class JourneyMapProperties {

    @Test
    void jsonRoundTripIsExact() {
        qt().withExamples(200).forAll(MapGens.maps())
                .checkAssert(map -> assertEquals(map, JourneyMap.parse(map.toJson())));
    }

    @Test
    void everyGeneratedMapHasAPathFromEntryToExit() {
        qt().withExamples(200).forAll(MapGens.maps()).checkAssert(map -> assertFalse(map.allPaths().isEmpty()));
    }
}
