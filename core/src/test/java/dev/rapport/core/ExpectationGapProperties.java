package dev.rapport.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The zone-of-tolerance verdict is monotone and the gaps are signed "positive is better" on both directions. */
class ExpectationGapProperties {

    /** An expectation with two deliveries on its scale. */
    private record Case(Expectation expectation, double a, double b) {
    }

    private static Gen<Case> cases() {
        return RapportGens.expectations().flatMap(e -> RapportGens.valuesOn(e.scale())
                .zip(RapportGens.valuesOn(e.scale()), (a, b) -> new Case(e, a, b)));
    }

    @Test
    void verdict_betterDelivery_neverWorseVerdict() {
        qt().withExamples(1000).forAll(cases()).checkAssert(c -> {
            Direction direction = c.expectation().scale().direction();
            double better = direction.isBetter(c.a(), c.b()) ? c.a() : c.b();
            double worse = better == c.a() ? c.b() : c.a();
            GapVerdict ofBetter = c.expectation().evaluate(better).verdict();
            GapVerdict ofWorse = c.expectation().evaluate(worse).verdict();
            assertTrue(ofBetter.compareTo(ofWorse) >= 0, () -> c + ": " + ofBetter + " < " + ofWorse);
        });
    }

    @Test
    void gaps_bothDirections_positiveMeansBetterForTheCustomer() {
        qt().withExamples(1000).forAll(cases()).checkAssert(c -> {
            Expectation e = c.expectation();
            ExpectationGap gap = e.evaluate(c.a());
            if (e.scale().direction() == Direction.HIGHER_IS_BETTER) {
                assertEquals(c.a() - e.adequate(), gap.msa(), 0.0);
                assertEquals(c.a() - e.desired(), gap.mss(), 0.0);
            } else {
                assertEquals(e.adequate() - c.a(), gap.msa(), 0.0);
                assertEquals(e.desired() - c.a(), gap.mss(), 0.0);
            }
        });
    }

    @Test
    void gaps_eitherDirection_mssNeverExceedsMsa() {
        qt().withExamples(500).forAll(cases()).checkAssert(c -> {
            ExpectationGap gap = c.expectation().evaluate(c.a());
            assertTrue(gap.mss() <= gap.msa(), gap::toString);
        });
    }

    @Test
    void verdict_either_direction_agreesWithTheSignsOfTheGaps() {
        qt().withExamples(500).forAll(cases()).checkAssert(c -> {
            ExpectationGap gap = c.expectation().evaluate(c.a());
            GapVerdict expected = gap.msa() < 0 ? GapVerdict.FAILURE
                    : gap.mss() > 0 ? GapVerdict.DELIGHTED : GapVerdict.MET;
            assertEquals(expected, gap.verdict(), gap::toString);
        });
    }
}
