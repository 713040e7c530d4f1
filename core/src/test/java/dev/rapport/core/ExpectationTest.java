package dev.rapport.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExpectationTest {

    private static final Expectation CSAT_3_4 = Expectation.of(Scale.CSAT, 3, 4);
    private static final Expectation WAIT_120_30 = Expectation.of(Scale.DURATION_SECONDS, 120, 30);

    //-----------------------------------------------------------------------
    // evaluate, higher is better
    //-----------------------------------------------------------------------
    @Test
    void evaluate_belowAdequate_isAFailureWithNegativeGaps() {
        ExpectationGap gap = CSAT_3_4.evaluate(2);
        assertEquals(GapVerdict.FAILURE, gap.verdict());
        assertEquals(-1, gap.msa());
        assertEquals(-2, gap.mss());
        assertEquals("FAILURE: delivered 2 against adequate 3, desired 4 (MSA -1, MSS -2)", gap.toString());
    }

    @Test
    void evaluate_withinTheZone_bothEndsIncluded_isMet() {
        assertEquals(GapVerdict.MET, CSAT_3_4.evaluate(3).verdict());
        assertEquals(GapVerdict.MET, CSAT_3_4.evaluate(3.5).verdict());
        assertEquals(GapVerdict.MET, CSAT_3_4.evaluate(4).verdict());
    }

    @Test
    void evaluate_aboveDesired_delights() {
        ExpectationGap gap = CSAT_3_4.evaluate(5);
        assertEquals(GapVerdict.DELIGHTED, gap.verdict());
        assertEquals(2, gap.msa());
        assertEquals(1, gap.mss());
    }

    //-----------------------------------------------------------------------
    // evaluate, lower is better
    //-----------------------------------------------------------------------
    @Test
    void evaluate_shortWait_delightsAndGapsArePositive() {
        ExpectationGap gap = WAIT_120_30.evaluate(20);
        assertEquals(GapVerdict.DELIGHTED, gap.verdict());
        assertEquals(100, gap.msa());
        assertEquals(10, gap.mss());
    }

    @Test
    void evaluate_longWait_failsAndGapsAreNegative() {
        ExpectationGap gap = WAIT_120_30.evaluate(300);
        assertEquals(GapVerdict.FAILURE, gap.verdict());
        assertEquals(-180, gap.msa());
        assertEquals(-270, gap.mss());
    }

    @Test
    void evaluate_offTheScale_rejectedWithTheValue() {
        var e = assertThrows(IllegalArgumentException.class, () -> CSAT_3_4.evaluate(6));
        assertEquals("value must be on the csat scale (1.0 to 5.0), was 6.0", e.getMessage());
    }

    @Test
    void evaluate_deliveryOnAnotherScale_rejectedNamingBoth() {
        var e = assertThrows(IllegalArgumentException.class, () -> CSAT_3_4.evaluate(Delivery.of(Scale.NPS, 9)));
        assertEquals("delivery must be on the expectation's scale csat, was on nps", e.getMessage());
    }

    //-----------------------------------------------------------------------
    // validation
    //-----------------------------------------------------------------------
    @Test
    void of_adequateBetterThanDesired_rejectedWithBothLevels() {
        var e = assertThrows(InvalidModelException.class, () -> Expectation.of(Scale.CSAT, 5, 3));
        assertEquals(List.of(new Violation("adequate", "must not be better than desired (3) when higher is better",
                "5")), e.violations());
        assertEquals("invalid expectation (1 problem):\n"
                + "  adequate: must not be better than desired (3) when higher is better (was 5)", e.getMessage());
    }

    @Test
    void of_shorterAdequateWait_rejectedBecauseLowerIsBetter() {
        var e = assertThrows(InvalidModelException.class, () -> Expectation.of(Scale.DURATION_SECONDS, 30, 120));
        assertEquals("must not be better than desired (120) when lower is better",
                e.violations().get(0).message());
    }

    @Test
    void of_everyRuleBroken_reportsEveryViolationAtOnce() {
        var e = assertThrows(InvalidModelException.class, () -> Expectation.of(Scale.CSAT, 7, 0));
        assertEquals(List.of(
                new Violation("adequate", "must be on the csat scale (1 to 5)", "7"),
                new Violation("adequate", "must not be better than desired (0) when higher is better", "7"),
                new Violation("desired", "must be on the csat scale (1 to 5)", "0")), e.violations());
    }

    @Test
    void surveyResponse_scoreOffTheScaleAndBlankCustomer_bothReported() {
        var e = assertThrows(InvalidModelException.class, () -> SurveyResponse.of(" ",
                java.time.Instant.EPOCH, Subject.overall(), Scale.NPS, 11));
        assertEquals(List.of(new Violation("customer_id", "must not be blank", "' '"),
                new Violation("score", "must be on the nps scale (0 to 10)", "11")), e.violations());
    }

    @Test
    void scale_maxNotAboveMin_rejectedWithBoth() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Scale.of("stars", 5, 1, Direction.HIGHER_IS_BETTER, "stars"));
        assertEquals("scale 'stars' must have a maximum greater than its minimum 5.0, was 1.0", e.getMessage());
    }
}
