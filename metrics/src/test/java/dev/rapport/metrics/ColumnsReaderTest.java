package dev.rapport.metrics;

import static dev.rapport.metrics.SameColumns.assertSameColumns;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.core.ServiceDimension;
import dev.rapport.core.UnreadableInputException;
import dev.rapport.data.ColumnMapping;
import dev.rapport.data.ColumnsImport;
import dev.rapport.data.ColumnsReader;
import dev.rapport.data.EventLogReader;
import dev.rapport.data.ImportResult;
import dev.rapport.data.ImportSummary;
import dev.rapport.data.InteractionColumns;
import dev.rapport.data.InteractionColumns.Dimension;
import dev.rapport.data.RejectedRow;
import dev.rapport.data.internal.ColumnStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ColumnsReaderTest {

    private static final String CANONICAL = """
            interaction_id,customer_id,case_id,timestamp,touchpoint,stage,channel,mode,wait_seconds,handle_seconds,\
            outcome,agent,segment,nps,csat,rating_reliability
            i1,c1,k1,2026-01-05T09:00:00Z,faq,support,web,automated,0,120,unresolved,,retail,,,
            i2,c1,k1,2026-01-05T09:05:00Z,chat,support,chat,human,30,300,transferred,ann,retail,,,
            i3,c1,k1,2026-01-05T09:20:00Z,phone-support,support,phone,human,90,600,resolved,bob,retail,9,5,4
            i4,c2,k2,2026-01-06T10:00:00Z,faq,support,web,automated,0,60,unresolved,,business,,,
            i5,c2,k2,2026-01-06T10:10:00Z,phone-support,support,phone,human,240,420,resolved,"smith, bob",business,6,3,2
            i6,c2,k3,2026-01-07T08:00:00Z,chat,support,chat,human,10,200,resolved,ann,business,,,
            i7,c2,k3,2026-01-07T08:00:00Z,survey,loyalty,email,automated,0,0,resolved,,business,10,,
            i8,c1,k4,2026-01-08T12:00:00Z,faq,support,web,automated,0,30,abandoned,,retail,,,
            i0,c1,k1,2026-01-05T08:55:00Z,ad,awareness,social,automated,0,0,unresolved,,retail,,,
            """;

    /** The header of the bad-row tests: canonical, three answers, a built-in rating and a rating whose name is bad. */
    private static final String HEADER = "interaction_id,customer_id,case_id,timestamp,touchpoint,stage,channel,mode,"
            + "wait_seconds,handle_seconds,outcome,agent,segment,nps,csat,ces,rating_reliability,rating_Team Spirit!\n";
    private static final List<String> COLUMNS = List.of(HEADER.trim().split(","));
    private static final List<String> GOOD = List.of("g1", "c1", "k1", "2026-01-05T09:00:00Z", "faq", "support",
            "web", "automated", "0", "60", "resolved", "ann", "retail", "9", "5", "7", "4", "");

    @TempDir
    Path dir;

    private Path write(String name, String text) {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The good row with one column's cell replaced by {@code cell} as written (so it may be quoted). */
    private static String row(String id, String column, String cell) {
        List<String> cells = new ArrayList<>(GOOD);
        cells.set(0, id);
        cells.set(COLUMNS.indexOf(column), cell);
        return String.join(",", cells) + "\n";
    }

    /** Reads the file with both importers, leniently, and asserts the same columns and summary. */
    private static ColumnsImport assertSameAsEventLogReader(Path file) {
        ImportResult expected = EventLogReader.lenient().csv(file);
        ColumnsImport actual = ColumnsReader.lenient().csv(file);
        assertEquals(expected.summary(), actual.summary());
        assertSameColumns(InteractionColumns.of(expected.interactions()), actual.columns());
        return actual;
    }

    //-----------------------------------------------------------------------
    // csv: good files
    //-----------------------------------------------------------------------
    @Test
    void csv_canonical_sameColumnsAndSummaryAsEventLogReader() {
        Path file = write("contacts.csv", CANONICAL);
        ColumnsImport imported = assertSameAsEventLogReader(file);
        assertEquals(new ImportSummary(file.toString(), 9, 9, List.of()), imported.summary());
        assertEquals(Set.of(List.of("faq"), List.of("chat"), List.of("phone-support"), List.of("survey"),
                List.of("ad")), ColumnMetrics.evaluate(imported.columns(), Metrics.nps(), Dimension.TOUCHPOINT).keySet());
        assertEquals(NetPromoterScore.of(9, 6, 10), ColumnMetrics.accumulate(imported.columns(), Metrics.nps()).get(List.of()));
    }

    @Test
    void csv_quotedCells_commasLineEndsAndDoubledQuotesKept() {
        Path file = write("quoted.csv", HEADER
                + row("q1", "agent", "\"smith, bob\"")
                + row("q2", "agent", "\"two\nlines\"")
                + row("q3", "agent", "\"say \"\"hi\"\"\"")
                + row("q4", "agent", "\"  padded  \"")
                + row("q5", "agent", "\"\"")
                + "\"q6\",\"c1\",k1,\"2026-01-05T09:00:00Z\",faq,\"sup\nport\",web,,0,60,resolved,ann,retail,,,,,\n"
                + row("q7", "outcome", "\"so,\nlved\""));
        ColumnsImport imported = assertSameAsEventLogReader(file);
        assertEquals(List.of(new RejectedRow(10, "unknown outcome 'so,\nlved'; expected one of resolved, unresolved, "
                + "transferred, escalated, abandoned")), imported.summary().rejected());
        assertEquals(Set.of(List.of("smith, bob"), List.of("two\nlines"), List.of("say \"hi\""), List.of("padded"),
                List.of(""), List.of("ann")), ColumnMetrics.evaluate(imported.columns(), Metrics.nps(), Dimension.AGENT).keySet());
    }

    @Test
    void csv_byteOrderMarkAndCrlf_sameAsPlainFile() {
        String text = CANONICAL + "x9,c1,k1,tomorrow,faq,support,web,automated,0,30,abandoned,,retail,,,\n";
        Path plain = write("plain.csv", text);
        Path windows = write("windows.csv", "\uFEFF" + text.replace("\n", "\r\n"));
        ColumnsImport expected = ColumnsReader.lenient().csv(plain);
        ColumnsImport actual = assertSameAsEventLogReader(windows);
        assertSameColumns(expected.columns(), actual.columns());
        assertEquals(List.of(new RejectedRow(11, "unparseable timestamp 'tomorrow'")), actual.summary().rejected());
    }

    @Test
    void csv_blankLinesAndEmptyOptionalCells_skippedAndAbsent() {
        Path file = write("sparse.csv", "\n" + HEADER + "\n"
                + "e1,c1,,2026-01-05T09:00:00Z,faq,,web,,,,resolved,,,,,,,\n"
                + "\"\"\n"
                + "e2,c2,k2,2026-01-05T09:00:00+02:00,faq,,web,,1.5,,resolved,\u3000,seg,,,,,\n"
                + "   \n");
        ColumnsImport imported = assertSameAsEventLogReader(file);
        assertEquals(3, imported.summary().rowsRead());
        assertEquals(List.of(new RejectedRow(7, "expected 18 columns, found 1")), imported.summary().rejected());
        assertEquals(Set.of(List.of("", ""), List.of("", "seg")),
                ColumnMetrics.evaluate(imported.columns(), Metrics.waitMean(), Dimension.AGENT, Dimension.SEGMENT).keySet());
        // e1's empty wait cell is unknown, not 0 s: one known wait
        assertEquals(new Moments(1, 1500, 0, 1500L * 1500),
                ColumnMetrics.accumulate(imported.columns(), Metrics.waitMean()).get(List.of()));
        assertEquals(Arrays.toString(new int[] {-1, 0}), Arrays.toString(ColumnStore.of(imported.columns()).flatCases()));
    }

    @Test
    void csv_surveyColumns_answersAndRatingsOfEveryDimension() {
        Path file = write("survey.csv", "interaction_id,customer_id,timestamp,touchpoint,channel,outcome,nps,csat,ces,"
                + "rating_reliability,rating_above-and-beyond,rating_cleanliness\n"
                + "s1,c1,2026-01-05T09:00:00Z,faq,web,resolved,10,5,7,5,4,1\n"
                + "s2,c1,2026-01-05T09:00:00Z,faq,web,resolved,,,,,,3\n"
                + "s3,c1,2026-01-05T09:00:00Z,faq,web,resolved,3,2,1,2,,\n"
                + "s4,c1,2026-01-05T09:00:00Z,faq,web,resolved,9.0,,,,,\n");
        InteractionColumns columns = assertSameAsEventLogReader(file).columns();
        assertEquals(new NetPromoterScore(2, 0, 1), ColumnMetrics.accumulate(columns, Metrics.nps()).get(List.of()));
        assertEquals(new Proportion(1, 2), ColumnMetrics.accumulate(columns, Metrics.csat()).get(List.of()));
        assertEquals(new RatingTally(0, 1, 0, 0, 1, 0),
                ColumnMetrics.accumulate(columns, Metrics.ratingMean(ServiceDimension.RELIABILITY)).get(List.of()));
        assertEquals(new RatingTally(0, 0, 0, 1, 0, 0),
                ColumnMetrics.accumulate(columns, Metrics.ratingMean(ServiceDimension.ABOVE_AND_BEYOND)).get(List.of()));
        assertEquals(new RatingTally(1, 0, 1, 0, 0, 0),
                ColumnMetrics.accumulate(columns, Metrics.ratingMean("cleanliness")).get(List.of()));
        // in order of first answer, a row's by id
        assertEquals(List.of("above-and-beyond", "cleanliness", "reliability"), columns.ratedDimensions());
    }

    @Test
    void csv_withMapping_readsAHelpDeskExport() {
        Path file = write("helpdesk.csv", """
                Ticket,Event,Requester,When,Where,Via,Status,Wait (s),Handle (s),Agent Name
                T-1,e-1,alice,05/01/2026 09:00,faq,Web,Unresolved,0,60,
                T-1,e-2,alice,05/01/2026 09:30,phone-support,Phone,Resolved,120,300,Bob
                T-2,e-3,carol,06/01/2026 14:15,chat,Chat,resolved,5,200,Ann
                T-2,e-4,carol,06-01-2026 14:15,chat,Chat,resolved,5,200,Ann
                T-2,e-5,carol,06/01/2026 14:20,chat,Chat,resolved,x,200,Ann
                """);
        ColumnMapping helpdesk = ColumnMapping.builder()
                .column("case_id", "Ticket").column("interaction_id", "Event").column("customer_id", "Requester")
                .column("timestamp", "When").column("touchpoint", "Where").column("channel", "Via")
                .column("outcome", "Status").column("wait_seconds", "Wait (s)").column("handle_seconds", "Handle (s)")
                .column("agent", "Agent Name").constant("segment", "retail")
                .timestampPattern("dd/MM/yyyy HH:mm", "Europe/Paris")
                .build();
        ImportResult expected = EventLogReader.lenient().withMapping(helpdesk).csv(file);
        ColumnsImport actual = ColumnsReader.lenient().withMapping(helpdesk).csv(file);
        assertEquals(expected.summary(), actual.summary());
        assertSameColumns(InteractionColumns.of(expected.interactions()), actual.columns());
        assertEquals(List.of(new RejectedRow(5, "unparseable timestamp '06-01-2026 14:15'"),
                new RejectedRow(6, "Wait (s) must be a number, was 'x'")), actual.summary().rejected());
        assertEquals(1_767_600_000_000L, ColumnStore.of(actual.columns()).flatTimestamps()[0]); // 09:00 in Paris is 08:00 UTC
        assertEquals(Set.of(List.of("retail")),
                ColumnMetrics.evaluate(actual.columns(), Metrics.nps(), Dimension.SEGMENT).keySet());
    }

    //-----------------------------------------------------------------------
    // csv: bad rows
    //-----------------------------------------------------------------------
    /** Every kind of bad row, each after a good row and a row with a quoted line end, so at line 5 of its file. */
    static Stream<Arguments> badRows() {
        return Stream.of(
                Arguments.of("b1,c1\n", "expected 18 columns, found 2"),
                Arguments.of(row("", "customer_id", "c1"), "missing value for required column 'interaction_id'"),
                Arguments.of(row("b1", "timestamp", " "), "missing value for required column 'timestamp'"),
                Arguments.of(row("b1", "timestamp", "yesterday"), "unparseable timestamp 'yesterday'"),
                Arguments.of(row("b1", "timestamp", "2026-02-30T09:00:00Z"),
                        "unparseable timestamp '2026-02-30T09:00:00Z'"),
                Arguments.of(row("b1", "outcome", ""), "missing value for required column 'outcome'"),
                Arguments.of(row("b1", "outcome", "solved"), "unknown outcome 'solved'; expected one of resolved, "
                        + "unresolved, transferred, escalated, abandoned"),
                Arguments.of(row("b1", "channel", ""), "missing value for required column 'channel'"),
                Arguments.of(row("b1", "channel", "!!"), "channel id must be lower-case kebab-case, was ''"),
                Arguments.of(row("b1", "mode", "robot"), "unknown mode 'robot'; expected human or automated"),
                Arguments.of(row("b1", "customer_id", ""), "missing value for required column 'customer_id'"),
                Arguments.of(row("b1", "touchpoint", ""), "missing value for required column 'touchpoint'"),
                Arguments.of(row("b1", "wait_seconds", "abc"), "wait_seconds must be a number, was 'abc'"),
                Arguments.of(row("b1", "handle_seconds", "\"1,5\""), "handle_seconds must be a number, was '1,5'"),
                Arguments.of(row("b1", "nps", "x"), "nps must be a number, was 'x'"),
                Arguments.of(row("b1", "nps", "9.5"), "nps must be a whole number, was '9.5'"),
                Arguments.of(row("b1", "nps", "11"), "NPS answer must be between 0 and 10, was 11"),
                Arguments.of(row("b1", "csat", "0"), "CSAT answer must be between 1 and 5, was 0"),
                Arguments.of(row("b1", "ces", "8"), "CES answer must be between 1 and 7, was 8"),
                Arguments.of(row("b1", "rating_reliability", "6"), "rating of reliability must be between 1 and 5, was 6"),
                Arguments.of(row("b1", "rating_Team Spirit!", "3"),
                        "service dimension id must be lower-case kebab-case, was 'team-spirit!'"),
                Arguments.of(row("\u3000", "customer_id", "c1"), "interactionId must not be blank"),
                Arguments.of(row("b1", "customer_id", "\u3000"), "customerId must not be blank"),
                Arguments.of(row("b1", "touchpoint", "\u2003"), "touchpoint must not be blank"),
                Arguments.of(row("b1", "wait_seconds", "-1"),
                        "interaction 'b1' must have a wait between 0 and 2147483.647 seconds, was -1.0"),
                Arguments.of(row("b1", "wait_seconds", "NaN"), "wait_seconds must be a number, was 'NaN'"),
                Arguments.of(row("b1", "wait_seconds", "30d"), "wait_seconds must be a number, was '30d'"),
                Arguments.of(row("b1", "handle_seconds", "1e10"),
                        "interaction 'b1' must have a handling time between 0 and 2147483.647 seconds, was 1.0E10"),
                Arguments.of(row("b1", "timestamp", "yesterday").replace(",0,60,", ",x,60,"),
                        "unparseable timestamp 'yesterday'"));
    }

    private static String fileWithBadRow(String badRow) {
        return HEADER + row("g1", "agent", "ann") + row("g2", "agent", "\"two\nlines\"") + badRow
                + row("g3", "agent", "ann");
    }

    @ParameterizedTest
    @MethodSource("badRows")
    void csv_lenient_badRow_rejectedWithLineAndReasonAsEventLogReader(String badRow, String reason) {
        Path file = write("bad.csv", fileWithBadRow(badRow));
        ColumnsImport imported = assertSameAsEventLogReader(file);
        assertEquals(new ImportSummary(file.toString(), 4, 3, List.of(new RejectedRow(5, reason))),
                imported.summary());
    }

    @ParameterizedTest
    @MethodSource("badRows")
    void csv_strict_badRow_throwsWithFileLineAndReason(String badRow, String reason) {
        Path file = write("bad.csv", fileWithBadRow(badRow));
        var e = assertThrows(UnreadableInputException.class, () -> ColumnsReader.strict().csv(file));
        assertEquals(file + " line 5: " + reason, e.getMessage());
        assertEquals(Optional.of(5L), e.line());
        assertEquals(reason, e.problem());
    }

    @Test
    void csv_waitBeyondWhatColumnsHold_rejectedAlikeOnBothPaths() {
        // one range rule (issue 17, point 1): what either reader accepts, the columns and every metric can compute
        Path file = write("long.csv", HEADER + row("w1", "wait_seconds", "2147483.647")
                + row("w2", "wait_seconds", "2147483.648") + row("w3", "handle_seconds", "3e6"));
        ColumnsImport imported = ColumnsReader.lenient().csv(file);
        List<RejectedRow> expected = List.of(new RejectedRow(3,
                        "interaction 'w2' must have a wait between 0 and 2147483.647 seconds, was 2147483.648"),
                new RejectedRow(4,
                        "interaction 'w3' must have a handling time between 0 and 2147483.647 seconds, was 3000000.0"));
        assertEquals(expected, imported.summary().rejected());
        assertEquals(new Moments(1, Integer.MAX_VALUE, 0, (long) Integer.MAX_VALUE * Integer.MAX_VALUE),
                ColumnMetrics.accumulate(imported.columns(), Metrics.waitMean()).get(List.of()));
        ImportResult objects = EventLogReader.lenient().csv(file);
        assertEquals(expected, objects.summary().rejected());
        assertEquals(new Moments(1, Integer.MAX_VALUE, 0, (long) Integer.MAX_VALUE * Integer.MAX_VALUE),
                ColumnMetrics.accumulate(InteractionColumns.of(objects.interactions()), Metrics.waitMean())
                        .get(List.of()));
    }

    //-----------------------------------------------------------------------
    // csv: files that cannot be read
    //-----------------------------------------------------------------------
    @Test
    void csv_missingRequiredColumn_throwsEvenWhenLenient() {
        Path file = write("missing.csv", "interaction_id, customer_id,case_id,timestamp,touchpoint,channel\n"
                + "i1,c1,k1,2026-01-05T09:00:00Z,faq,web\n");
        var e = assertThrows(UnreadableInputException.class, () -> ColumnsReader.lenient().csv(file));
        assertEquals(file + " line 1: missing required column 'outcome'; found: interaction_id,  customer_id, "
                + "case_id, timestamp, touchpoint, channel", e.getMessage());
    }

    @Test
    void csv_emptyFile_throwsNoHeaderRow() {
        Path file = write("empty.csv", "\n\r\n");
        var e = assertThrows(UnreadableInputException.class, () -> ColumnsReader.lenient().csv(file));
        assertEquals(file + " line 1: no header row", e.getMessage());
    }

    @Test
    void csv_textAfterClosingQuote_throwsAsJacksonDoes() {
        Path file = write("garbled.csv", HEADER + row("g1", "agent", "\"two\nlines\"") + row("g2", "agent", "\"a\" b"));
        var e = assertThrows(UnreadableInputException.class, () -> ColumnsReader.lenient().csv(file));
        var jackson = assertThrows(UnreadableInputException.class, () -> EventLogReader.lenient().csv(file));
        assertEquals(file + " line 4: malformed CSV: Unexpected character ('b' (code 98)): Expected column separator "
                + "character (',' (code 44)) or end-of-line", e.getMessage());
        assertEquals(jackson.getMessage(), e.getMessage());
    }

    @Test
    void csv_unclosedQuote_throwsAtTheLineWhereTheCellStarts() {
        Path file = write("open.csv", HEADER + row("g1", "agent", "ann") + row("g2", "agent", "\"ann\nbob\n"));
        var e = assertThrows(UnreadableInputException.class, () -> ColumnsReader.strict().csv(file));
        assertEquals(file + " line 3: malformed CSV: Missing closing quote for value", e.getMessage());
    }

    @Test
    void csv_notUtf8_throwsWithTheLine() {
        byte[] text = (HEADER + row("g1", "agent", "ann") + row("g2", "agent", "Zo\u00eb")).getBytes(
                StandardCharsets.ISO_8859_1);
        Path file = write("latin1.csv", text);
        var e = assertThrows(UnreadableInputException.class, () -> ColumnsReader.lenient().csv(file));
        assertEquals(file + " line 3: malformed input: the bytes are not UTF-8", e.getMessage());
    }

    @Test
    void csv_strict_earlierBadRowBeforeMalformedBytes_throwsForTheRow() {
        byte[] text = (HEADER + row("g1", "outcome", "solved") + row("g2", "agent", "Zo\u00eb")).getBytes(
                StandardCharsets.ISO_8859_1);
        Path file = write("latin1.csv", text);
        var e = assertThrows(UnreadableInputException.class, () -> ColumnsReader.strict().csv(file));
        assertEquals(Optional.of(2L), e.line());
    }

    @Test
    void csv_moreChannelsThanColumnsHold_throwsAtTheRowOfTheFirstOneTooMany() {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 256; i++) {
            text.append(row("i" + i, "channel", "channel-" + i));
        }
        Path file = write("channels.csv", text.toString());
        var e = assertThrows(UnreadableInputException.class, () -> ColumnsReader.lenient().csv(file));
        assertEquals(file + " line 257: columns hold at most 255 channels, this is the 256th: 'channel-255'",
                e.getMessage());
    }

    @Test
    void csv_noSuchFile_throwsCannotRead() {
        Path file = dir.resolve("nowhere.csv");
        var e = assertThrows(UnreadableInputException.class, () -> ColumnsReader.strict().csv(file));
        assertEquals(file + ": cannot read file: no such file or directory", e.getMessage());
    }

    //-----------------------------------------------------------------------
    // chunks
    //-----------------------------------------------------------------------
    @Test
    void csv_tinyChunksCutInsideQuotedCellsAndRows_sameAsOneChunk() {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 40; i++) {
            text.append(row("t" + i, "agent", i % 3 == 0 ? "\"line\n\"\"\n" + i + "\r\n\"" : "a" + i % 7));
            if (i % 9 == 4) {
                text.append(row("x" + i, "nps", "12"));
            }
        }
        Path file = write("tiny.csv", text.toString());
        ColumnsImport whole = ColumnsReader.lenient().csv(file);
        for (int chunk : new int[] {1, 2, 3, 7, 16, 61, 250}) {
            ColumnsImport cut = ColumnsReader.lenient().withChunkSize(chunk).withThreads(3).csv(file);
            assertEquals(whole.summary(), cut.summary(), "chunks of " + chunk);
            assertSameColumns(whole.columns(), cut.columns());
        }
        assertSameAsEventLogReader(file);
    }

    //-----------------------------------------------------------------------
    @Test
    void csv_customerIdThatIsAlsoACaseId_sameJourneysAsEventLogReader() {
        // a CRM that numbers walk-in customers and tickets from one sequence: contacts of customer 77 without a
        // case belong to case 77's journey (journeys are keyed by id text)
        Path file = write("same-ids.csv", """
                interaction_id,customer_id,case_id,timestamp,touchpoint,stage,channel,mode,wait_seconds,handle_seconds,outcome
                s1,c1,77,2026-01-05T09:00:00Z,faq,support,web,automated,,30,unresolved
                s2,77,,2026-01-05T09:10:00Z,chat,support,chat,human,5,100,transferred
                s3,c1,77,2026-01-05T09:30:00Z,phone-support,support,phone,human,20,300,resolved
                s4,c2,78,2026-01-06T10:00:00Z,faq,support,web,automated,,15,unresolved
                s5,c1,,2026-01-06T11:00:00Z,chat,support,chat,human,3,80,resolved
                """);
        InteractionColumns expected = InteractionColumns.of(EventLogReader.strict().csv(file).interactions());
        InteractionColumns actual = ColumnsReader.strict().withChunkSize(64).csv(file).columns();

        assertEquals(dev.rapport.journey.DirectlyFollowsGraph.of(expected, dev.rapport.journey.Grouping.BY_CASE),
                dev.rapport.journey.DirectlyFollowsGraph.of(actual, dev.rapport.journey.Grouping.BY_CASE));
        assertArrayEquals(ColumnStore.of(expected).sameIdCustomers, ColumnStore.of(actual).sameIdCustomers);
        assertArrayEquals(ColumnStore.of(expected).sameIdCases, ColumnStore.of(actual).sameIdCases);
        assertEquals(1, ColumnStore.of(actual).sameIdCases.length);
    }

    @Test
    void toString_namesTheModeAndAnyMapping() {
        assertEquals("strict columns reader", ColumnsReader.strict().toString());
        assertEquals("lenient columns reader with a column mapping", ColumnsReader.lenient()
                .withMapping(ColumnMapping.builder().column("agent", "Agent").build()).toString());
        assertTrue(ColumnsReader.lenient().csv(write("c.csv", CANONICAL)).toString().endsWith(
                "c.csv: 9 rows read, 9 accepted, 0 rejected"));
    }

    @Test
    void withChunkSize_notPositive_rejectedWithTheSize() {
        var e = assertThrows(IllegalArgumentException.class, () -> ColumnsReader.strict().withChunkSize(0));
        assertEquals("chunk size must be positive, was 0", e.getMessage());
    }
}
