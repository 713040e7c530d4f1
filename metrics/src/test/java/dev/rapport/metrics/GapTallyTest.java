package dev.rapport.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.rapport.core.Expectation;
import dev.rapport.core.ExpectationGap;
import dev.rapport.core.RapportJson;
import dev.rapport.core.Scale;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class GapTallyTest {

    static final Expectation CSAT_3_TO_4 = Expectation.of(Scale.CSAT, 3, 4);

    @Test
    void of_workedExample() {
        // delivered 2, 3, 4, 5: failure, met, met, delighted; MSA = -1, 0, 1, 2 (mean 0.5); MSS = -2, -1, 0, 1
        // (mean -0.5); perceived mean 3.5; sd of each 1.290994; half = 3.182446 × 1.290994 / 2 = 2.054260.
        GapTally tally = GapTally.of(List.of(CSAT_3_TO_4.evaluate(2), CSAT_3_TO_4.evaluate(3),
                CSAT_3_TO_4.evaluate(4), CSAT_3_TO_4.evaluate(5)));
        assertEquals(0.25, tally.failureShare().point(), 1e-12);
        assertEquals(0.5, tally.metShare().point(), 1e-12);
        assertEquals(0.25, tally.delightShare().point(), 1e-12);
        assertEquals(0.5, tally.meanMsa().point(), 1e-12);
        assertEquals(-1.554260, tally.meanMsa().lower(), 1e-5);
        assertEquals(-0.5, tally.meanMss().point(), 1e-12);
        assertEquals(3.5, tally.meanPerceived().point(), 1e-12);
        assertEquals(5.554260, tally.meanPerceived().upper(), 1e-5);
    }

    @Test
    void empty_givesEmptyEstimates() {
        assertTrue(GapTally.empty().failureShare().isEmpty());
        assertTrue(GapTally.empty().meanMsa().isEmpty());
    }

    @Test
    void exactMean_infinite_rejectedWithTheValue() {
        var e = assertThrows(IllegalArgumentException.class, () -> ExactMean.of(1, Double.POSITIVE_INFINITY));
        assertEquals("value must be finite, was Infinity", e.getMessage());
    }

    static Gen<GapTally> tallies() {
        return lists().of(doubles().between(1, 5).map(CSAT_3_TO_4::evaluate)).ofSizeBetween(0, 30)
                .map(GapTally::of);
    }

    @Test
    void merge_isAssociativeCommutativeWithIdentity_andJsonExact() {
        qt().withExamples(200).forAll(tallies(), tallies(), tallies()).checkAssert((a, b, c) -> {
            assertEquals(a.merge(b).merge(c), a.merge(b.merge(c)));
            assertEquals(a.merge(b), b.merge(a));
            assertEquals(a, a.merge(GapTally.empty()));
            assertEquals(a, RapportJson.read(RapportJson.write(a), GapTally.class));
        });
    }

    @Test
    void sharding_equalsOnePass() {
        qt().withExamples(200).forAll(lists().of(doubles().between(1, 5)).ofSizeBetween(0, 40))
                .checkAssert(values -> {
                    List<ExpectationGap> gaps = values.stream().map(CSAT_3_TO_4::evaluate).toList();
                    int cut = gaps.size() / 3;
                    assertEquals(GapTally.of(gaps),
                            GapTally.of(gaps.subList(cut, gaps.size())).merge(GapTally.of(gaps.subList(0, cut))));
                    assertEquals(GapTally.of(gaps), gaps.parallelStream().collect(GapTally.metric().collector()));
                });
    }
}
