package dev.rapport.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rapport.core.Interaction;
import dev.rapport.core.UnreadableInputException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Header rules shared by the per-object and the columnar CSV readers, on exports written the way tools write them. */
class RealExportHeadersTest {

    private static final String ROW = "i1,c1,2026-01-05T09:30:00Z,faq,web,resolved,4,5\n";

    @TempDir
    Path dir;

    static Path export(String name) {
        try {
            return Path.of(RealExportHeadersTest.class.getResource("/exports/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("export.csv"), text);
    }

    @Test
    void csv_mixedCaseHeadersAndSurveyColumns_readByBothPaths() {
        Path file = export("helpdesk-survey.csv");
        ImportResult objects = EventLogReader.strict().csv(file);
        assertEquals(4, objects.summary().accepted());
        List<Interaction> rows = objects.interactions();
        assertEquals("t-1001", rows.get(0).interactionId());
        assertEquals(Map.of("baggage-handling", 5, "reliability", 4), rows.get(0).survey().ratings());
        assertEquals(Map.of("in-flight-wifi", 2), rows.get(1).survey().ratings());
        assertEquals(Map.of("baggage-handling", 4, "in-flight-wifi", 3, "reliability", 5),
                rows.get(3).survey().ratings());
        assertEquals(objects.summary(), ColumnsReader.strict().csv(file).summary());
    }

    @Test
    void dimensionRule_spacesUnderscoresAndHyphensBecomeOneHyphen() throws IOException {
        Path file = write("interaction_id,customer_id,timestamp,touchpoint,channel,outcome,"
                + "RATING__Baggage - Handling ,rating_in-flight wifi\n" + ROW);
        assertEquals(Map.of("baggage-handling", 4, "in-flight-wifi", 5),
                EventLogReader.strict().csv(file).interactions().get(0).survey().ratings());
    }

    @Test
    void csv_twoHeadersForOneDimension_namesBothOnBothPaths() throws IOException {
        Path file = write("interaction_id,customer_id,timestamp,touchpoint,channel,outcome,"
                + "rating_Baggage_Handling,Rating Baggage-Handling\n" + ROW);
        String expected = "columns 'rating_Baggage_Handling' and 'Rating Baggage-Handling' both rate survey "
                + "dimension 'baggage-handling'";
        var objects = assertThrows(UnreadableInputException.class, () -> EventLogReader.lenient().csv(file));
        assertEquals(java.util.Optional.of(1L), objects.line());
        assertEquals(true, objects.getMessage().endsWith(expected), objects::getMessage);
        var columns = assertThrows(UnreadableInputException.class, () -> ColumnsReader.lenient().csv(file));
        assertEquals(objects.getMessage(), columns.getMessage());
    }

    @Test
    void csv_sameColumnTwice_rejectedNamingIt() throws IOException {
        Path file = write("interaction_id,customer_id,timestamp,touchpoint,channel,outcome,CSAT,csat\n"
                + "i1,c1,2026-01-05T09:30:00Z,faq,web,resolved,4,5\n");
        var objects = assertThrows(UnreadableInputException.class, () -> EventLogReader.lenient().csv(file));
        assertEquals(true, objects.getMessage().endsWith("column 'csat' appears twice (columns 7 and 8)"),
                objects::getMessage);
        var columns = assertThrows(UnreadableInputException.class, () -> ColumnsReader.lenient().csv(file));
        assertEquals(objects.getMessage(), columns.getMessage());
    }
}
