package dev.rapport.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rapport.core.Channel;
import dev.rapport.core.Interaction;
import dev.rapport.core.Outcome;
import dev.rapport.data.EventLogReader;
import dev.rapport.data.ImportResult;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** What the readers of the data module give, grouped into journeys. */
class ImportedJourneysTest {

    static Path resource(String name) {
        try {
            return Path.of(ImportedJourneysTest.class.getResource("/logs/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> ids(List<Interaction> interactions) {
        return interactions.stream().map(Interaction::interactionId).toList();
    }

    @Test
    void csv_groupedByCase_sortsStablyByTimestamp() {
        JourneyLog log = JourneyLog.of(EventLogReader.strict().csv(resource("canonical.csv")), Grouping.BY_CASE);
        // k1: i0 (08:55, last in the file), i1, i2, i3; k2: i4, i5; k3: i6, i7 (same instant, file order); k4: i8
        assertEquals(4, log.size());
        assertEquals(9, log.interactionCount());
        assertEquals(List.of("ad", "faq", "chat", "phone-support"), log.journey("k1").orElseThrow().touchpoints());
        assertEquals(List.of("chat", "survey"), log.journey("k3").orElseThrow().touchpoints());
        assertEquals(1, log.journey("k4").orElseThrow().size());
    }

    @Test
    void csv_groupedByCustomer_oneJourneyPerCustomer() {
        JourneyLog log = JourneyLog.of(EventLogReader.strict().csv(resource("canonical.csv")), Grouping.BY_CUSTOMER);
        // c1: i0 i1 i2 i3 i8; c2: i4 i5 i6 i7
        assertEquals(2, log.size());
        assertEquals(List.of("i0", "i1", "i2", "i3", "i8"), ids(log.journey("c1").orElseThrow().interactions()));
        assertEquals(List.of("i4", "i5", "i6", "i7"), ids(log.journey("c2").orElseThrow().interactions()));
    }

    @Test
    void jsonLines_readsOneInteractionPerNonBlankLine() {
        ImportResult result = EventLogReader.strict().jsonLines(resource("interactions.jsonl"));
        // 4 lines, one blank
        assertEquals(3, result.summary().rowsRead());
        assertEquals(List.of("j1", "j2", "j3"), ids(result.interactions()));
        assertEquals(OptionalDouble.of(12.5), result.interactions().get(1).waitSeconds());
        assertEquals(Outcome.ESCALATED, result.interactions().get(2).outcome());
        JourneyLog byCase = JourneyLog.of(result, Grouping.BY_CASE);
        // k9 has j1 and j2; j3 has no case, so it is keyed by its customer c10
        assertEquals(2, byCase.size());
        assertEquals(List.of("faq", "chat"), byCase.journey("k9").orElseThrow().touchpoints());
        assertEquals(List.of("phone-support"), byCase.journey("c10").orElseThrow().touchpoints());
    }

    @Test
    void xes_readsCompletedEventsAndFoldsStartsIntoHandlingTime() {
        ImportResult result = EventLogReader.strict().xes(resource("support.xes"));
        // 6 events; the chat start only sets the chat's handling time: 5 rows
        assertEquals(5, result.summary().rowsRead());
        assertEquals(5, result.summary().accepted());
        JourneyLog log = JourneyLog.of(result, Grouping.BY_CASE);
        Journey one = log.journey("case-1").orElseThrow();
        assertEquals(List.of("faq", "chat", "phone-support"), one.touchpoints());
        Interaction chat = one.interactions().get(1);
        assertEquals("alice", chat.customerId());
        assertEquals(Instant.parse("2026-03-01T08:10:00Z"), chat.timestamp());
        assertEquals(OptionalDouble.of(300), chat.handleSeconds());
        assertEquals(Outcome.TRANSFERRED, chat.outcome());
        assertEquals(Optional.of("ann"), chat.agent());
        assertEquals(Optional.of("tier-2"), one.interactions().get(2).agent());
        Journey two = log.journey("case-2").orElseThrow();
        assertEquals("case-2", two.first().customerId());
        assertEquals(Channel.of("unknown"), two.first().channel());
        assertEquals(Outcome.UNRESOLVED, two.first().outcome());
    }
}
