package dev.rapport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.core.RapportJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The command line run as a real process: java from java.home, the test class path, the main class. */
class RapportCliTest {

    @TempDir
    static Path dir;
    static Path sample;

    record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void writeSample() {
        sample = dir.resolve("sample.csv");
        SampleData.of(2_000).writeCsv(sample);
    }

    static Run rapport(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Rapport.class.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "rapport did not finish");
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    //-----------------------------------------------------------------------
    // a gzipped export with a ticketing system's header spelling, by name as a user passes it
    //-----------------------------------------------------------------------
    @Test
    void scorecard_gzippedExportWithSnakeCaseHeaders() throws Exception {
        String csv = "Interaction_ID,Customer_ID,Timestamp,Touchpoint,Channel,Outcome,Wait_Seconds,Handle_Seconds\n"
                + "c1,u1,2026-03-02T09:00:00Z,billing,phone,resolved,30,200\n"
                + "c2,u2,2026-03-02T09:05:00Z,billing,phone,abandoned,0,0\n"
                + "c3,u3,2026-03-02T09:07:00Z,billing,phone,resolved,90,100\n";
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(dir.resolve("export.csv.gz")))) {
            out.write(csv.getBytes(StandardCharsets.UTF_8));
        }
        for (String by : List.of("channel", "stage")) {
            Run run = rapport("scorecard", "export.csv.gz", "--metrics", "abandonment-rate", "--by", by);
            assertEquals(0, run.exit(), run.err());
            assertTrue(run.out().contains("export.csv.gz: 3 rows read, 3 accepted, 0 rejected"), run.out());
            assertTrue(run.out().contains("0.333"), run.out());
        }
    }

    //-----------------------------------------------------------------------
    // the columnar path (CSV by columns) and the per-object one (a stage breakdown) print the same figures
    //-----------------------------------------------------------------------
    @Test
    void scorecard_columnarPath_sameOutputAsObjectPath() throws Exception {
        String metrics = "nps,csat,wait-p90,transfer-rate,abandonment-rate,fcr,repeat-contact-rate,resolution-time-p90";
        Run columnar = rapport("scorecard", "sample.csv", "--metrics", metrics, "--by", "touchpoint,channel,agent");
        Run objects = rapport("scorecard", "sample.csv", "--metrics", metrics, "--by",
                "touchpoint,channel,agent,stage");
        assertEquals(0, columnar.exit(), columnar.err());
        assertEquals(0, objects.exit(), objects.err());
        assertTrue(objects.out().startsWith(columnar.out()), columnar.out() + "\n---\n" + objects.out());
        assertTrue(objects.out().substring(columnar.out().length()).startsWith("\nstage "), objects.out());
    }

    @Test
    void scorecard_filtered_samePrintedFiguresOnBothPathsAsAnIndependentCount() throws Exception {
        String metrics = "wait-mean,abandonment-rate,proactive-contact-rate,fcr";
        String[] filter = {"--from", "2026-07-01", "--until", "2026-10-01", "--where", "channel=phone,chat",
            "--where", "outcome!=abandoned"};
        Run columnar = rapport(concat(new String[] {"scorecard", "sample.csv", "--metrics", metrics, "--by", "channel"},
                filter));
        Run objects = rapport(concat(new String[] {"scorecard", "sample.csv", "--metrics", metrics, "--by",
            "channel,stage"}, filter));
        assertEquals(0, columnar.exit(), columnar.err());
        assertEquals(0, objects.exit(), objects.err());
        assertTrue(objects.out().startsWith(columnar.out()), columnar.out() + "\n---\n" + objects.out());
        // the kept rows counted independently, from the generated objects
        long kept = SampleData.of(2_000).interactions()
                .filter(i -> !i.timestamp().isBefore(java.time.Instant.parse("2026-07-01T00:00:00Z"))
                        && i.timestamp().isBefore(java.time.Instant.parse("2026-10-01T00:00:00Z")))
                .filter(i -> i.channel().id().equals("phone") || i.channel().id().equals("chat"))
                .filter(i -> i.outcome() != dev.rapport.core.Outcome.ABANDONED).count();
        assertTrue(columnar.out().contains("filter from 2026-07-01, until 2026-10-01, channel=chat,phone, "
                + "outcome!=abandoned: " + kept + " of 2,000 interactions kept\n"), columnar.out());
        assertTrue(columnar.out().contains("0.0 (0.000 to 0.0"), columnar.out()); // no abandoned call is left
        Run json = rapport(concat(new String[] {"scorecard", "sample.csv", "--metrics", "nps", "--json"}, filter));
        JsonNode root = RapportJson.mapper().readTree(json.out());
        assertEquals(List.of("format_version", "import", "filter", "metrics", "overall", "breakdowns"), names(root));
        assertEquals(kept, root.get("filter").get("kept").asLong());
        assertEquals(kept, root.get("overall").get("nps").get("sample_size").asLong()
                + SampleData.of(2_000).interactions().filter(i -> i.survey().nps().isEmpty())
                        .filter(i -> !i.timestamp().isBefore(java.time.Instant.parse("2026-07-01T00:00:00Z"))
                                && i.timestamp().isBefore(java.time.Instant.parse("2026-10-01T00:00:00Z")))
                        .filter(i -> i.channel().id().equals("phone") || i.channel().id().equals("chat"))
                        .filter(i -> i.outcome() != dev.rapport.core.Outcome.ABANDONED).count());
    }

    @Test
    void filters_badConditionOrNothingKept_sayWhy() throws Exception {
        Run field = rapport("journey", "sample.csv", "--where", "chanel=phone");
        assertEquals(2, field.exit());
        assertTrue(field.err().startsWith("rapport journey: unknown filter field 'chanel'; known: agent, case, "), field.err());
        Run day = rapport("scorecard", "sample.csv", "--metrics", "nps", "--from", "July");
        assertEquals(2, day.exit());
        assertTrue(day.err().startsWith("rapport scorecard: option '--from' must be a day like 2026-04-01, was 'July'"),
                day.err());
        Run empty = rapport("scorecard", "sample.csv", "--metrics", "nps", "--where", "touchpoint=nowhere");
        assertEquals(1, empty.exit());
        assertEquals("rapport scorecard: no interactions match the filter (touchpoint=nowhere): 0 of 2000 kept\n",
                empty.err());
    }

    @Test
    void journey_filtered_onlyTheKeptInteractions() throws Exception {
        Run run = rapport("journey", "sample.csv", "--where", "stage=support", "--top", "1");
        assertEquals(0, run.exit(), run.err());
        JsonNode root = RapportJson.mapper().readTree(run.out());
        long support = SampleData.of(2_000).interactions().filter(i -> i.stage().equals(java.util.Optional.of("support")))
                .count();
        assertEquals(support, root.get("filter").get("kept").asLong());
        assertEquals("stage=support", root.get("filter").get("conditions").asString());
    }

    @Test
    void journey_columnarDiscovery_sameAsTheObjectPath() throws Exception {
        // without --map a CSV goes through the columns; a condition on mode (which columns do not hold) reads objects
        Run columnar = rapport("journey", "sample.csv", "--by", "case", "--top", "5");
        Run objects = rapport("journey", "sample.csv", "--by", "case", "--top", "5", "--where", "mode=human,automated");
        assertEquals(0, columnar.exit(), columnar.err());
        assertEquals(0, objects.exit(), objects.err());
        JsonNode c = RapportJson.mapper().readTree(columnar.out());
        JsonNode o = RapportJson.mapper().readTree(objects.out());
        assertEquals(o.get("discovery"), c.get("discovery"));
        assertEquals(o.get("journeys"), c.get("journeys"));
        assertEquals(o.get("import"), c.get("import"));
        Run dot = rapport("journey", "sample.csv", "--format", "dot");
        Run dotObjects = rapport("journey", "sample.csv", "--format", "dot", "--where", "mode=human,automated");
        assertEquals(dotObjects.out(), dot.out());
    }

    @Test
    void journeyMap_conformanceOverColumns_sameAsTheObjectPath() throws Exception {
        // a CSV whose touchpoints the map knows goes through the columns; a condition on mode reads objects
        Files.writeString(dir.resolve("conformance-map.json"), SampleData.journeyMap().toJson());
        for (String by : List.of("customer", "case")) {
            Run columnar = rapport("journey", "sample.csv", "--map", "conformance-map.json", "--by", by);
            Run objects = rapport("journey", "sample.csv", "--map", "conformance-map.json", "--by", by, "--where",
                    "mode=human,automated");
            assertEquals(0, columnar.exit(), columnar.err());
            assertEquals(0, objects.exit(), objects.err());
            JsonNode c = RapportJson.mapper().readTree(columnar.out());
            JsonNode o = RapportJson.mapper().readTree(objects.out());
            assertEquals(o.get("conformance"), c.get("conformance"), by);
            assertEquals(o.get("discovery"), c.get("discovery"), by);
            assertEquals(o.get("import"), c.get("import"), by);
        }
    }

    @Test
    void report_fromColumnsReadFromTheCsv_sameHtmlAsFromColumnsMadeOfObjects() throws Exception {
        // CSV: the columnar reader; a condition on mode: columns made of the objects read
        Files.writeString(dir.resolve("report-map.json"), SampleData.journeyMap().toJson());
        Run csv = rapport("report", "sample.csv", "--map", "report-map.json", "--out", "columns.html");
        Run objects = rapport("report", "sample.csv", "--map", "report-map.json", "--out", "objects.html",
                "--where", "mode=human,automated");
        assertEquals(0, csv.exit(), csv.err());
        assertEquals(0, objects.exit(), objects.err());
        assertEquals(Files.readString(dir.resolve("objects.html")), Files.readString(dir.resolve("columns.html")));
        assertEquals(objects.out().replace("objects.html", "columns.html"), csv.out());
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void scorecard_fcrByTouchpoint_eachTouchpointsIssues() throws Exception {
        Run run = rapport("scorecard", "sample.csv", "--metrics", "fcr", "--by", "touchpoint", "--json");
        assertEquals(0, run.exit(), run.err());
        JsonNode groups = RapportJson.mapper().readTree(run.out()).get("breakdowns").get(0).get("groups");
        assertTrue(groups.size() > 3, run.out());
    }

    //-----------------------------------------------------------------------
    // bad usage: exit 2
    //-----------------------------------------------------------------------
    @Test
    void noArguments_exit2WithUsageOnStderr() throws Exception {
        Run run = rapport();
        assertEquals(2, run.exit());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("Usage: rapport <command> [options]"), run.err());
    }

    @Test
    void unknownCommand_exit2NamingIt() throws Exception {
        Run run = rapport("frobnicate");
        assertEquals(2, run.exit());
        assertEquals("rapport: unknown command 'frobnicate'; the commands are demo, generate, scorecard, journey, survey, "
                + "report, kano\nRun 'rapport --help' for usage.\n", run.err());
    }

    @Test
    void unknownOption_exit2NamingIt() throws Exception {
        Run run = rapport("scorecard", "sample.csv", "--metrics", "nps", "--colour");
        assertEquals(2, run.exit());
        assertEquals("rapport scorecard: unknown option '--colour'\nRun 'rapport scorecard --help' for usage.\n",
                run.err());
    }

    @Test
    void unknownMetric_exit2ListingTheMetrics() throws Exception {
        Run run = rapport("scorecard", "sample.csv", "--metrics", "nps,happiness");
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("rapport scorecard: unknown metric 'happiness'; the metrics are "
                + "abandonment-rate, "), run.err());
    }

    @Test
    void badOptionValues_exit2() throws Exception {
        Run run = rapport("journey", "sample.csv", "--format", "pdf");
        assertEquals(2, run.exit());
        assertEquals("rapport journey: option '--format' must be one of json, dot, mermaid, svg, was 'pdf'\n"
                + "Run 'rapport journey --help' for usage.\n", run.err());
        Run rows = rapport("generate", "--rows", "many");
        assertEquals(2, rows.exit());
        assertTrue(rows.err().startsWith("rapport generate: option '--rows' must be a whole number, was 'many'"));
    }

    //-----------------------------------------------------------------------
    // bad input: exit 1
    //-----------------------------------------------------------------------
    @Test
    void missingLog_exit1NamingTheFile() throws Exception {
        Run run = rapport("scorecard", "nope.csv", "--metrics", "nps");
        assertEquals(1, run.exit());
        assertEquals("rapport scorecard: cannot read nope.csv: no such file or directory\n", run.err());
    }

    @Test
    void malformedRow_exit1NamingFileLineAndValue() throws Exception {
        List<String> lines = Files.readAllLines(sample).subList(0, 3);
        List<String> bad = new ArrayList<>(lines);
        bad.add("i-9,c-9,,yesterday,web-landing,awareness,web,automated,,74,resolved,,first-timer,customer,,,,,,,,,,");
        Files.write(dir.resolve("bad.csv"), bad);
        Run run = rapport("scorecard", "bad.csv", "--metrics", "nps");
        assertEquals(1, run.exit());
        assertEquals("rapport scorecard: bad.csv line 4: unparseable timestamp 'yesterday'\n", run.err());
    }

    @Test
    void invalidJourneyMap_exit1NamingTheJsonPath() throws Exception {
        Files.writeString(dir.resolve("map.json"), "{\"id\": \"x\"}");
        Run run = rapport("journey", "sample.csv", "--map", "map.json");
        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith("rapport journey: map.json line 1"), run.err());
        assertTrue(run.err().contains("missing required property 'name'"), run.err());
    }

    //-----------------------------------------------------------------------
    // success: exit 0
    //-----------------------------------------------------------------------
    @Test
    void help_onEveryCommand() throws Exception {
        for (String command : List.of("demo", "generate", "scorecard", "journey", "survey", "report", "kano")) {
            Run run = rapport(command, "--help");
            assertEquals(0, run.exit(), command);
            assertTrue(run.out().startsWith("Usage: rapport " + command), run.out());
        }
    }

    @Test
    void scorecardJson_hasTheDocumentedFields() throws Exception {
        Run run = rapport("scorecard", "sample.csv", "--metrics", "nps,abandonment-rate", "--by", "channel",
                "--json");
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        JsonNode root = RapportJson.mapper().readTree(run.out());
        assertEquals(RapportJson.FORMAT_VERSION, root.get("format_version").asInt());
        assertEquals(2000, root.get("import").get("accepted").asLong());
        assertEquals("nps", root.get("metrics").get(0).asString());
        assertEquals(2000, root.get("overall").get("abandonment-rate").get("sample_size").asLong());
        assertEquals("channel", root.get("breakdowns").get(0).get("by").asString());
        assertTrue(root.get("breakdowns").get(0).get("groups").get("phone").get("nps").has("lower"));
    }

    @Test
    void journey_jsonWithConformanceAndDot() throws Exception {
        Files.writeString(dir.resolve("retail-map.json"), SampleData.journeyMap().toJson());
        Run json = rapport("journey", "sample.csv", "--map", "retail-map.json", "--top", "3");
        assertEquals(0, json.exit(), json.err());
        JsonNode root = RapportJson.mapper().readTree(json.out());
        double fitness = root.get("conformance").get("fitness").asDouble();
        assertTrue(fitness > 0.5 && fitness < 1, "fitness " + fitness);
        assertEquals(3, root.get("discovery").get("variants").size());
        assertEquals(List.of("format_version", "import", "grouping", "journeys", "discovery", "conformance"),
                names(root));
        assertEquals(List.of("source", "rows_read", "accepted", "rejected"), names(root.get("import")));
        assertEquals(List.of("pairs", "distinct_variants", "starts", "ends", "edges", "variants"),
                names(root.get("discovery")));
        assertEquals(List.of("touchpoint", "count"), names(root.get("discovery").get("starts").get(0)));
        long started = 0;
        for (JsonNode start : root.get("discovery").get("starts")) {
            started += start.get("count").asLong();
        }
        assertEquals(root.get("journeys").asLong(), started);
        assertEquals(List.of("from", "to", "count", "median_seconds"), names(root.get("discovery").get("edges").get(0)));
        assertEquals(List.of("touchpoints", "count"), names(root.get("discovery").get("variants").get(0)));
        assertEquals(List.of("fitness", "mean_fitness", "fitting_journeys", "repeat_contacts", "starting_outside_entry",
                "ending_outside_exit", "unexpected_transitions", "skipped_stages"), names(root.get("conformance")));
        Run dot = rapport("journey", "sample.csv", "--format", "dot");
        assertEquals(0, dot.exit(), dot.err());
        assertTrue(dot.out().startsWith("digraph"), dot.out());
    }

    @Test
    void jsonLinesAndXes_areReadByTheirExtension() throws Exception {
        List<String> lines = new ArrayList<>();
        var oneLine = RapportJson.mapper().writer().without(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT);
        SampleData.of(300).interactions().forEach(i -> lines.add(oneLine.writeValueAsString(i)));
        Files.write(dir.resolve("sample.jsonl"), lines);
        Run jsonLines = rapport("scorecard", "sample.jsonl", "--metrics", "resolution-rate", "--json");
        assertEquals(0, jsonLines.exit(), jsonLines.err());
        assertEquals(300, RapportJson.mapper().readTree(jsonLines.out()).get("import").get("accepted").asLong());
        Files.copy(Path.of("src/test/resources/logs/returns.xes"), dir.resolve("returns.xes"));
        Run xes = rapport("journey", "returns.xes", "--by", "case");
        assertEquals(0, xes.exit(), xes.err());
        JsonNode root = RapportJson.mapper().readTree(xes.out());
        assertEquals(4, root.get("import").get("accepted").asLong());
        assertEquals(2, root.get("journeys").asLong());
        assertEquals(2, root.get("discovery").get("pairs").asLong());
        // case-101: help-centre then store-returns; case-102: phone-support then phone-specialist
        assertEquals(2, root.get("discovery").get("distinct_variants").asLong());
        assertEquals("[{\"touchpoint\":\"help-centre\",\"count\":1},{\"touchpoint\":\"phone-support\",\"count\":1}]",
                root.get("discovery").get("starts").toString());
        assertEquals("[{\"touchpoint\":\"phone-specialist\",\"count\":1},{\"touchpoint\":\"store-returns\",\"count\":1}]",
                root.get("discovery").get("ends").toString());
        Run unknown = rapport("journey", "sample.parquet");
        assertEquals(1, unknown.exit());
        assertEquals("rapport journey: cannot read sample.parquet: no such file or directory\n", unknown.err());
    }

    //-----------------------------------------------------------------------
    // an airline survey export: every rated dimension in the table and by name; figures counted by hand
    //-----------------------------------------------------------------------
    @Test
    void survey_airlineExport_tableJsonAndDimensionMetricsByName() throws Exception {
        Files.copy(Path.of("src/test/resources/logs/airline-survey.csv"), dir.resolve("airline-survey.csv"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Run table = rapport("survey", "airline-survey.csv");
        assertEquals(0, table.exit(), table.err());
        assertTrue(table.out().startsWith("airline-survey.csv: 16 rows read, 16 accepted, 0 rejected\n"), table.out());
        // 11 ratings of baggage handling summing to 38, 6 of them 4 or 5; 4 "not applicable" (0, N/A, Not Applicable)
        assertTrue(table.out().contains("baggage-handling             11     4  3.45 (2.54-4.37)       "
                + "0.545 (0.280-0.787)      1/2/2/3/3"), table.out());
        assertTrue(table.out().endsWith("key drivers of csat: pairwise\n"), table.out());

        Run json = rapport("survey", "airline-survey.csv", "--json", "--deletion", "complete-cases");
        assertEquals(0, json.exit(), json.err());
        JsonNode root = RapportJson.mapper().readTree(json.out());
        assertEquals(List.of("format_version", "import", "outcome", "deletion", "dimensions"), names(root));
        assertEquals(16, root.get("import").get("accepted").asLong());
        assertEquals("complete-cases", root.get("deletion").asString());
        JsonNode wifi = root.get("dimensions").get(3);
        assertEquals(List.of("dimension", "rated", "not_applicable", "mean", "top_two_box", "distribution",
                "correlation", "quadrant", "key_driver_weight"), names(wifi));
        assertEquals("inflight-wifi-service", wifi.get("dimension").asString());
        assertEquals(2, wifi.get("not_applicable").asLong());
        assertEquals(37 / 13.0, wifi.get("mean").get("value").asDouble(), 1e-12);
        assertEquals("[3,3,2,3,2]", wifi.get("distribution").toString());
        assertEquals("concentrate-here", wifi.get("quadrant").asString());
        assertTrue(wifi.get("key_driver_weight").isNull()); // 6 complete cases are too few for 5 weights

        Run metrics = rapport("scorecard", "airline-survey.csv", "--metrics",
                "rating-mean:baggage-handling,rating-top-two:gate-location,rating-mean:seat-comfort", "--json");
        assertEquals(0, metrics.exit(), metrics.err());
        JsonNode overall = RapportJson.mapper().readTree(metrics.out()).get("overall");
        assertEquals(38 / 11.0, overall.get("rating-mean:baggage-handling").get("value").asDouble(), 1e-12);
        assertEquals(6 / 14.0, overall.get("rating-top-two:gate-location").get("value").asDouble(), 1e-12);
        assertEquals(0, overall.get("rating-mean:seat-comfort").get("sample_size").asLong());

        Run malformed = rapport("scorecard", "airline-survey.csv", "--metrics", "rating-average:gate-location");
        assertEquals(2, malformed.exit());
        assertTrue(malformed.err().startsWith("rapport scorecard: unknown metric 'rating-average:gate-location'; "
                + "the metrics are abandonment-rate, "), malformed.err());
        assertTrue(malformed.err().contains(", rating-mean:<dimension>, "), malformed.err());
    }

    @Test
    void survey_logWithoutRatings_exit1SayingSo() throws Exception {
        Files.writeString(dir.resolve("calls.csv"), "interaction_id,customer_id,timestamp,touchpoint,channel,outcome,csat\n"
                + "c1,u1,2026-03-02T09:00:00Z,billing,phone,resolved,4\n"
                + "c2,u2,2026-03-02T09:05:00Z,billing,phone,abandoned,\n");
        Run run = rapport("survey", "calls.csv");
        assertEquals(1, run.exit());
        assertEquals("rapport survey: calls.csv: 2 rows read, 2 accepted, 0 rejected; no service dimension "
                + "is rated (no rating_<dimension> column with an answer)\n", run.err());
    }

    @Test
    void reportAndSvg_forYourOwnLogAndMap() throws Exception {
        Files.writeString(dir.resolve("own-map.json"), SampleData.journeyMap().toJson());
        Run report = rapport("report", "sample.csv", "--map", "own-map.json", "--stage", "support", "--out",
                "own.html");
        assertEquals(0, report.exit(), report.err());
        assertTrue(report.out().startsWith("sample.csv: 2,000 rows read, 2,000 accepted, 0 rejected"), report.out());
        assertTrue(Files.readString(dir.resolve("own.html")).contains("<h2>Conformance: journeys against the map</h2>"));
        Run svg = rapport("journey", "sample.csv", "--map", "own-map.json", "--format", "svg");
        assertEquals(0, svg.exit(), svg.err());
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(svg.out().getBytes(StandardCharsets.UTF_8)));
        assertTrue(svg.out().contains(" visits"), svg.out());
        Run noMap = rapport("journey", "sample.csv", "--format", "svg");
        assertEquals(2, noMap.exit());
        assertEquals("rapport journey: --format svg draws the journey map: give --map FILE\n"
                + "Run 'rapport journey --help' for usage.\n", noMap.err());
    }

    @Test
    void demo_writesTheReportAndPrintsTheSummary() throws Exception {
        Run run = rapport("demo", "--rows", "3000", "--out", "demo");
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().contains("Service quality (support contacts), 2026-Q3"), run.out());
        assertTrue(run.out().contains("Journeys against the map:"), run.out());
        assertTrue(run.out().contains("Report: file:"), run.out());
        assertTrue(Files.size(dir.resolve("demo").resolve("report.html")) > 10_000);
        assertEquals(3001, Files.readAllLines(dir.resolve("demo").resolve("interactions.csv")).size());
    }
}
