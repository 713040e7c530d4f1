package dev.rapport.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;

class DirectlyFollowsGraphProperties {

    @Test
    void discoveryDoesNotDependOnInputOrderWhenTimestampsAreDistinct() {
        qt().withExamples(200).forAll(LogGens.interactions(true), longs().all()).checkAssert((list, seed) ->
                assertEquals(DirectlyFollowsGraph.of(JourneyLog.of(list, Grouping.BY_CASE)),
                        DirectlyFollowsGraph.of(JourneyLog.of(LogGens.shuffled(list, seed), Grouping.BY_CASE))));
    }

    @Test
    void sumOfCountsIsTheNumberOfConsecutivePairs() {
        qt().withExamples(200).forAll(LogGens.interactions(false)).checkAssert(list -> {
            JourneyLog log = JourneyLog.of(list, Grouping.BY_CUSTOMER);
            long pairs = log.journeys().stream().mapToLong(j -> j.size() - 1).sum();
            assertEquals(pairs, DirectlyFollowsGraph.of(log).pairs());
            assertEquals(log.size(), DirectlyFollowsGraph.of(log).variants().stream().mapToLong(Variant::count).sum());
        });
    }
}
