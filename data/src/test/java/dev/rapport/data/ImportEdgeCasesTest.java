package dev.rapport.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rapport.core.InvalidModelException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs found by review: byte-order marks, non-ASCII digits, huge numbers, lifecycle events, time zones. */
class ImportEdgeCasesTest {

    private static final String HEADER = "interaction_id,customer_id,case_id,timestamp,touchpoint,stage,channel,mode,"
            + "wait_seconds,handle_seconds,outcome,agent,segment,nps\n";

    @Test
    void csv_byteOrderMark_headerStillRecognised() {
        ImportResult result = EventLogReader.strict()
                .csvText("\uFEFF" + HEADER + "i1,c1,k1,2026-01-05T09:00:00Z,faq,support,web,automated,0,60,resolved,,,\n");
        assertEquals(1, result.summary().accepted());
    }

    @Test
    void csv_nonAsciiDigitsInFraction_rejectedNotMisread() {
        ImportResult result = EventLogReader.lenient()
                .csvText(HEADER + "i1,c1,k1,2026-01-05T09:30:00.\u0663Z,faq,support,web,automated,0,60,resolved,,,\n");
        assertEquals(1, result.summary().rejected().size());
        assertEquals(0, result.summary().accepted());
    }

    @Test
    void csv_answerBeyondInt_rejectedQuotingTheText() {
        ImportResult result = EventLogReader.lenient()
                .csvText(HEADER + "i1,c1,k1,2026-01-05T09:00:00Z,faq,support,web,automated,0,60,resolved,,,1e10\n");
        assertEquals(List.of("nps must be a whole number, was '1e10'"),
                result.summary().rejected().stream().map(RejectedRow::reason).toList());
    }

    @Test
    void xes_transitionsOtherThanStartAndComplete_countedAsRejected(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("log.xes");
        Files.writeString(file, """
                <log xes.version="1.0">
                  <trace>
                    <string key="concept:name" value="k1"/>
                    <event>
                      <string key="concept:name" value="phone-support"/>
                      <string key="lifecycle:transition" value="start"/>
                      <date key="time:timestamp" value="2026-01-05T09:00:00Z"/>
                    </event>
                    <event>
                      <string key="concept:name" value="phone-support"/>
                      <string key="lifecycle:transition" value="suspend"/>
                      <date key="time:timestamp" value="2026-01-05T09:01:00Z"/>
                    </event>
                  </trace>
                </log>
                """);
        ImportSummary summary = EventLogReader.lenient().xes(file).summary();
        assertEquals(2, summary.rowsRead());
        assertEquals(0, summary.accepted());
        assertEquals(List.of("lifecycle transition 'suspend' is not imported (only start and complete are)",
                "start of 'phone-support' has no complete event"),
                summary.rejected().stream().map(RejectedRow::reason).toList());
    }

    @Test
    void columnMapping_unknownZone_rejectedAsInvalidModel() {
        var e = assertThrows(InvalidModelException.class,
                () -> ColumnMapping.builder().timestampPattern("yyyy", "Mars/Olympus").build());
        assertEquals("invalid column mapping (1 problem):\n  zone: unknown time zone (was Mars/Olympus)",
                e.getMessage());
    }

    @Test
    void instantParsing_stillExact() {
        ImportResult result = EventLogReader.strict()
                .csvText(HEADER + "i1,c1,k1,2026-01-05T09:30:00.3Z,faq,support,web,automated,0,60,resolved,,,\n");
        assertEquals(Instant.parse("2026-01-05T09:30:00.3Z"), result.interactions().get(0)
                .timestamp());
    }
}
