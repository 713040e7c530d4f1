package dev.rapport.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rapport.core.KanoAnswer;
import dev.rapport.core.KanoFeature;
import dev.rapport.core.KanoQuestionnaire;
import dev.rapport.core.KanoResponse;
import dev.rapport.core.UnreadableInputException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kano answers from CSV and JSON lines: columns, answer spellings, unknown answers and every bad row's message. */
class KanoReaderTest {

    @TempDir
    Path dir;

    static Path resource(String name) {
        try {
            return Path.of(KanoReaderTest.class.getResource("/kano/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String HEADER = "\uFEFFFeature , RESPONDENT_ID,Functional,Dysfunctional,Plan\n";

    //-----------------------------------------------------------------------
    // CSV: any column order and case, extra columns, words, codes and full answers; blank = unknown
    //-----------------------------------------------------------------------
    @Test
    void csv_columnsInAnyOrder_answersInEverySpelling() {
        KanoImport read = KanoReader.strict().csvText(HEADER
                + "Live chat,r-1,I like it that way,I can live with it that way,Pro\n"
                + "Live chat,r-2,1,5,Free\n"
                + "Live chat,r-3,MUST-BE,,Free\n"
                + "\n"
                + "\"Dark mode, at night\",r-1,,,Pro\n");
        assertEquals("CSV text: 4 rows read, 4 accepted, 0 rejected", read.summary().toString());
        assertEquals(List.of(KanoResponse.of("r-1", "Live chat", KanoAnswer.LIKE, KanoAnswer.LIVE_WITH),
                KanoResponse.of("r-2", "Live chat", KanoAnswer.LIKE, KanoAnswer.DISLIKE),
                new KanoResponse("r-3", "Live chat", Optional.of(KanoAnswer.EXPECT), Optional.empty()),
                new KanoResponse("r-1", "Dark mode, at night", Optional.empty(), Optional.empty())),
                read.responses());
    }

    @Test
    void csv_lenient_everyBadRowWithItsLineAndReason() {
        KanoImport read = KanoReader.lenient().csvText(HEADER
                + "Live chat,r-1,like,neutral,Pro\n"
                + "Live chat,r-2,maybe,neutral,Pro\n"
                + "Live chat,r-3,like,6,Pro\n"
                + ",r-4,like,neutral,Pro\n"
                + "Live chat,,like,neutral,Pro\n"
                + "Live chat,r-1,dislike,like,Pro\n"
                + "Live chat,r-5,like\n");
        assertEquals("""
                CSV text: 7 rows read, 1 accepted, 6 rejected
                  line 3: functional: 'maybe' is not a Kano answer; expected like, expect, neutral, live-with, \
                dislike or a code 1 to 5
                  line 4: dysfunctional: '6' is not a Kano answer; expected like, expect, neutral, live-with, \
                dislike or a code 1 to 5
                  line 5: missing value for required column 'feature'
                  line 6: missing value for required column 'respondent_id'
                  line 7: respondent 'r-1' answered feature 'Live chat' twice (first on line 2)
                  line 8: expected 5 columns, found 3""", read.summary().toString());
    }

    @Test
    void csv_strict_firstBadRowThrowsWithFileAndLine() {
        var e = assertThrows(UnreadableInputException.class, () -> KanoReader.strict().csvText(HEADER
                + "Live chat,r-1,like,neutral,Pro\n"
                + "Live chat,r-2,like,sometimes,Pro\n"));
        assertEquals("CSV text line 3: dysfunctional: 'sometimes' is not a Kano answer; expected like, expect, "
                + "neutral, live-with, dislike or a code 1 to 5", e.getMessage());
        assertEquals(Optional.of(3L), e.line());
    }

    @Test
    void csv_missingOrRepeatedColumns_errorAtLineOne() {
        var e = assertThrows(UnreadableInputException.class,
                () -> KanoReader.lenient().csvText("respondent,feature,functional\nr-1,Live chat,like\n"));
        assertEquals("CSV text line 1: missing required columns 'respondent_id', 'dysfunctional'; found: respondent, "
                + "feature, functional", e.getMessage());
        e = assertThrows(UnreadableInputException.class, () -> KanoReader.lenient().csvText(
                "respondent_id,feature,functional,dysfunctional,Feature\n"));
        assertEquals("CSV text line 1: column 'Feature' appears twice (columns 2 and 5)", e.getMessage());
        e = assertThrows(UnreadableInputException.class, () -> KanoReader.lenient().csvText("\n\n"));
        assertEquals("CSV text line 1: no header row", e.getMessage());
    }

    @Test
    void csv_questionnaire_featureNotAskedRejected() {
        KanoQuestionnaire q = KanoQuestionnaire.of("Helpdesk app", List.of(KanoFeature.of("Live chat",
                "If you can chat with an agent, how do you feel?", "If you cannot, how do you feel?")));
        KanoImport read = KanoReader.lenient().withQuestionnaire(q).csvText(HEADER
                + "Live chat,r-1,like,neutral,Pro\n"
                + "Live chta,r-1,like,neutral,Pro\n");
        assertEquals("CSV text: 2 rows read, 1 accepted, 1 rejected\n"
                + "  line 3: feature 'Live chta' is not in questionnaire 'Helpdesk app'", read.summary().toString());
    }

    @Test
    void csv_gzipped_sameAsPlain() throws IOException {
        String text = HEADER + "Live chat,r-1,like,neutral,Pro\nLive chat,r-2,2,5,Free\n";
        Path plain = dir.resolve("kano.csv");
        Files.writeString(plain, text);
        Path gz = dir.resolve("kano-export");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(KanoReader.strict().csv(plain).responses(), KanoReader.strict().csv(gz).responses());
        Path named = dir.resolve("kano.csv.gz");
        Files.copy(gz, named);
        assertEquals(2, KanoReader.strict().read(named).summary().accepted());
    }

    //-----------------------------------------------------------------------
    // JSON lines
    //-----------------------------------------------------------------------
    @Test
    void jsonLines_lenient_acceptedPairsAndEveryBadLineWithItsPath() {
        KanoImport read = KanoReader.lenient().read(resource("app-store-kano.jsonl"));
        assertEquals(List.of(KanoResponse.of("5001", "Live chat", KanoAnswer.LIKE, KanoAnswer.LIVE_WITH),
                KanoResponse.of("5001", "Dark mode", KanoAnswer.NEUTRAL, KanoAnswer.NEUTRAL),
                KanoResponse.of("5002", "Live chat", KanoAnswer.LIKE, KanoAnswer.DISLIKE),
                new KanoResponse("5002", "Dark mode", Optional.of(KanoAnswer.LIKE), Optional.empty()),
                KanoResponse.of("5003", "Live chat", KanoAnswer.EXPECT, KanoAnswer.DISLIKE),
                new KanoResponse("5003", "Dark mode", Optional.empty(), Optional.of(KanoAnswer.NEUTRAL)),
                KanoResponse.of("5004", "Live chat", KanoAnswer.LIKE, KanoAnswer.LIKE),
                KanoResponse.of("5005", "Live chat", KanoAnswer.LIKE, KanoAnswer.NEUTRAL)), read.responses());
        List<String> rejected = read.summary().rejected().stream().map(RejectedRow::toString).toList();
        assertEquals(List.of(
                "line 9: 'maybe' is not a Kano answer; expected like, expect, neutral, live-with, dislike or a code 1 "
                        + "to 5 at $.functional",
                "line 10: a Kano answer must be a word or a code 1 to 5, found a boolean at $.functional",
                "line 12: unknown property 'score'; expected respondent_id, feature, functional, dysfunctional at "
                        + "$.score",
                "line 13: Unexpected end-of-input within/between Object entries at $",
                "line 14: expected a JSON object, found an array",
                "line 15: missing required property 'respondent_id' at $.respondent_id"), rejected);
        assertEquals(14, read.summary().rowsRead());
    }

    @Test
    void jsonLines_strict_throwsWithLineAndPath() {
        var e = assertThrows(UnreadableInputException.class,
                () -> KanoReader.strict().read(resource("app-store-kano.jsonl")));
        String file = resource("app-store-kano.jsonl").toString();
        assertEquals(file + " line 9, at $.functional: 'maybe' is not a Kano answer; expected like, expect, "
                + "neutral, live-with, dislike or a code 1 to 5", e.getMessage());
        assertEquals(Optional.of("$.functional"), e.jsonPath());
    }

    @Test
    void read_unknownExtension_saysWhichAreKnown() {
        var e = assertThrows(UnreadableInputException.class, () -> KanoReader.strict().read(Path.of("kano.xlsx")));
        assertEquals("kano.xlsx: cannot tell the format of Kano answers from the name; expected .csv, .jsonl or "
                + ".ndjson (each also .gz)", e.getMessage());
    }

    @Test
    void csv_missingFile_namesIt() {
        var e = assertThrows(UnreadableInputException.class, () -> KanoReader.strict().csv(dir.resolve("none.csv")));
        assertEquals(dir.resolve("none.csv") + ": cannot read file: " + dir.resolve("none.csv"), e.getMessage());
    }
}
