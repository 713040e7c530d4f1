package dev.rapport.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.rapport.core.Channel;
import dev.rapport.core.Interaction;
import dev.rapport.core.Outcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

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

    //-----------------------------------------------------------------------
    // ofColumns
    //-----------------------------------------------------------------------
    /**
     * Coded columns: up to 300 rows in up to 8 journey codes (some without rows), 5 touchpoints repeated, times
     * from 3 spreads: a few seconds (many ties), a day in milliseconds, and up to about 30 years.
     */
    static Gen<Columns> columns() {
        Gen<List<Long>> seeds = lists().of(longs().all()).ofSizeBetween(0, 300);
        return seeds.zip(integers().between(1, 8), integers().between(0, 2), (list, journeys, spread) -> {
            int n = list.size();
            int[] journey = new int[n];
            long[] millis = new long[n];
            short[] touchpoint = new short[n];
            for (int r = 0; r < n; r++) {
                long seed = list.get(r);
                journey[r] = (int) Math.floorMod(seed, journeys);
                touchpoint[r] = (short) Math.floorMod(seed >> 8, LogGens.TOUCHPOINTS.size());
                long time = Math.floorMod(seed >> 16, spread == 0 ? 5 : spread == 1 ? 86_400_000L : 1L << 40);
                millis[r] = 1_700_000_000_000L + (spread == 0 ? time * 1000 : time);
            }
            return new Columns(journey, journeys, millis, touchpoint);
        });
    }

    /** Journey-coded rows, and the same rows as interactions keyed {@code j<code>} (one journey per customer). */
    record Columns(int[] journey, int journeys, long[] millis, short[] touchpoint) {

        DirectlyFollowsGraph ofColumns(int ranges) {
            return DirectlyFollowsGraph.ofColumns(journey, journeys, millis, touchpoint, LogGens.TOUCHPOINTS,
                    ranges);
        }

        JourneyLog log() {
            List<Interaction> interactions = new ArrayList<>();
            for (int r = 0; r < journey.length; r++) {
                interactions.add(Interaction.builder("i" + r, "j" + journey[r], Instant.ofEpochMilli(millis[r]),
                        LogGens.TOUCHPOINTS.get(touchpoint[r]), Channel.WEB).outcome(Outcome.RESOLVED).build());
            }
            return JourneyLog.of(interactions, Grouping.BY_CUSTOMER);
        }

        @Override
        public String toString() {
            return log().toString();
        }
    }

    @Test
    void ofColumns_anyColumns_sameGraphAsOfTheJourneyLog() {
        qt().withExamples(300).forAll(columns(), integers().between(1, 9)).checkAssert((columns, ranges) ->
                assertEquals(DirectlyFollowsGraph.of(columns.log()), columns.ofColumns(ranges)));
    }

    @Test
    void ofColumns_anyColumns_sameGraphWhateverTheNumberOfRanges() {
        qt().withExamples(200).forAll(columns(), integers().between(2, 40)).checkAssert((columns, ranges) ->
                assertEquals(columns.ofColumns(1), columns.ofColumns(ranges)));
    }

    @Test
    void ofColumns_anyColumns_publicFactorySameAsOneRange() {
        qt().withExamples(50).forAll(columns()).checkAssert(columns ->
                assertEquals(columns.ofColumns(1), DirectlyFollowsGraph.ofColumns(columns.journey(),
                        columns.journeys(), columns.millis(), columns.touchpoint(), LogGens.TOUCHPOINTS)));
    }
}
