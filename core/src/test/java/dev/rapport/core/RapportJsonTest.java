package dev.rapport.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RapportJsonTest {

    private static final String FAQ = "{\"id\": \"faq\", \"name\": \"FAQ\", \"channel\": \"web\", \"stage\": \"support\"";

    private static UnreadableInputException unreadable(String json, Class<?> type) {
        return assertThrows(UnreadableInputException.class, () -> RapportJson.read(json, type));
    }

    //-----------------------------------------------------------------------
    // the format
    //-----------------------------------------------------------------------
    @Test
    void write_touchpoint_snakeCaseWithVersionAndNoAbsentValues() {
        Touchpoint faq = Touchpoint.of("faq", Channel.WEB, Stage.SUPPORT).withMode(Mode.AUTOMATED);
        assertEquals("""
                {
                  "format_version" : 2,
                  "id" : "faq",
                  "name" : "Faq",
                  "channel" : "web",
                  "stage" : {
                    "id" : "support",
                    "name" : "Support",
                    "order" : 5
                  },
                  "mode" : "automated",
                  "initiator" : "customer"
                }""", RapportJson.write(faq));
    }

    @Test
    void survey_notApplicableDimension_writtenAsAListAndReadBack() {
        SurveyScores answers = SurveyScores.none().withCsat(4).withRating("gate-location", 3)
                .withNotApplicable("baggage-handling");
        String json = RapportJson.mapper().writer().without(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(answers);
        assertEquals("{\"csat\":4,\"ratings\":{\"gate-location\":3},\"not_applicable\":[\"baggage-handling\"]}", json);
        assertEquals(answers, RapportJson.read(json, SurveyScores.class));
        // documents from before "not applicable" existed have no such list
        assertEquals(SurveyScores.none().withCsat(4), RapportJson.read("{\"csat\": 4, \"ratings\": {}}",
                SurveyScores.class));
    }

    @Test
    void read_handWrittenShorthand_builtInStageAndScaleByIdAndNoVersion() {
        Touchpoint faq = RapportJson.read(FAQ + ", \"mode\": \"AUTOMATED\"}", Touchpoint.class);
        assertEquals(Stage.SUPPORT, faq.stage());
        assertEquals(Mode.AUTOMATED, faq.mode());
        Expectation e = RapportJson.read("{\"scale\": \"csat\", \"adequate\": 3, \"desired\": 4}", Expectation.class);
        assertEquals(Expectation.of(Scale.CSAT, 3, 4), e);
    }

    @Test
    void read_file_roundTripsAndNamesTheFileInErrors(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("wait.json");
        Expectation wait = Expectation.of(Scale.DURATION_SECONDS, 120, 30);
        RapportJson.write(wait, file);
        assertEquals(wait, RapportJson.read(file, Expectation.class));
        Files.writeString(file, "{\n  \"scale\": \"duration\",\n  \"adequate\": \"soon\"\n}");
        var e = assertThrows(UnreadableInputException.class, () -> RapportJson.read(file, Expectation.class));
        assertEquals(file + " line 3, column 15, at $.adequate: cannot read 'soon' as a number", e.getMessage());
        assertEquals(Optional.of(3L), e.line());
    }

    //-----------------------------------------------------------------------
    // bad documents
    //-----------------------------------------------------------------------
    @Test
    void read_unknownProperty_namedWithTheKnownOnes() {
        var e = unreadable(FAQ + ", \"colour\": \"red\"}", Touchpoint.class);
        assertEquals("$.colour", e.jsonPath().orElseThrow());
        assertEquals("unknown property 'colour'; known: channel, description, id, initiator, mode, name, owner, "
                + "stage", e.problem());
    }

    @Test
    void read_missingRequiredProperty_namedByPath() {
        var e = unreadable("{\"id\": \"faq\", \"name\": \"FAQ\", \"stage\": \"support\"}", Touchpoint.class);
        assertEquals("$.channel", e.jsonPath().orElseThrow());
        assertEquals("missing required property 'channel'", e.problem());
    }

    @Test
    void read_wrongType_namedByPath() {
        var e = unreadable("{\"scale\": \"csat\", \"adequate\": [3], \"desired\": 4}", Expectation.class);
        assertEquals("$.adequate", e.jsonPath().orElseThrow());
    }

    @Test
    void read_unknownEnumValue_listsTheValues() {
        var e = unreadable(FAQ + ", \"mode\": \"robot\"}", Touchpoint.class);
        assertEquals("JSON text line 1, column 76, at $.mode: 'robot' is not one of human, automated",
                e.getMessage());
    }

    @Test
    void read_nestedOutOfRangeAnswer_namedByPathWithTheRule() {
        String json = "{\"interaction_id\": \"i\", \"customer_id\": \"c\", \"timestamp\": \"2026-01-01T00:00:00Z\","
                + " \"touchpoint\": \"t\", \"channel\": \"web\", \"wait_seconds\": 0, \"handle_seconds\": 0,"
                + " \"outcome\": \"resolved\", \"survey\": {\"nps\": 11}}";
        var e = unreadable(json, Interaction.class);
        assertEquals("$.survey", e.jsonPath().orElseThrow());
        assertEquals("NPS answer must be between 0 and 10, was 11", e.problem());
    }

    @Test
    void read_waitAtTheLimit_acceptedAndOnePast_refusedWithTheRule() {
        String json = "{\"interaction_id\": \"i\", \"customer_id\": \"c\", \"timestamp\": \"2026-01-01T00:00:00Z\","
                + " \"touchpoint\": \"t\", \"channel\": \"web\", \"wait_seconds\": %s, \"handle_seconds\": 0,"
                + " \"outcome\": \"resolved\"}";
        assertEquals(java.util.OptionalDouble.of(Interaction.MAX_SECONDS),
                RapportJson.read(json.formatted("2147483.647"), Interaction.class).waitSeconds());
        var e = unreadable(json.formatted("2147483.648"), Interaction.class);
        assertEquals("interaction 'i' must have a wait between 0 and 2147483.647 seconds, was 2147483.648",
                e.problem());
    }

    @Test
    void read_numberTooBigForItsField_namedByPath() {
        var e = unreadable("{\"id\": \"x\", \"name\": \"X\", \"order\": 99999999999}", Stage.class);
        assertEquals("$.order", e.jsonPath().orElseThrow());
        assertTrue(e.problem().contains("out of range of `int`"), e.problem());
    }

    @Test
    void read_levelsBreakRules_everyViolationWithItsJsonPath() {
        var e = assertThrows(InvalidModelException.class,
                () -> RapportJson.read("{\"scale\": \"csat\", \"adequate\": 7, \"desired\": 0}", Expectation.class));
        assertEquals(List.of("$.adequate", "$.adequate", "$.desired"),
                e.violations().stream().map(Violation::path).toList());
        assertTrue(e.getMessage().startsWith("invalid expectation in JSON text (3 problems):"), e.getMessage());
    }

    @Test
    void read_otherFormatVersion_rejected() {
        var e = unreadable("{\"format_version\": 3, \"scale\": \"csat\", \"adequate\": 3, \"desired\": 4}",
                Expectation.class);
        assertEquals("unsupported format_version 3; this release reads versions 1 to 2", e.problem());
    }

    @Test
    void read_versionOneDocument_readsAsBefore() {
        assertEquals(Expectation.of(Scale.CSAT, 3, 4), RapportJson.read(
                "{\"format_version\": 1, \"scale\": \"csat\", \"adequate\": 3, \"desired\": 4}", Expectation.class));
    }

    @Test
    void interaction_nullOrAbsentWait_unknownAndWrittenAbsent() {
        String head = "{\"interaction_id\": \"i\", \"customer_id\": \"c\", \"timestamp\": \"2026-01-01T00:00:00Z\","
                + " \"touchpoint\": \"t\", \"channel\": \"phone\", \"outcome\": \"abandoned\"";
        Interaction absent = RapportJson.read(head + "}", Interaction.class);
        Interaction nulls = RapportJson.read(head + ", \"wait_seconds\": null, \"handle_seconds\": null}",
                Interaction.class);
        assertEquals(java.util.OptionalDouble.empty(), absent.waitSeconds());
        assertEquals(java.util.OptionalDouble.empty(), absent.handleSeconds());
        assertEquals(absent, nulls);
        String written = RapportJson.write(absent);
        assertFalse(written.contains("wait_seconds"), written);
        assertEquals(absent, RapportJson.read(written, Interaction.class));
        Interaction known = RapportJson.read(head + ", \"wait_seconds\": 12.5}", Interaction.class);
        assertEquals(java.util.OptionalDouble.of(12.5), known.waitSeconds());
        assertTrue(RapportJson.write(known).contains("\"wait_seconds\" : 12.5"), RapportJson.write(known));
    }

    @Test
    void interaction_waitAsText_refusedWithItsPath() {
        var e = unreadable("{\"interaction_id\": \"i\", \"customer_id\": \"c\", \"timestamp\": \"2026-01-01T00:00:00Z\","
                + " \"touchpoint\": \"t\", \"channel\": \"phone\", \"outcome\": \"abandoned\", \"wait_seconds\": \"\"}",
                Interaction.class);
        assertEquals("$.wait_seconds", e.jsonPath().orElseThrow());
    }

    @Test
    void read_mapShapedDocument_versionIsNotAnEntry() {
        java.util.Map<String, Integer> ratings = java.util.Map.of("timeliness", 4);
        String json = RapportJson.write(ratings);
        assertTrue(json.contains("\"format_version\" : 2"), json);
        assertEquals(ratings, RapportJson.read(json, java.util.Map.class));
    }

    @Test
    void read_versionNotFirst_stillAccepted() {
        assertEquals(Stage.SUPPORT, RapportJson.read(
                "{\"id\": \"support\", \"format_version\": 1, \"name\": \"Support\", \"order\": 5}", Stage.class));
    }

    @Test
    void read_trailingContent_rejected() {
        var e = unreadable("{\"scale\": \"csat\", \"adequate\": 3, \"desired\": 4} {}", Expectation.class);
        assertEquals("trailing content after the document", e.problem());
    }

    @Test
    void read_malformedJson_givesLineAndColumn() {
        var e = unreadable("{\n\"id\": \"faq\",\n", Touchpoint.class);
        assertEquals(Optional.of(3L), e.line());
    }

    @Test
    void read_nullDocument_rejected() {
        var e = unreadable("null", Touchpoint.class);
        assertEquals("JSON text at $: expected a touchpoint, found null", e.getMessage());
    }

    @Test
    void read_noTypeFromClassNames_unknownPropertyNotPolymorphism() {
        var e = unreadable(FAQ + ", \"@class\": \"java.lang.Runtime\"}", Touchpoint.class);
        assertEquals("$.@class", e.jsonPath().orElseThrow());
    }

    //-----------------------------------------------------------------------
    // bounded reading
    //-----------------------------------------------------------------------
    @Test
    void read_nestingBeyondTheLimit_rejected() {
        String deep = "{\"id\": \"faq\", \"name\": \"FAQ\", \"channel\": \"web\", \"stage\": \"support\", \"owner\": "
                + "[".repeat(RapportJson.MAX_DEPTH + 5) + "]".repeat(RapportJson.MAX_DEPTH + 5) + "}";
        // Binding stops at the first wrong token; the parser itself refuses the depth for any reader of the mapper.
        var e = assertThrows(tools.jackson.core.JacksonException.class, () -> RapportJson.mapper().readTree(deep));
        UnreadableInputException translated = RapportJson.translate(e, "deep.json");
        assertTrue(translated.problem().startsWith("document exceeds a reading limit: Document nesting depth"),
                translated.problem());
    }

    @Test
    void read_stringBeyondTheLimit_rejected() {
        String huge = FAQ.replace("\"FAQ\"", "\"" + "x".repeat(RapportJson.MAX_STRING_CHARS + 1) + "\"") + "}";
        var e = unreadable(huge, Touchpoint.class);
        assertTrue(e.problem().startsWith("document exceeds a reading limit: String value length"), e.problem());
    }

    //-----------------------------------------------------------------------
    // values are never altered silently (issue 17 #5)
    //-----------------------------------------------------------------------
    private static final String INTERACTION = "{\"interaction_id\": \"i\", \"customer_id\": \"c\", "
            + "\"timestamp\": \"2026-01-01T00:00:00Z\", \"touchpoint\": \"t\", \"channel\": \"phone\", "
            + "\"outcome\": \"abandoned\"";

    @Test
    void read_duplicateKey_refusedWithItsPathNotLastWins() {
        var e = unreadable(INTERACTION + ", \"survey\": {\"nps\": 3, \"nps\": 10}}", Interaction.class);
        assertEquals("JSON text line 1, column 171, at $.survey: property 'nps' appears twice", e.getMessage());
    }

    @Test
    void read_duplicateKeyAtTheRoot_refused() {
        var e = unreadable("{\"scale\": \"csat\", \"adequate\": 3, \"adequate\": 1, \"desired\": 4}",
                Expectation.class);
        assertEquals("property 'adequate' appears twice", e.problem());
        assertEquals("$", e.jsonPath().orElseThrow());
    }

    @Test
    void read_floatIntoAnIntegerField_refusedNotTruncated() {
        var e = unreadable(INTERACTION + ", \"survey\": {\"nps\": 9.7}}", Interaction.class);
        assertEquals("$.survey.nps", e.jsonPath().orElseThrow());
        assertEquals("9.7 is not a whole number; an integer field takes digits only, such as 9", e.problem());
    }

    @Test
    void read_numberAsTextIntoAnIntegerField_refused() {
        var e = unreadable(INTERACTION + ", \"survey\": {\"nps\": \"9\"}}", Interaction.class);
        assertEquals("$.survey.nps", e.jsonPath().orElseThrow());
        assertEquals("'9' is text, not a number; write it without quotes", e.problem());
    }

    @Test
    void read_numberAsTextIntoADecimalField_refused() {
        var e = unreadable(INTERACTION + ", \"wait_seconds\": \"12.5\"}", Interaction.class);
        assertEquals("$.wait_seconds", e.jsonPath().orElseThrow());
        assertEquals("'12.5' is text, not a number; write it without quotes", e.problem());
    }

    @Test
    void read_fractionalOrTextFormatVersion_refused() {
        for (String version : List.of("1.9", "2.0", "\"2\"", "true")) {
            var e = unreadable("{\"format_version\": " + version + ", \"scale\": \"csat\", \"adequate\": 3, "
                    + "\"desired\": 4}", Expectation.class);
            assertEquals("unsupported format_version " + version + "; this release reads versions 1 to 2",
                    e.problem(), version);
            var later = unreadable("{\"scale\": \"csat\", \"format_version\": " + version + ", \"adequate\": 3, "
                    + "\"desired\": 4}", Expectation.class);
            assertEquals(e.problem(), later.problem(), version);
        }
    }

    @Test
    void read_numericTimestamp_refusedSayingWhatToWrite() {
        for (String number : List.of("1767225600", "1767225600000", "1767225600.5")) {
            var e = unreadable(INTERACTION.replace("\"2026-01-01T00:00:00Z\"", number) + "}", Interaction.class);
            assertEquals("$.timestamp", e.jsonPath().orElseThrow());
            assertEquals("a timestamp is text in ISO-8601 such as \"2026-01-05T09:30:00Z\", not the number " + number
                    + " (epoch seconds and milliseconds are not read, to avoid guessing the unit)", e.problem());
        }
    }
}
