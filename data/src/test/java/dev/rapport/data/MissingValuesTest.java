package dev.rapport.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rapport.core.Interaction;
import dev.rapport.core.Outcome;
import dev.rapport.core.UnreadableInputException;
import dev.rapport.data.internal.ColumnStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unknown durations, read from hand-written exports the way an ACD, a web analytics feed and an ITSM tool write
 * them: an empty cell, a JSON null or an absent key, an XES event without a start or a wait. Every reader keeps them
 * unknown, the per-object and the columnar CSV paths agree, and a required value stays required.
 */
class MissingValuesTest {

    @TempDir
    Path dir;

    private static final ColumnMapping ACD = ColumnMapping.builder()
            .column("interaction_id", "Call ID").column("customer_id", "Caller").column("case_id", "Ticket")
            .column("timestamp", "Call Start").column("touchpoint", "Queue").column("channel", "Channel")
            .column("wait_seconds", "Wait Seconds").column("handle_seconds", "Talk Seconds")
            .column("outcome", "Disposition").column("agent", "Agent").column("nps", "NPS")
            .build();

    private static Path missing(String name) {
        return EventLogReaderTest.resource("missing/" + name);
    }

    private static OptionalDouble seconds(double value) {
        return OptionalDouble.of(value);
    }

    //-----------------------------------------------------------------------
    // csv
    //-----------------------------------------------------------------------
    @Test
    void csv_emptyDurationCells_areUnknownNotZero() {
        ImportResult result = EventLogReader.strict().withMapping(ACD).csv(missing("acd-export.csv"));
        assertEquals(6, result.summary().accepted());
        List<Interaction> calls = result.interactions();
        assertEquals(List.of(seconds(42), seconds(187), seconds(0), OptionalDouble.empty(), seconds(65), seconds(11.5)),
                calls.stream().map(Interaction::waitSeconds).toList());
        assertEquals(List.of(seconds(310), OptionalDouble.empty(), seconds(95), OptionalDouble.empty(),
                OptionalDouble.empty(), seconds(240.25)), calls.stream().map(Interaction::handleSeconds).toList());
        // a recorded zero stays a known zero
        assertEquals(Optional.of(Duration.ZERO), calls.get(2).waitTime());
        assertEquals(Optional.empty(), calls.get(3).waitTime());
        assertEquals(Outcome.ABANDONED, calls.get(3).outcome());
        // the end of a call whose talk time is unknown is the end of what is known: start + wait
        assertEquals(Instant.parse("2026-02-02T09:01:40Z").plusSeconds(187), calls.get(1).knownEnd());
    }

    @Test
    void csv_columns_markUnknownWithTheSentinelAndAgreeWithObjects() {
        ColumnsImport columns = ColumnsReader.strict().withMapping(ACD).csv(missing("acd-export.csv"));
        ImportResult objects = EventLogReader.strict().withMapping(ACD).csv(missing("acd-export.csv"));
        assertEquals(objects.summary(), columns.summary());
        ColumnStore store = ColumnStore.of(columns.columns());
        int unknown = ColumnStore.UNKNOWN_MILLIS;
        assertEquals(Arrays.toString(new int[] {42_000, 187_000, 0, unknown, 65_000, 11_500}),
                Arrays.toString(Arrays.copyOf(store.waitMillis[0], store.size)));
        assertEquals(Arrays.toString(new int[] {310_000, unknown, 95_000, unknown, unknown, 240_250}),
                Arrays.toString(Arrays.copyOf(store.handleMillis[0], store.size)));
        // the columns built from the objects hold the same blocks
        ColumnStore fromObjects = ColumnStore.of(InteractionColumns.of(objects.interactions()));
        assertEquals(Arrays.toString(Arrays.copyOf(fromObjects.waitMillis[0], store.size)),
                Arrays.toString(Arrays.copyOf(store.waitMillis[0], store.size)));
        assertEquals(Arrays.toString(Arrays.copyOf(fromObjects.handleMillis[0], store.size)),
                Arrays.toString(Arrays.copyOf(store.handleMillis[0], store.size)));
    }

    @Test
    void csv_blankButNotEmptyDurationCell_isUnknownOnBothPaths() throws Exception {
        // spreadsheets write a lone space where someone cleared a cell
        Path file = dir.resolve("spaces.csv");
        Files.writeString(file, """
                interaction_id,customer_id,timestamp,touchpoint,channel,wait_seconds,handle_seconds,outcome
                a1,c1,2026-02-02T08:00:00Z,billing,phone, ,120,resolved
                a2,c1,2026-02-02T08:10:00Z,billing,phone,30,"",resolved
                """);
        List<Interaction> objects = EventLogReader.strict().csv(file).interactions();
        assertEquals(List.of(OptionalDouble.empty(), seconds(30)),
                objects.stream().map(Interaction::waitSeconds).toList());
        assertEquals(List.of(seconds(120), OptionalDouble.empty()),
                objects.stream().map(Interaction::handleSeconds).toList());
        ColumnStore store = ColumnStore.of(ColumnsReader.strict().csv(file).columns());
        assertEquals(ColumnStore.UNKNOWN_MILLIS, store.waitMillis[0][0]);
        assertEquals(ColumnStore.UNKNOWN_MILLIS, store.handleMillis[0][1]);
    }

    @Test
    void csv_unparseableDuration_isStillRefusedWithFileAndLine() throws Exception {
        Path file = dir.resolve("dash.csv");
        Files.writeString(file, """
                interaction_id,customer_id,timestamp,touchpoint,channel,wait_seconds,handle_seconds,outcome
                a1,c1,2026-02-02T08:00:00Z,billing,phone,-,120,resolved
                """);
        var objects = assertThrows(UnreadableInputException.class, () -> EventLogReader.strict().csv(file));
        var columns = assertThrows(UnreadableInputException.class, () -> ColumnsReader.strict().csv(file));
        assertEquals(objects.getMessage(), columns.getMessage());
        assertEquals(Optional.of(2L), objects.line());
        assertEquals("wait_seconds must be a number, was '-'", objects.problem());
    }

    @Test
    void csv_javaNumberSuffixesAndSpecialValues_areNotNumbers() throws Exception {
        // Double.parseDouble reads 30d and 30f as 30, 0x1p3 as 8 and takes NaN and Infinity: a person means none
        Path file = dir.resolve("suffixes.csv");
        Files.writeString(file, """
                interaction_id,customer_id,timestamp,touchpoint,channel,wait_seconds,handle_seconds,outcome,nps
                a1,c1,2026-02-02T08:00:00Z,billing,phone,30d,120,resolved,
                a2,c1,2026-02-02T08:01:00Z,billing,phone,30,12f,resolved,
                a3,c1,2026-02-02T08:02:00Z,billing,phone,0x1p3,1,resolved,
                a4,c1,2026-02-02T08:03:00Z,billing,phone,NaN,1,resolved,
                a5,c1,2026-02-02T08:04:00Z,billing,phone,1,Infinity,resolved,
                a6,c1,2026-02-02T08:05:00Z,billing,phone,1,1,resolved,9d
                a7,c1,2026-02-02T08:06:00Z,billing,phone,1.5e2,+2.,resolved,9.0
                """);
        ImportSummary objects = EventLogReader.lenient().csv(file).summary();
        assertEquals(List.of(new RejectedRow(2, "wait_seconds must be a number, was '30d'"),
                new RejectedRow(3, "handle_seconds must be a number, was '12f'"),
                new RejectedRow(4, "wait_seconds must be a number, was '0x1p3'"),
                new RejectedRow(5, "wait_seconds must be a number, was 'NaN'"),
                new RejectedRow(6, "handle_seconds must be a number, was 'Infinity'"),
                new RejectedRow(7, "nps must be a number, was '9d'")), objects.rejected());
        assertEquals(1, objects.accepted());
        assertEquals(objects, ColumnsReader.lenient().csv(file).summary());
        Interaction a7 = EventLogReader.lenient().csv(file).interactions().get(0);
        assertEquals(seconds(150), a7.waitSeconds());
        assertEquals(seconds(2), a7.handleSeconds());
    }

    @Test
    void csv_emptyTimestamp_isStillRequired() throws Exception {
        Path file = dir.resolve("no-time.csv");
        Files.writeString(file, """
                interaction_id,customer_id,timestamp,touchpoint,channel,wait_seconds,handle_seconds,outcome
                a1,c1,,billing,phone,,,abandoned
                """);
        ImportSummary summary = EventLogReader.lenient().csv(file).summary();
        assertEquals(0, summary.accepted());
        assertEquals(1, summary.rejected().size());
        assertEquals(summary, ColumnsReader.lenient().csv(file).summary());
    }

    @Test
    void csv_timestampBeyondEpochMilliseconds_rejectedAlikeOnBothPaths() throws Exception {
        // accepted rows must be computable by every later stage: the columns hold epoch milliseconds
        Path file = dir.resolve("far.csv");
        Files.writeString(file, """
                interaction_id,customer_id,timestamp,touchpoint,channel,wait_seconds,handle_seconds,outcome
                a1,c1,+300000000-01-01T00:00:00Z,billing,phone,10,120,resolved
                a2,c1,2026-02-02T08:10:00Z,billing,phone,30,60,resolved
                """);
        ImportSummary objects = EventLogReader.lenient().csv(file).summary();
        assertEquals(List.of(new RejectedRow(2,
                "timestamp '+300000000-01-01T00:00:00Z' is beyond the range of epoch milliseconds")), objects.rejected());
        assertEquals(objects, ColumnsReader.lenient().csv(file).summary());
        Path jsonl = dir.resolve("far.jsonl");
        Files.writeString(jsonl, "{\"interaction_id\": \"a1\", \"customer_id\": \"c1\", \"timestamp\": "
                + "\"+300000000-01-01T00:00:00Z\", \"touchpoint\": \"faq\", \"channel\": \"web\", "
                + "\"outcome\": \"resolved\"}\n");
        ImportSummary json = EventLogReader.lenient().jsonLines(jsonl).summary();
        assertEquals(1, json.rejected().size());
        assertEquals(0, json.accepted());
    }

    //-----------------------------------------------------------------------
    // json lines
    //-----------------------------------------------------------------------
    @Test
    void jsonLines_absentOrNullDuration_isUnknown() {
        List<Interaction> read = EventLogReader.strict().jsonLines(missing("web-and-calls.jsonl")).interactions();
        assertEquals(List.of(OptionalDouble.empty(), seconds(42), seconds(0), OptionalDouble.empty()),
                read.stream().map(Interaction::waitSeconds).toList());
        assertEquals(List.of(seconds(95), OptionalDouble.empty(), seconds(310), OptionalDouble.empty()),
                read.stream().map(Interaction::handleSeconds).toList());
    }

    //-----------------------------------------------------------------------
    // xes
    //-----------------------------------------------------------------------
    @Test
    void xes_eventWithoutStartOrWait_hasUnknownDurations() {
        List<Interaction> read = EventLogReader.strict().xes(missing("incidents.xes")).interactions();
        assertEquals(2, read.size());
        Interaction desk = read.get(0);
        assertEquals(OptionalDouble.empty(), desk.waitSeconds());
        assertEquals(OptionalDouble.empty(), desk.handleSeconds());
        Interaction secondLine = read.get(1);
        assertEquals(seconds(120), secondLine.waitSeconds());
        // start 09:30:00, complete 09:42:30
        assertEquals(seconds(750), secondLine.handleSeconds());
    }
}
