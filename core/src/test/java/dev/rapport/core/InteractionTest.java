package dev.rapport.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class InteractionTest {

    private static final Instant MONDAY = Instant.parse("2026-01-05T09:30:00Z");

    @Test
    void builder_everyPart_keepsThem() {
        Interaction test = Interaction.builder("i-1", "cust-7", MONDAY, "phone-support", Channel.PHONE)
                .caseId("case-3").stage(Stage.SUPPORT).waitSeconds(95.5).handleSeconds(240)
                .outcome(Outcome.TRANSFERRED).agent("ann").segment("busy-parent").reason("billing")
                .survey(SurveyScores.none().withNps(6).withCsat(3)).build();
        assertEquals(Optional.of("case-3"), test.caseId());
        assertEquals(Optional.of("support"), test.stage());
        assertEquals(Optional.of(Duration.ofMillis(95_500)), test.waitTime());
        assertEquals(OptionalInt.of(6), test.survey().nps());
        assertEquals("i-1 2026-01-05T09:30:00Z cust-7/case-3 @ phone-support (phone) TRANSFERRED wait 95.5s "
                + "[nps 6, csat 3]", test.toString());
    }

    @Test
    void builder_noWaitOrHandlingTime_bothUnknownNotZero() {
        Interaction test = Interaction.builder("i-1", "cust-7", MONDAY, "phone-support", Channel.PHONE)
                .outcome(Outcome.ABANDONED).build();
        assertEquals(OptionalDouble.empty(), test.waitSeconds());
        assertEquals(OptionalDouble.empty(), test.handleSeconds());
        assertEquals(Optional.empty(), test.waitTime());
        assertEquals(MONDAY, test.knownEnd());
        assertEquals("i-1 2026-01-05T09:30:00Z cust-7 @ phone-support (phone) ABANDONED wait ?", test.toString());
    }

    @Test
    void knownEnd_addsOnlyTheKnownParts() {
        Interaction test = Interaction.builder("i-1", "cust-7", MONDAY, "phone-support", Channel.PHONE)
                .waitSeconds(30.5).outcome(Outcome.RESOLVED).build();
        assertEquals(MONDAY.plusMillis(30_500), test.knownEnd());
        assertEquals(MONDAY.plusSeconds(130).plusMillis(500),
                Interaction.builder("i-1", "cust-7", MONDAY, "phone-support", Channel.PHONE).waitSeconds(30.5)
                        .handleSeconds(100).outcome(Outcome.RESOLVED).build().knownEnd());
    }

    @Test
    void builder_noOutcome_refusesToBuild() {
        var e = assertThrows(IllegalStateException.class,
                () -> Interaction.builder("i-1", "cust-7", MONDAY, "faq", Channel.WEB).build());
        assertEquals("interaction 'i-1' has no outcome", e.getMessage());
    }

    @Test
    void builder_negativeWait_rejectedWithTheWait() {
        var e = assertThrows(IllegalArgumentException.class, () -> Interaction.builder("i-1", "cust-7", MONDAY,
                "faq", Channel.WEB).waitSeconds(-2).outcome(Outcome.RESOLVED).build());
        assertEquals("interaction 'i-1' must have a wait between 0 and 2147483.647 seconds, was -2.0", e.getMessage());
    }

    @Test
    void builder_waitAndHandlingAtTheLimit_accepted() {
        Interaction test = Interaction.builder("i-1", "cust-7", MONDAY, "faq", Channel.WEB).waitSeconds(2147483.647)
                .handleSeconds(Interaction.MAX_SECONDS).outcome(Outcome.RESOLVED).build();
        assertEquals(Optional.of(Duration.ofMillis(Integer.MAX_VALUE)), test.waitTime());
        assertEquals(Optional.of(Duration.ofMillis(Integer.MAX_VALUE)), test.handleTime());
    }

    @Test
    void builder_waitOneMillisecondPastTheLimit_rejectedWithTheWait() {
        var e = assertThrows(IllegalArgumentException.class, () -> Interaction.builder("i-1", "cust-7", MONDAY,
                "faq", Channel.WEB).waitSeconds(2147483.648).outcome(Outcome.RESOLVED).build());
        assertEquals("interaction 'i-1' must have a wait between 0 and 2147483.647 seconds, was 2147483.648",
                e.getMessage());
    }

    @Test
    void builder_handlingOneMillisecondPastTheLimit_rejectedWithTheHandlingTime() {
        var e = assertThrows(IllegalArgumentException.class, () -> Interaction.builder("i-1", "cust-7", MONDAY,
                "faq", Channel.WEB).handleSeconds(2147483.648).outcome(Outcome.RESOLVED).build());
        assertEquals("interaction 'i-1' must have a handling time between 0 and 2147483.647 seconds, was 2147483.648",
                e.getMessage());
    }

    @Test
    void builder_blankCase_treatedAsNoCase() {
        Interaction test = Interaction.builder("i-1", "cust-7", MONDAY, "faq", Channel.WEB).caseId("  ")
                .outcome(Outcome.RESOLVED).build();
        assertEquals(Optional.empty(), test.caseId());
    }

    @Test
    void surveyScores_npsOutOfRange_rejectedWithTheAnswer() {
        var e = assertThrows(IllegalArgumentException.class, () -> SurveyScores.none().withNps(11));
        assertEquals("NPS answer must be between 0 and 10, was 11", e.getMessage());
    }

    @Test
    void surveyScores_ratingOutOfRange_rejectedWithTheDimension() {
        var e = assertThrows(IllegalArgumentException.class, () -> SurveyScores.none().withRating("timeliness", 0));
        assertEquals("rating of timeliness must be between 1 and 5, was 0", e.getMessage());
    }

    @Test
    void surveyScores_none_isEmpty() {
        assertTrue(SurveyScores.none().isEmpty());
        assertEquals("no answers", SurveyScores.none().toString());
    }

    @Test
    void outcomeParse_unknown_listsTheAcceptedValues() {
        var e = assertThrows(IllegalArgumentException.class, () -> Outcome.parse("solved"));
        assertEquals("unknown outcome 'solved'; expected one of resolved, unresolved, transferred, escalated, "
                + "abandoned", e.getMessage());
        assertEquals(Outcome.ABANDONED, Outcome.parse(" Abandoned"));
    }
}
