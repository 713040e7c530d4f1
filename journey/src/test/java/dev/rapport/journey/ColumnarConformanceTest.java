package dev.rapport.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.rapport.core.Channel;
import dev.rapport.core.Interaction;
import dev.rapport.core.Outcome;
import dev.rapport.data.ColumnsReader;
import dev.rapport.data.EventLogReader;
import dev.rapport.data.InteractionColumns;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Conformance and the funnel over a help desk's export read into columns, against the same file read into objects.
 * The file has touchpoints the map does not know (with an empty stage or one the map lacks), empty cells, equal
 * timestamps in and out of file order, one-contact journeys, a customer whose id is a case id, contacts without a
 * case.
 */
class ColumnarConformanceTest {

    private static final Path FILE = ImportedJourneysTest.resource("help-desk-journeys.csv");
    private static final JourneyMap MAP = SampleMaps.support();

    @Test
    void helpDeskExport_sameConformanceAndFunnelAsObjects() {
        List<Interaction> objects = EventLogReader.strict().csv(FILE).interactions();
        InteractionColumns columns = ColumnsReader.strict().csv(FILE).columns();
        for (Grouping grouping : Grouping.values()) {
            JourneyLog log = JourneyLog.of(objects, grouping);
            assertEquals(ConformanceReport.of(MAP, log).journeys(), ConformanceReport.of(MAP, columns, grouping)
                    .journeys(), grouping::toString);
            assertEquals(Funnel.of(MAP, log), Funnel.of(MAP, columns, grouping), grouping::toString);
        }
    }

    @Test
    void helpDeskExport_byCustomer_journeysInKeyOrderEachByTimeThenFileOrder() {
        ConformanceReport report = ConformanceReport.of(MAP, ColumnsReader.strict().csv(FILE).columns(),
                Grouping.BY_CUSTOMER);
        assertEquals(List.of("T-503", "cust-17", "cust-22", "cust-31", "cust-40", "cust-55"),
                report.journeys().stream().map(JourneyConformance::key).toList());
        // cust-17: faq, chat (same instant, file order), phone-support twice (same instant)
        JourneyConformance first = report.journeys().get(1);
        assertEquals(List.of(Transition.of("phone-support", "phone-support")), first.unexpectedTransitions());
        assertEquals(1, first.repeatContacts());
        assertEquals(5, first.moves());
        // cust-40: phone-support, faq, returns-desk at 11:00 in file order, returns-desk again at 12:00
        JourneyConformance fourth = report.journeys().get(4);
        assertEquals(List.of("returns-desk"), fourth.unknownTouchpoints());
        assertEquals(List.of(Transition.of("phone-support", "faq"), Transition.of("faq", "returns-desk"),
                Transition.of("returns-desk", "returns-desk")), fourth.unexpectedTransitions());
        assertEquals(List.of("kiosk"), report.journeys().get(2).unknownTouchpoints());
    }

    @Test
    void helpDeskExport_byCase_aCustomerWhoseIdIsACaseIdJoinsThatCase() {
        ConformanceReport report = ConformanceReport.of(MAP, ColumnsReader.strict().csv(FILE).columns(),
                Grouping.BY_CASE);
        assertEquals(List.of("T-501", "T-503", "T-504", "T-505", "cust-22", "cust-40", "cust-55"),
                report.journeys().stream().map(JourneyConformance::key).toList());
        // customer T-503's ad at 07:00 (no case), then case T-503's survey at 08:00
        assertEquals(List.of(Transition.of("ad", "survey")), report.journeys().get(1).unexpectedTransitions());
        assertEquals(List.of("support"), report.journeys().get(1).skippedStages());
    }

    @Test
    void unknownTouchpointNamingAStageOfTheMap_columnsPlaceItInNoStage() {
        // documented: columns hold no stage, so only the per-object path counts the kiosk visit in support
        List<Interaction> objects = List.of(
                Interaction.builder("i1", "c1", Instant.parse("2026-03-01T10:00:00Z"), "ad", Channel.SOCIAL)
                        .outcome(Outcome.RESOLVED).build(),
                Interaction.builder("i2", "c1", Instant.parse("2026-03-01T11:00:00Z"), "kiosk", Channel.IN_PERSON)
                        .stage("support").outcome(Outcome.UNRESOLVED).build());
        Funnel fromObjects = Funnel.of(MAP, JourneyLog.of(objects, Grouping.BY_CUSTOMER));
        Funnel fromColumns = Funnel.of(MAP, InteractionColumns.of(objects), Grouping.BY_CUSTOMER);
        assertEquals(1, fromObjects.steps().get(1).visited());
        assertEquals(0, fromColumns.steps().get(1).visited());
        assertNotEquals(fromObjects, fromColumns);
    }
}
