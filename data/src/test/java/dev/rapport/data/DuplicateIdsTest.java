package dev.rapport.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rapport.core.UnreadableInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Interaction ids are unique (issue 17 #5: duplicates were accepted and counted twice). Two monthly help-desk exports
 * pasted together repeat the tickets at the month's end: every reader keeps the first row with an id and rejects the
 * others, both CSV paths alike; XES traces that repeat a case name are rejected, not merged.
 */
class DuplicateIdsTest {

    private static final String CSV = "duplicates/helpdesk-jan-feb.csv";
    private static final List<RejectedRow> CSV_REJECTED = List.of(
            new RejectedRow(5, duplicate("T-1002")),
            new RejectedRow(6, duplicate("T-1003")),
            new RejectedRow(8, "missing value for required column 'customer_id'"),
            new RejectedRow(10, duplicate("T-1002")));

    private static String duplicate(String id) {
        return "interaction id '" + id + "' is on an earlier row too; a duplicate is rejected, not counted twice";
    }

    @Test
    void csv_repeatedIds_firstKeptOthersRejected_bothPathsAlike() {
        ImportSummary objects = EventLogReader.lenient().csv(EventLogReaderTest.resource(CSV)).summary();
        assertEquals(9, objects.rowsRead());
        assertEquals(5, objects.accepted());
        assertEquals(CSV_REJECTED, objects.rejected());
        assertEquals(objects, ColumnsReader.lenient().csv(EventLogReaderTest.resource(CSV)).summary());
        assertEquals(objects, ColumnsReader.lenient().withChunkSize(64).withThreads(2)
                .csv(EventLogReaderTest.resource(CSV)).summary());
    }

    @Test
    void csv_strict_firstDuplicateThrowsWithItsLine_bothPathsAlike() {
        var objects = assertThrows(UnreadableInputException.class,
                () -> EventLogReader.strict().csv(EventLogReaderTest.resource(CSV)));
        var columns = assertThrows(UnreadableInputException.class,
                () -> ColumnsReader.strict().withChunkSize(64).csv(EventLogReaderTest.resource(CSV)));
        assertEquals(objects.getMessage(), columns.getMessage());
        assertEquals(java.util.Optional.of(5L), objects.line());
        assertEquals(duplicate("T-1002"), objects.problem());
    }

    @Test
    void jsonLines_repeatedId_rejected() {
        ImportSummary summary = EventLogReader.lenient().jsonLines(EventLogReaderTest.resource(
                "duplicates/helpdesk-jan-feb.jsonl")).summary();
        assertEquals(3, summary.accepted());
        assertEquals(List.of(new RejectedRow(3, duplicate("T-1002"))), summary.rejected());
    }

    @Test
    void xes_traceRepeatingACaseName_itsEventsRejectedNotMerged() {
        ImportResult result = EventLogReader.lenient().xes(EventLogReaderTest.resource(
                "duplicates/two-traces-one-case.xes"));
        assertEquals(List.of("case-7-1", "case-8-1"),
                result.interactions().stream().map(i -> i.interactionId()).toList());
        String reason = "trace 'case-7' repeats the case name of the trace at line 3; a case is one trace, so its "
                + "events are not merged into it";
        assertEquals(List.of(new RejectedRow(19, reason), new RejectedRow(23, reason)), result.summary().rejected());
    }
}
