package dev.rapport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.core.Channel;
import dev.rapport.core.Interaction;
import dev.rapport.core.Outcome;
import dev.rapport.core.RapportJson;
import dev.rapport.core.Touchpoint;
import dev.rapport.core.UnreadableInputException;
import dev.rapport.data.ColumnsReader;
import dev.rapport.data.EventLogReader;
import dev.rapport.data.ImportSummary;
import dev.rapport.data.RejectedRow;
import dev.rapport.metrics.Breakdown;
import dev.rapport.metrics.Moments;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every limit of the README's "Reliability" table, at the limit (accepted) and one past it (refused with the
 * library's message), each checked before anything of the size is allocated.
 */
class LimitsTest {

    private static final String HEADER = "interaction_id,customer_id,case_id,timestamp,touchpoint,stage,channel,mode,"
            + "wait_seconds,handle_seconds,outcome\n";
    private static final String FAQ = "{\"id\": \"faq\", \"name\": \"FAQ\", \"channel\": \"web\", \"stage\": \"support\"";

    @TempDir
    Path dir;

    private static UnreadableInputException unreadable(String json) {
        return assertThrows(UnreadableInputException.class, () -> RapportJson.read(json, Object.class));
    }

    //-----------------------------------------------------------------------
    // JSON documents (RapportJson: journey maps, scorecard definitions, states, JSON lines)
    //-----------------------------------------------------------------------
    @Test
    void json_nestingDepth() {
        RapportJson.read("[".repeat(RapportJson.MAX_DEPTH) + "]".repeat(RapportJson.MAX_DEPTH), Object.class);
        int past = RapportJson.MAX_DEPTH + 1;
        assertTrue(unreadable("[".repeat(past) + "]".repeat(past)).problem()
                .startsWith("document exceeds a reading limit: Document nesting depth (65) exceeds the maximum "
                        + "allowed (64"));
    }

    @Test
    void json_stringLength() {
        String at = FAQ.replace("\"FAQ\"", "\"" + "x".repeat(RapportJson.MAX_STRING_CHARS) + "\"") + "}";
        assertEquals(RapportJson.MAX_STRING_CHARS, RapportJson.read(at, Touchpoint.class).name().length());
        String past = FAQ.replace("\"FAQ\"", "\"" + "x".repeat(RapportJson.MAX_STRING_CHARS + 1) + "\"") + "}";
        assertTrue(assertThrows(UnreadableInputException.class, () -> RapportJson.read(past, Touchpoint.class))
                .problem().startsWith("document exceeds a reading limit: String value length"));
    }

    @Test
    void json_numberAndNameLength() {
        RapportJson.read("1" + "0".repeat(63), Object.class);
        assertTrue(unreadable("1" + "0".repeat(64)).problem().startsWith("document exceeds a reading limit: Number"));
        RapportJson.read("{\"" + "k".repeat(1024) + "\": 1}", Object.class);
        assertTrue(unreadable("{\"" + "k".repeat(1025) + "\": 1}").problem()
                .startsWith("document exceeds a reading limit: Name length"));
    }

    /** Blanks and then {@code 0}: a document of {@code chars} characters that is never held in memory. */
    private static Reader blanksThenZero(long chars) {
        return new Reader() {
            private long left = chars;

            @Override
            public int read(char[] buffer, int offset, int length) {
                if (left == 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                java.util.Arrays.fill(buffer, offset, offset + n, ' ');
                left -= n;
                if (left == 0) {
                    buffer[offset + n - 1] = '0';
                }
                return n;
            }

            @Override
            public void close() {
            }
        };
    }

    @Test
    void json_documentLength_streamedNotHeld() {
        assertEquals(0, RapportJson.read(blanksThenZero(RapportJson.MAX_DOCUMENT_CHARS), "at.json", Integer.class));
        var e = assertThrows(UnreadableInputException.class,
                () -> RapportJson.read(blanksThenZero(RapportJson.MAX_DOCUMENT_CHARS + 1), "past.json", Integer.class));
        assertTrue(e.problem().startsWith("document exceeds a reading limit: Document length"), e.getMessage());
    }

    //-----------------------------------------------------------------------
    // values every reader accepts (the same on both CSV paths)
    //-----------------------------------------------------------------------
    private ImportSummary[] bothPaths(String rows) throws IOException {
        Path file = Files.writeString(dir.resolve("limits.csv"), HEADER + rows);
        ImportSummary objects = EventLogReader.lenient().csv(file).summary();
        ImportSummary columns = ColumnsReader.lenient().csv(file).summary();
        assertEquals(objects.rejected(), columns.rejected());
        return new ImportSummary[] {objects, columns};
    }

    private static List<String> reasons(ImportSummary summary) {
        return summary.rejected().stream().map(RejectedRow::reason).toList();
    }

    @Test
    void csv_waitAndHandlingTime() throws IOException {
        ImportSummary[] summaries = bothPaths(
                "a,c,k,2026-01-05T09:00:00Z,faq,support,web,human,2147483.647,2147483.647,resolved\n"
                + "b,c,k,2026-01-05T09:00:00Z,faq,support,web,human,2147483.648,1,resolved\n");
        for (ImportSummary summary : summaries) {
            assertEquals(1, summary.accepted());
            assertEquals(List.of("interaction 'b' must have a wait between 0 and 2147483.647 seconds, was 2147483.648"),
                    reasons(summary));
        }
    }

    @Test
    void csv_timestampRange() throws IOException {
        ImportSummary[] summaries = bothPaths(
                "a,c,k,+292278994-08-17T07:12:55.807Z,faq,support,web,human,1,1,resolved\n"
                + "b,c,k,+292278994-08-17T07:12:55.808Z,faq,support,web,human,1,1,resolved\n"
                + "c,c,k,-292275055-05-16T16:47:04.192Z,faq,support,web,human,1,1,resolved\n"
                + "d,c,k,-292275055-05-16T16:47:04.191Z,faq,support,web,human,1,1,resolved\n");
        for (ImportSummary summary : summaries) {
            assertEquals(2, summary.accepted());
            assertEquals(List.of("timestamp '+292278994-08-17T07:12:55.808Z' is beyond the range of epoch "
                    + "milliseconds", "timestamp '-292275055-05-16T16:47:04.191Z' is beyond the range of epoch "
                    + "milliseconds"), reasons(summary));
        }
        assertEquals(Instant.ofEpochMilli(Long.MAX_VALUE), Interaction.builder("a", "c",
                Instant.ofEpochMilli(Long.MAX_VALUE), "faq", Channel.WEB).outcome(Outcome.RESOLVED).build()
                .timestamp());
    }

    @Test
    void moments_valueMagnitude() {
        assertEquals(1, Moments.of(Moments.MAX_VALUE, -Moments.MAX_VALUE).count() - 1);
        var e = assertThrows(IllegalArgumentException.class, () -> Moments.of(Moments.MAX_VALUE + 1));
        assertEquals("value must be at most 3037000499 in magnitude, was 3037000500", e.getMessage());
    }

    //-----------------------------------------------------------------------
    // what messages and tables show
    //-----------------------------------------------------------------------
    @Test
    void missingColumnMessage_twentyNamesOfFortyCharacters() {
        String twenty = IntStream.range(0, 20).mapToObj(i -> i == 0 ? "n".repeat(40) : "x" + i)
                .collect(Collectors.joining(","));
        var at = assertThrows(UnreadableInputException.class, () -> EventLogReader.strict().csvText(twenty + "\n"));
        assertTrue(at.getMessage().endsWith("found: " + twenty.replace(",", ", ")), at.getMessage());
        String past = "n".repeat(41) + twenty.substring(40) + ",x20";
        var e = assertThrows(UnreadableInputException.class, () -> EventLogReader.strict().csvText(past + "\n"));
        assertTrue(e.getMessage().endsWith("found: " + "n".repeat(39) + "…" + twenty.substring(40).replace(",", ", ")
                + " and 1 more"), e.getMessage());
    }

    @Test
    void tableKeys_fortyCharacters() {
        String at = "k".repeat(Breakdown.KEY_WIDTH);
        assertEquals(at, Breakdown.shown(at));
        assertEquals("k".repeat(Breakdown.KEY_WIDTH - 1) + "…", Breakdown.shown(at + "k"));
    }
}
