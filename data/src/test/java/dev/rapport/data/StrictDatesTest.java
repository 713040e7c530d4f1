package dev.rapport.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Mapped timestamp patterns resolve strictly (issue 17 #5: 30/02/2026 became 28 February): an impossible date is a
 * rejected row with its reason, on both CSV paths, and {@code yyyy} still reads (as {@code uuuu}).
 */
class StrictDatesTest {

    private static final ColumnMapping FRENCH_HELP_DESK = ColumnMapping.builder()
            .column("interaction_id", "Ticket").column("customer_id", "Client")
            .column("timestamp", "Date de création").column("channel", "Canal").column("outcome", "Statut")
            .column("touchpoint", "Point de contact").timestampPattern("dd/MM/yyyy HH:mm", "Europe/Paris").build();

    @Test
    void csv_impossibleDates_rejectedWithTheText_bothPaths() {
        var file = EventLogReaderTest.resource("strict-dates/tickets-fr.csv");
        ImportResult objects = EventLogReader.lenient().withMapping(FRENCH_HELP_DESK).csv(file);
        assertEquals(List.of("T-1", "T-4", "T-5"), objects.interactions().stream().map(i -> i.interactionId()).toList());
        assertEquals(Instant.parse("2026-02-27T08:15:00Z"), objects.interactions().get(0).timestamp());
        assertEquals(Instant.parse("2024-02-29T07:00:00Z"), objects.interactions().get(2).timestamp());
        assertEquals(List.of(new RejectedRow(3, "unparseable timestamp '30/02/2026 10:00'"),
                new RejectedRow(4, "unparseable timestamp '29/02/2026 11:30'"),
                new RejectedRow(7, "unparseable timestamp '31/04/2026 12:00'")), objects.summary().rejected());
        assertEquals(objects.summary(), ColumnsReader.lenient().withMapping(FRENCH_HELP_DESK).csv(file).summary());
    }

    @Test
    void pattern_withEra_keepsYearOfEra() {
        ColumnMapping era = ColumnMapping.builder().timestampPattern("dd/MM/yyyy G HH:mm", "UTC").build();
        assertEquals(Instant.parse("2026-02-27T09:15:00Z"), Instant.from(era.timestampFormatter().orElseThrow()
                .parse("27/02/2026 AD 09:15")));
    }
}
