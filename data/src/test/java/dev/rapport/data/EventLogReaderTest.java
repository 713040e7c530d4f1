package dev.rapport.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.core.Channel;
import dev.rapport.core.Interaction;
import dev.rapport.core.Mode;
import dev.rapport.core.Outcome;
import dev.rapport.core.UnreadableInputException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class EventLogReaderTest {

    static Path resource(String name) {
        try {
            return Path.of(EventLogReaderTest.class.getResource("/logs/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> ids(List<Interaction> interactions) {
        return interactions.stream().map(Interaction::interactionId).toList();
    }

    //-----------------------------------------------------------------------
    // csv, canonical header
    //-----------------------------------------------------------------------
    @Test
    void csv_canonical_readsEveryRowInFileOrder() {
        ImportResult result = EventLogReader.strict().csv(resource("canonical.csv"));
        // 9 data rows after the header, all valid
        assertEquals(9, result.summary().rowsRead());
        assertEquals(9, result.summary().accepted());
        assertEquals(List.of("i1", "i2", "i3", "i4", "i5", "i6", "i7", "i8", "i0"), ids(result.interactions()));
        Interaction i5 = result.interactions().get(4);
        assertEquals(Optional.of("smith, bob"), i5.agent());
        assertEquals(OptionalDouble.of(240), i5.waitSeconds());
        assertEquals(Outcome.RESOLVED, i5.outcome());
        assertEquals(Instant.parse("2026-01-06T10:10:00Z"), i5.timestamp());
        assertEquals(OptionalInt.of(6), i5.survey().nps());
        assertEquals(OptionalInt.of(3), i5.survey().csat());
        assertEquals(Integer.valueOf(2), i5.survey().ratings().get("reliability"));
        assertEquals(Mode.AUTOMATED, result.interactions().get(0).mode());
        assertTrue(result.interactions().get(0).survey().isEmpty());
    }

    //-----------------------------------------------------------------------
    // csv, mapped columns
    //-----------------------------------------------------------------------
    @Test
    void csv_withMapping_readsAHelpDeskExport() {
        ColumnMapping helpdesk = ColumnMapping.builder()
                .column("case_id", "Ticket").column("interaction_id", "Event").column("customer_id", "Requester")
                .column("timestamp", "When").column("touchpoint", "Where").column("channel", "Via")
                .column("outcome", "Status").column("wait_seconds", "Wait (s)").column("handle_seconds", "Handle (s)")
                .column("agent", "Agent Name").constant("segment", "retail")
                .timestampPattern("dd/MM/yyyy HH:mm", "Europe/Paris")
                .build();
        ImportResult result = EventLogReader.strict().withMapping(helpdesk).csv(resource("helpdesk.csv"));
        assertEquals(3, result.summary().accepted());
        Interaction first = result.interactions().get(0);
        assertEquals("e-1", first.interactionId());
        assertEquals("alice", first.customerId());
        assertEquals(Optional.of("T-1"), first.caseId());
        assertEquals(Instant.parse("2026-01-05T08:00:00Z"), first.timestamp()); // 09:00 in Paris, winter
        assertEquals(Channel.WEB, first.channel());
        assertEquals(Outcome.UNRESOLVED, first.outcome());
        assertEquals(Optional.empty(), first.agent());
        assertEquals(Optional.of("retail"), first.segment());
        assertEquals(Optional.of("Bob"), result.interactions().get(1).agent());
        assertEquals(List.of(Optional.of("T-1"), Optional.of("T-1"), Optional.of("T-2")),
                result.interactions().stream().map(Interaction::caseId).toList());
    }

    //-----------------------------------------------------------------------
    // csv, bad input
    //-----------------------------------------------------------------------
    @Test
    void csv_strict_badRow_throwsWithFileAndLine() {
        var e = assertThrows(UnreadableInputException.class, () -> EventLogReader.strict().csv(resource("bad.csv")));
        assertTrue(e.source().endsWith("bad.csv"), e.source());
        assertEquals(Optional.of(3L), e.line());
        assertEquals("unparseable timestamp 'yesterday'", e.problem());
        assertEquals(e.source() + " line 3: unparseable timestamp 'yesterday'", e.getMessage());
    }

    @Test
    void csv_lenient_collectsRejectedRowsWithReasons() {
        ImportSummary summary = EventLogReader.lenient().csv(resource("bad.csv")).summary();
        // 6 rows: b1 and b5 are good; b2 (timestamp), b3 (outcome), b4 (7 columns), b6 (wait) are not
        assertEquals(6, summary.rowsRead());
        assertEquals(2, summary.accepted());
        assertEquals(List.of(
                new RejectedRow(3, "unparseable timestamp 'yesterday'"),
                new RejectedRow(4, "unknown outcome 'solved'; expected one of resolved, unresolved, transferred, "
                        + "escalated, abandoned"),
                new RejectedRow(5, "expected 13 columns, found 7"),
                new RejectedRow(7, "wait_seconds must be a number, was 'abc'")), summary.rejected());
        assertEquals(summary.rowsRead(), summary.accepted() + summary.rejected().size());
    }

    @Test
    void csv_missingRequiredColumn_throwsEvenWhenLenient() {
        var e = assertThrows(UnreadableInputException.class,
                () -> EventLogReader.lenient().csv(resource("missing-outcome.csv")));
        assertEquals(Optional.of(1L), e.line());
        assertEquals("missing required column 'outcome'; found: interaction_id, customer_id, case_id, timestamp, "
                + "touchpoint, channel", e.problem());
    }

    @Test
    void csvText_quotedNewlineAndEmptyLines_readsTwoRows() {
        ImportResult result = EventLogReader.strict().csvText("""
                interaction_id,customer_id,timestamp,touchpoint,channel,outcome,agent

                x1,c1,2026-01-05T09:00:00.250+02:00,faq,web,resolved,"two
                lines"
                x2,c1,2026-01-05 09:00:01Z,faq,web,resolved,
                """);
        assertEquals(2, result.summary().rowsRead());
        assertEquals(Instant.parse("2026-01-05T07:00:00.250Z"), result.interactions().get(0).timestamp());
        assertEquals(Optional.of("two\nlines"), result.interactions().get(0).agent());
        assertEquals(Instant.parse("2026-01-05T09:00:01Z"), result.interactions().get(1).timestamp());
    }

    //-----------------------------------------------------------------------
    // JSON lines
    //-----------------------------------------------------------------------
    @Test
    void jsonLines_strict_badLine_namesFileLineAndProblem() {
        var e = assertThrows(UnreadableInputException.class,
                () -> EventLogReader.strict().jsonLines(resource("bad.jsonl")));
        assertTrue(e.source().endsWith("bad.jsonl"));
        assertEquals(Optional.of(2L), e.line());
        assertEquals("'solved' is not one of resolved, unresolved, transferred, escalated, abandoned", e.problem());
        assertEquals(Optional.of("$.outcome"), e.jsonPath());
    }

    @Test
    void jsonLines_lenient_badLine_rejected() {
        ImportSummary summary = EventLogReader.lenient().jsonLines(resource("bad.jsonl")).summary();
        assertEquals(2, summary.rowsRead());
        assertEquals(1, summary.accepted());
        assertEquals(List.of(new RejectedRow(2, "'solved' is not one of resolved, unresolved, transferred, escalated, "
                + "abandoned at $.outcome")), summary.rejected());
    }

    //-----------------------------------------------------------------------
    // XES
    //-----------------------------------------------------------------------
    @Test
    void xes_strict_badTimestamp_namesLine() {
        var e = assertThrows(UnreadableInputException.class, () -> EventLogReader.strict().xes(resource("bad.xes")));
        assertTrue(e.source().endsWith("bad.xes"));
        assertEquals(Optional.of(5L), e.line());
        assertEquals("unparseable timestamp 'not a time'", e.problem());
    }

    @Test
    void xes_lenient_badTimestamp_rejected() {
        ImportSummary summary = EventLogReader.lenient().xes(resource("bad.xes")).summary();
        assertEquals(1, summary.rowsRead());
        assertEquals(List.of(new RejectedRow(5, "unparseable timestamp 'not a time'")), summary.rejected());
    }
}
