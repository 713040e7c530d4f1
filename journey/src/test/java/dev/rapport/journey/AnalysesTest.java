package dev.rapport.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMultiset;
import dev.rapport.core.Channel;
import dev.rapport.core.Interaction;
import dev.rapport.core.Outcome;
import dev.rapport.data.EventLogReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Conformance, funnel, case times, channel switching and attribution on hand-checked logs. */
class AnalysesTest {

    private final JourneyMap map = SampleMaps.support();
    // k1: ad faq chat phone-support; k2: faq phone-support; k3: chat survey (same instant); k4: faq
    private final JourneyLog byCase =
            JourneyLog.of(EventLogReader.strict().csv(ImportedJourneysTest.resource("canonical.csv")), Grouping.BY_CASE);

    private static JourneyLog log(String... journeys) {
        List<Interaction> list = new ArrayList<>();
        Instant t = Instant.parse("2026-01-05T09:00:00Z");
        int n = 0;
        for (int j = 0; j < journeys.length; j++) {
            for (String step : journeys[j].split(" ")) {
                boolean converts = step.endsWith("!");
                String touchpoint = converts ? step.substring(0, step.length() - 1) : step;
                list.add(Interaction.builder("i" + n++, "c" + j, t = t.plusSeconds(60), touchpoint, Channel.WEB)
                        .outcome(converts ? Outcome.RESOLVED : Outcome.UNRESOLVED).build());
            }
        }
        return JourneyLog.of(list, Grouping.BY_CUSTOMER);
    }

    //-----------------------------------------------------------------------
    // ConformanceReport
    //-----------------------------------------------------------------------
    @Test
    void conformance_canonicalCsv_fitnessByHand() {
        ConformanceReport report = ConformanceReport.of(map, byCase);
        List<JourneyConformance> j = report.journeys();
        // k1: entry ok, 3 expected transitions, ends at phone-support (not an exit): 4 of 5
        assertEquals(0.8, j.get(0).fitness(), 1e-12);
        assertTrue(j.get(0).startsAtEntry());
        assertFalse(j.get(0).endsAtExit());
        // k2: faq is no entry, faq -> phone-support expected, phone-support no exit: 1 of 3
        assertEquals(1.0 / 3, j.get(1).fitness(), 1e-12);
        // k3: chat no entry, chat -> survey expected, survey is the exit: 2 of 3
        assertEquals(2.0 / 3, j.get(2).fitness(), 1e-12);
        // k4: a lone faq: 0 of 2
        assertEquals(0, j.get(3).fitness());
        assertEquals(7.0 / 13, report.fitness(), 1e-12);
        assertEquals((0.8 + 1.0 / 3 + 2.0 / 3 + 0) / 4, report.meanFitness(), 1e-12);
        assertEquals(3, report.endingOutsideExit());
        assertEquals(3, report.startingOutsideEntry());
        assertTrue(report.unexpectedTransitions().isEmpty());
        assertEquals(0, report.repeatContacts());
    }

    @Test
    void conformance_skipsLoopsAndUnknowns_reportedPerJourney() {
        ConformanceReport report = ConformanceReport.of(map, log("ad survey", "ad faq chat faq chat survey",
                "ad kiosk survey"));
        JourneyConformance skipper = report.journeys().get(0);
        assertEquals(List.of(Transition.of("ad", "survey")), skipper.unexpectedTransitions());
        assertEquals(List.of("support"), skipper.skippedStages());
        assertEquals(2.0 / 3, skipper.fitness(), 1e-12);
        JourneyConformance looper = report.journeys().get(1);
        assertEquals(2, looper.repeatContacts());
        assertEquals(List.of(Transition.of("chat", "faq")), looper.unexpectedTransitions());
        assertEquals(6.0 / 7, looper.fitness(), 1e-12);
        JourneyConformance stranger = report.journeys().get(2);
        assertEquals(List.of("kiosk"), stranger.unknownTouchpoints());
        assertEquals(List.of("support"), stranger.skippedStages()); // kiosk has no stage
        assertEquals(ImmutableMultiset.of(Transition.of("ad", "survey"), Transition.of("chat", "faq"),
                Transition.of("ad", "kiosk"), Transition.of("kiosk", "survey")), report.unexpectedTransitions());
        assertEquals(ImmutableMultiset.of("support", "support"), report.skippedStages());
    }

    //-----------------------------------------------------------------------
    // Funnel
    //-----------------------------------------------------------------------
    @Test
    void funnel_canonicalCsv_reachedAndDroppedByHand() {
        Funnel funnel = Funnel.of(map, byCase);
        // furthest stages: k1 support, k2 support, k3 loyalty, k4 support
        assertEquals(4, funnel.journeys());
        assertEquals(List.of(new Funnel.Step("awareness", 1, 4, 0), new Funnel.Step("support", 4, 4, 3),
                new Funnel.Step("loyalty", 1, 1, 1)), funnel.steps());
        assertEquals(0.25, funnel.steps().get(2).conversionFrom(funnel.steps().get(0)));
    }

    //-----------------------------------------------------------------------
    // CaseTimes
    //-----------------------------------------------------------------------
    @Test
    void caseTimes_canonicalCsv_stageDurationsAndResolutionByHand() {
        CaseTimes times = CaseTimes.of(map, byCase);
        // k1: ad 08:55 -> 09:00 awareness 300 s; support 300 + 900 + (90 + 600) = 1890 s
        assertEquals(Map.of("awareness", Duration.ofSeconds(300), "support", Duration.ofSeconds(1890)),
                times.stageDurations().get("k1"));
        // resolved by i3: 08:55 -> 09:20 plus 690 s
        assertEquals(Optional.of(Duration.ofSeconds(1500 + 690)), times.timeToResolution().get("k1"));
        assertEquals(Optional.of(Duration.ofSeconds(600 + 660)), times.timeToResolution().get("k2"));
        assertEquals(Optional.of(Duration.ofSeconds(210)), times.timeToResolution().get("k3"));
        assertEquals(Optional.empty(), times.timeToResolution().get("k4")); // abandoned
        // support over k1..k4: 1890, 1260, 0, 30
        DurationStats support = times.byStage().get("support");
        assertEquals(4, support.count());
        assertEquals(645, support.medianSeconds(), 1e-9);
        assertEquals(795, support.meanSeconds(), 1e-9);
        assertEquals(1260, times.resolution().orElseThrow().medianSeconds(), 1e-9);
        assertEquals(3, times.resolvedJourneys());
    }

    //-----------------------------------------------------------------------
    // ChannelSwitching
    //-----------------------------------------------------------------------
    @Test
    void channelSwitching_canonicalCsv_everyTransitionSwitches() {
        ChannelSwitching switching = ChannelSwitching.of(byCase);
        assertEquals(3, switching.multiContactJourneys());
        assertEquals(3, switching.journeysWithSwitch());
        assertEquals(5, switching.transitions());
        assertEquals(5, switching.switchCount());
        assertEquals(1.0, switching.switchRate());
        assertEquals("[chat -> email x1, chat -> phone x1, social -> web x1, web -> chat x1, web -> phone x1]",
                switching.switches().toString());
    }

    //-----------------------------------------------------------------------
    // Attribution
    //-----------------------------------------------------------------------
    @Test
    void attribution_smallChain_removalEffectsByHand() {
        // start -> a 2/3, -> b 1/3; a -> b 1/2, -> c 1/2; b converts; c does not. p = 2/3 * 1/2 + 1/3 = 2/3
        Attribution attribution = Attribution.of(log("a b!", "a c", "b!"), Attribution.resolved());
        assertEquals(2, attribution.conversions());
        assertEquals(2.0 / 3, attribution.conversionProbability(), 1e-12);
        Attribution.Credit a = attribution.credit("a").orElseThrow();
        Attribution.Credit b = attribution.credit("b").orElseThrow();
        Attribution.Credit c = attribution.credit("c").orElseThrow();
        assertEquals(0.5, a.removalEffect(), 1e-12); // without a: p = 1/3
        assertEquals(1.0, b.removalEffect(), 1e-12); // without b: p = 0
        assertEquals(0.0, c.removalEffect(), 1e-12);
        assertEquals(2.0 * 0.5 / 1.5, a.markov(), 1e-12);
        assertEquals(2.0 * 1 / 1.5, b.markov(), 1e-12);
        assertEquals(List.of(1L, 1L, 0L), List.of(a.firstTouch(), b.firstTouch(), c.firstTouch()));
        assertEquals(List.of(0L, 2L, 0L), List.of(a.lastTouch(), b.lastTouch(), c.lastTouch()));
        assertEquals("b", attribution.credits().get(0).touchpoint());
    }

    @Test
    void attribution_loops_solvedByTheLinearSystem() {
        // a -> b twice, b -> a once, b converts once: x_b = (x_a + 1) / 2, x_a = x_b, so p = 1
        Attribution attribution = Attribution.of(log("a b a b!"), Attribution.resolved());
        assertEquals(1.0, attribution.conversionProbability(), 1e-12);
        assertEquals(1.0, attribution.credit("a").orElseThrow().removalEffect(), 1e-12);
    }

    @Test
    void attribution_nothingConverts_allZero() {
        Attribution attribution = Attribution.of(log("a b", "c"), Attribution.resolved());
        assertEquals(0, attribution.conversionProbability());
        attribution.credits().forEach(c -> assertEquals(0, c.markov()));
    }
}
