package dev.rapport.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.rapport.core.Interaction;
import dev.rapport.core.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ScorecardProperties {

    private static final String[] TOUCHPOINTS = {"phone", "chat", "email"};

    /** Interactions with whole-second waits, so that sums are exact in any order. */
    private static Gen<List<Interaction>> interactions() {
        Gen<Interaction> one = integers().between(0, 10_000).zip(integers().between(0, 600),
                integers().between(0, Outcome.values().length - 1),
                (id, wait, outcome) -> ScorecardFixtures.contact(id, TOUCHPOINTS[id % 3], wait,
                        Outcome.values()[outcome]));
        return lists().of(one).ofSizeBetween(0, 40);
    }

    private static Gen<Scorecard> scorecards() {
        return ScorecardGens.kpis("resolved-rate").zip(ScorecardGens.kpis("mean-wait"), integers().between(0, 3),
                (a, b, s) -> new Scorecard("card", List.of(a, b),
                        List.copyOf(ScoringStrategies.builtIn().names()).get(s)));
    }

    @Test
    void evaluate_anyInteractions_scoresBetween0And100() {
        qt().withExamples(200).forAll(scorecards(), interactions()).checkAssert((card, contacts) -> {
            ScorecardResult r = card.evaluate(contacts, ScorecardFixtures.metrics(), Breakdown.touchpoint());
            assertTrue(r.overall() >= 0 && r.overall() <= 100, () -> "overall " + r.overall());
            r.kpis().forEach(l -> assertTrue(l.score() >= 0 && l.score() <= 100, () -> "score " + l));
        });
    }

    @Test
    void merge_randomShards_sameResultAsOnePass() {
        qt().withExamples(200).forAll(scorecards(), interactions(), integers().between(1, 5),
                integers().all()).checkAssert((card, contacts, shardCount, seed) -> {
                    Random random = new Random(seed);
                    List<List<Interaction>> shards = new ArrayList<>();
                    for (int i = 0; i < shardCount; i++) {
                        shards.add(new ArrayList<>());
                    }
                    contacts.forEach(c -> shards.get(random.nextInt(shardCount)).add(c));
                    ScorecardTally merged = ScorecardTally.empty(card, ScorecardFixtures.metrics(),
                            Breakdown.touchpoint());
                    for (List<Interaction> shard : shards) {
                        merged = card.tally(shard, ScorecardFixtures.metrics(), Breakdown.touchpoint())
                                .merge(merged);
                    }
                    assertEquals(card.evaluate(contacts, ScorecardFixtures.metrics(), Breakdown.touchpoint()),
                            merged.result(ScoringStrategies.builtIn()));
                });
    }

    @Test
    void merge_emptyTally_identity() {
        qt().withExamples(100).forAll(scorecards(), interactions()).checkAssert((card, contacts) -> {
            ScorecardTally tally = card.tally(contacts, ScorecardFixtures.metrics());
            assertEquals(tally, tally.merge(ScorecardTally.empty(card, ScorecardFixtures.metrics())));
            assertEquals(tally, ScorecardTally.empty(card, ScorecardFixtures.metrics()).merge(tally));
        });
    }

    @Test
    void toJson_anyScorecard_parsesBackEqual() {
        qt().withExamples(200).forAll(scorecards()).checkAssert(card -> assertEquals(card,
                Scorecard.parse(card.toJson(), ScorecardFixtures.metrics(), ScoringStrategies.builtIn())));
    }

    @Test
    void compare_anyTwoPeriods_pValueInRangeAndIntervalContainsDifference() {
        qt().withExamples(200).forAll(scorecards(), interactions(), interactions()).checkAssert((card, before,
                after) -> {
            ScorecardComparison comparison = card.compare(before, after, ScorecardFixtures.metrics());
            assertEquals(card.kpis().size(), comparison.changes().size() + comparison.noData().size());
            for (Change c : comparison.changes()) {
                assertTrue(c.pValue() >= 0 && c.pValue() <= 1, () -> "p " + c);
                assertTrue(c.lower() <= c.difference() && c.difference() <= c.upper(), () -> "interval " + c);
            }
        });
    }
}
