package dev.rapport.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.core.Channel;
import dev.rapport.core.Interaction;
import dev.rapport.core.UnreadableInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The smaller gaps of issue 17 #6 in the readers: each test failed before its fix. */
class ReaderGapsTest {

    private static final String HEADER = "interaction_id,customer_id,case_id,timestamp,touchpoint,stage,channel,mode,"
            + "wait_seconds,handle_seconds,outcome,agent,segment\n";
    private static final String ROW = "i1,c1,k1,%s,faq,support,%s,automated,0,60,resolved,,\n";
    private static final String JSON_LINE = "{\"interaction_id\":\"i1\",\"customer_id\":\"c1\",\"timestamp\":\"%s\","
            + "\"touchpoint\":\"faq\",\"channel\":\"%s\",\"outcome\":\"resolved\"}\n";
    private static final String XES = "<log><trace><string key=\"concept:name\" value=\"k1\"/><event>"
            + "<string key=\"concept:name\" value=\"faq\"/><date key=\"time:timestamp\" value=\"%s\"/>"
            + "<string key=\"channel\" value=\"%s\"/></event></trace></log>\n";

    private static List<String> reasons(ImportSummary summary) {
        return summary.rejected().stream().map(r -> "line " + r.line() + ": " + r.reason()).toList();
    }

    //-----------------------------------------------------------------------
    // xes
    //-----------------------------------------------------------------------
    @Test
    void xes_eventOutsideTrace_countedAsRejectedWithItsLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("log.xes"), """
                <log xes.version="1.0">
                  <event>
                    <string key="concept:name" value="faq"/>
                    <date key="time:timestamp" value="2026-01-05T09:00:00Z"/>
                  </event>
                  <trace>
                    <string key="concept:name" value="k1"/>
                    <event>
                      <string key="concept:name" value="faq"/>
                      <date key="time:timestamp" value="2026-01-05T09:05:00Z"/>
                    </event>
                  </trace>
                </log>
                """);
        ImportSummary summary = EventLogReader.lenient().xes(file).summary();
        assertEquals(2, summary.rowsRead());
        assertEquals(1, summary.accepted());
        assertEquals(List.of("line 2: event outside a trace (no case id)"), reasons(summary));
    }

    @Test
    void xes_startLaterThanComplete_rejectedWithBothTimes(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("log.xes"), """
                <log xes.version="1.0">
                  <trace>
                    <string key="concept:name" value="k1"/>
                    <event>
                      <string key="concept:name" value="phone-support"/>
                      <string key="lifecycle:transition" value="start"/>
                      <date key="time:timestamp" value="2026-01-05T09:10:00Z"/>
                    </event>
                    <event>
                      <string key="concept:name" value="phone-support"/>
                      <string key="lifecycle:transition" value="complete"/>
                      <date key="time:timestamp" value="2026-01-05T09:00:00Z"/>
                    </event>
                  </trace>
                </log>
                """);
        ImportSummary summary = EventLogReader.lenient().xes(file).summary();
        assertEquals(0, summary.accepted());
        assertEquals(List.of("line 9: start of 'phone-support' at 2026-01-05T09:10:00Z is later than its complete at "
                + "2026-01-05T09:00:00Z"), reasons(summary));
    }

    @Test
    void xes_utf16AndLatin1Declared_readInTheirEncoding() {
        for (String name : List.of("utf16.xes", "latin1.xes")) {
            ImportResult result = EventLogReader.strict().xes(EventLogReaderTest.resource(name));
            assertEquals(1, result.summary().accepted(), name);
            Interaction call = result.interactions().get(0);
            assertEquals(Optional.of("Jürgen Müller"), call.agent(), name);
            assertEquals("Françoise", call.customerId(), name);
            assertEquals(OptionalDouble.of(390), call.handleSeconds(), name);
        }
    }

    @Test
    void xes_invalidUtf8_reportedWithItsLine(@TempDir Path dir) throws IOException {
        byte[] text = String.format(XES, "2026-01-05T09:30:00Z", "web").replace("<event>", "\n<event>")
                .getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[text.length + 1];
        int at = new String(text, StandardCharsets.UTF_8).indexOf("faq");
        System.arraycopy(text, 0, bad, 0, at);
        bad[at] = (byte) 0xff;
        System.arraycopy(text, at, bad, at + 1, text.length - at);
        Path file = Files.write(dir.resolve("log.xes"), bad);
        var e = assertThrows(UnreadableInputException.class, () -> EventLogReader.lenient().xes(file));
        assertEquals(Optional.of(2L), e.line());
    }

    @Test
    void xes_badCharacterInASkippedDtd_malformedWithItsLine_foundByFuzzing(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("log.xes"), "<?xml version=\"1.0\"?>\n<!DOCTYPE log [<!ENTITY a "
                + "\"aaaa?>\n<!\u0004OCTYPE log>\n<log/>\n");
        var e = assertThrows(UnreadableInputException.class, () -> EventLogReader.lenient().xes(file));
        assertEquals(file + " line 3: malformed XES: invalid char in dtd", e.getMessage());
    }

    //-----------------------------------------------------------------------
    // csv
    //-----------------------------------------------------------------------
    @Test
    void csv_invalidUtf8_perObjectPathNamesTheLineAsColumnsDo(@TempDir Path dir) throws IOException {
        String good = HEADER + String.format(ROW, "2026-01-05T09:30:00Z", "web").repeat(3);
        byte[] text = (good + String.format(ROW, "2026-01-05T09:30:00Z", "w#b")).getBytes(StandardCharsets.UTF_8);
        text[good.length() + ROW.indexOf("%s,faq") + 27] = (byte) 0xff; // the '#'
        Path file = Files.write(dir.resolve("contacts.csv"), text);
        var objects = assertThrows(UnreadableInputException.class, () -> EventLogReader.lenient().csv(file));
        var columns = assertThrows(UnreadableInputException.class, () -> ColumnsReader.lenient().csv(file));
        assertEquals(file + " line 5: malformed input: the bytes are not UTF-8", objects.getMessage());
        assertEquals(columns.getMessage(), objects.getMessage());
    }

    @Test
    void csv_invalidUtf8FarIntoTheFile_lineStillExact(@TempDir Path dir) throws IOException {
        // distinct ids: a repeated id is a rejected row, which strict reading stops at
        String good = HEADER + IntStream.range(0, 5000)
                .mapToObj(n -> "i" + n + String.format(ROW, "2026-01-05T09:30:00Z", "web").substring(2))
                .collect(Collectors.joining());
        byte[] text = (good + "last,c\u00e9,k9,2026-01-05T09:30:00Z,faq,support,web,automated,0,60,resolved,,\n")
                .getBytes(StandardCharsets.UTF_8);
        text[text.length - 60] = (byte) 0xc3; // a lead byte followed by an ASCII byte
        text[text.length - 59] = (byte) 'x';
        Path file = Files.write(dir.resolve("contacts.csv"), text);
        var e = assertThrows(UnreadableInputException.class, () -> EventLogReader.strict().csv(file));
        assertEquals(Optional.of(5002L), e.line());
        assertEquals(file + " line 5002: malformed input: the bytes are not UTF-8", e.getMessage());
    }

    @Test
    void csv_missingColumnOfAMillionColumnHeader_messageListsTwentyNames() {
        String header = IntStream.range(0, 1_000_000).mapToObj(i -> "x" + i).collect(Collectors.joining(","));
        var e = assertThrows(UnreadableInputException.class,
                () -> EventLogReader.strict().csvText(header + "\n"));
        assertEquals("CSV text line 1: missing required columns 'interaction_id', 'customer_id', 'timestamp', "
                + "'touchpoint', 'channel', 'outcome'; found: x0, x1, x2, x3, x4, x5, x6, x7, x8, x9, x10, x11, x12, x13, "
                + "x14, x15, x16, x17, x18, x19 and 999,980 more", e.getMessage());
    }

    @Test
    void csv_missingColumn_longHeaderNameCut() {
        var e = assertThrows(UnreadableInputException.class,
                () -> EventLogReader.strict().csvText("a".repeat(100_000) + ",b\n"));
        assertTrue(e.getMessage().endsWith("; found: " + "a".repeat(39) + "…, b"), e.getMessage());
    }

    //-----------------------------------------------------------------------
    // one rule in every format: offset-less timestamps, byte-order mark, channel names
    //-----------------------------------------------------------------------
    private static Interaction only(Path file) {
        String name = file.getFileName().toString();
        ImportResult result = name.endsWith(".csv") ? EventLogReader.strict().csv(file)
                : name.endsWith(".xes") ? EventLogReader.strict().xes(file) : EventLogReader.strict().jsonLines(file);
        if (name.endsWith(".csv")) {
            ColumnsImport columns = ColumnsReader.strict().csv(file);
            assertEquals(result.summary().accepted(), columns.summary().accepted(), name);
            assertEquals(result.interactions().get(0).timestamp().toEpochMilli(),
                    dev.rapport.data.internal.ColumnStore.of(columns.columns()).flatTimestamps()[0], name);
        }
        assertEquals(1, result.interactions().size(), name);
        return result.interactions().get(0);
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void everyFormat_offsetlessTimestamp_readInUtc(@TempDir Path dir) throws IOException {
        Instant expected = Instant.parse("2026-01-05T09:30:00Z");
        String t = "2026-01-05T09:30:00";
        assertEquals(expected, only(write(dir, "a.csv", HEADER + String.format(ROW, t, "web"))).timestamp());
        assertEquals(expected, only(write(dir, "a.jsonl", String.format(JSON_LINE, t, "web"))).timestamp());
        assertEquals(expected, only(write(dir, "a.xes", String.format(XES, t, "web"))).timestamp());
    }

    @Test
    void everyFormat_byteOrderMark_ignored(@TempDir Path dir) throws IOException {
        String t = "2026-01-05T09:30:00Z";
        assertEquals("i1", only(write(dir, "a.csv", "\uFEFF" + HEADER + String.format(ROW, t, "web")))
                .interactionId());
        assertEquals("i1", only(write(dir, "a.jsonl", "\uFEFF" + String.format(JSON_LINE, t, "web")))
                .interactionId());
        assertEquals("k1-1", only(write(dir, "a.xes", "\uFEFF" + String.format(XES, t, "web"))).interactionId());
    }

    @Test
    void everyFormat_channelNamesAsPeopleTypeThem_oneChannel(@TempDir Path dir) throws IOException {
        String t = "2026-01-05T09:30:00Z";
        for (String typed : List.of("E-mail", "In person", "IN_PERSON", "email")) {
            Channel expected = Channel.parse(typed);
            assertEquals(expected, only(write(dir, "a.csv", HEADER + String.format(ROW, t, typed))).channel(), typed);
            assertEquals(expected, only(write(dir, "a.jsonl", String.format(JSON_LINE, t, typed))).channel(), typed);
            assertEquals(expected, only(write(dir, "a.xes", String.format(XES, t, typed))).channel(), typed);
        }
    }

    @Test
    void jsonLines_unreadableTimestamp_stillCoreMessage(@TempDir Path dir) throws IOException {
        Path file = write(dir, "a.jsonl", String.format(JSON_LINE, "yesterday", "web"));
        assertEquals(List.of("line 1: cannot read 'yesterday' as an instant such as 2026-01-05T09:30:00Z at "
                + "$.timestamp"), reasons(EventLogReader.lenient().jsonLines(file).summary()));
    }

    //-----------------------------------------------------------------------
    // files that cannot be read
    //-----------------------------------------------------------------------
    @Test
    void cannotRead_reasonInWords() {
        Path file = Path.of("contacts.csv");
        assertEquals("contacts.csv: cannot read file: permission denied",
                UnreadableInputException.cannotRead(file, new AccessDeniedException("contacts.csv")).getMessage());
    }

    @Test
    void csv_directory_saysSo(@TempDir Path dir) {
        var objects = assertThrows(UnreadableInputException.class, () -> EventLogReader.strict().csv(dir));
        assertEquals(dir + ": cannot read file: it is a directory", objects.getMessage());
    }
}
