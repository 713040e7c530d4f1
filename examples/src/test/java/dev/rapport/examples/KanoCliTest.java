package dev.rapport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.core.RapportJson;
import dev.rapport.examples.internal.Terminal;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code rapport kano} and {@code rapport report --kano} on the helpdesk app's Kano survey export. */
class KanoCliTest {

    static final String EXPORT = Path.of("..", "metrics", "src", "test", "resources", "kano",
            "helpdesk-app-kano.csv").toString();

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run rapport(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Rapport.run(List.of(args), new Terminal(o, e, false));
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void kano_table_summaryThenOneRowPerFeature() {
        Run run = rapport("kano", EXPORT);
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(EXPORT + ": 240 rows read, 240 accepted, 0 rejected", lines.get(0));
        assertEquals("", lines.get(1));
        assertEquals("feature                        n  unknown   A   O   M   I   R  Q  category         CS+ (95% CI) "
                + "        CS- (95% CI)            strength  flag", lines.get(2));
        assertEquals("Order number remembered       39        1   2   9  21   6   0  1  must-be          0.29 (0.17 to "
                + "0.45)  -0.79 (-0.89 to -0.64)      0.31", lines.get(5));
        assertEquals(9, lines.size());
    }

    @Test
    void kano_locale_tableInThatLanguage() {
        Run run = rapport("kano", EXPORT, "--locale", "lt");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("funkcija"), run.out());
        assertTrue(run.out().contains("privaloma   0,29 (nuo 0,17 iki 0,45)"), run.out());
        assertTrue(run.out().contains("artima: patraukli/abejinga"), run.out());
    }

    @Test
    void kano_json_documentedFieldsPerFeature() {
        Run run = rapport("kano", EXPORT, "--json");
        assertEquals(0, run.exit(), run.err());
        JsonNode root = RapportJson.mapper().readTree(run.out());
        assertEquals(RapportJson.FORMAT_VERSION, root.get("format_version").asInt());
        assertEquals(240, root.get("import").get("accepted").asInt());
        JsonNode video = root.get("features").get(5);
        assertEquals(List.of("feature", "n", "unknown", "counts", "category", "runner_up", "quadrant", "cs_plus",
                "cs_minus", "top_two_difference", "distinct", "category_strength", "total_strength"),
                RapportCliTest.names(video));
        assertEquals("Video support", video.get("feature").asString());
        assertEquals(14, video.get("counts").get("A").asInt());
        assertEquals("attractive", video.get("category").asString());
        assertEquals("indifferent", video.get("runner_up").asString());
        assertEquals(false, video.get("distinct").asBoolean());
        assertEquals(19.0 / 34, video.get("cs_plus").get("value").asDouble(), 1e-12);
        assertEquals("wilson", video.get("cs_minus").get("method").asString());
    }

    @Test
    void kano_svg_writesTheChart() throws Exception {
        Path svg = dir.resolve("kano.svg");
        Run run = rapport("kano", EXPORT, "--svg", svg.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.readString(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    }

    @Test
    void kano_badInput_exit1WithTheReason() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "respondent_id,feature,functional,dysfunctional\nr-1,Live chat,like,often\n");
        Run run = rapport("kano", bad.toString());
        assertEquals(1, run.exit());
        assertEquals("rapport kano: " + bad + " line 2: dysfunctional: 'often' is not a Kano answer; expected like, "
                + "expect, neutral, live-with, dislike or a code 1 to 5\n", run.err());
        Path empty = dir.resolve("empty.jsonl");
        Files.writeString(empty, "\n");
        run = rapport("kano", empty.toString());
        assertEquals(1, run.exit());
        assertEquals("rapport kano: " + empty + ": 0 rows read, 0 accepted, 0 rejected; no Kano answers to analyse\n",
                run.err());
        run = rapport("kano", dir.resolve("answers.xlsx").toString());
        assertEquals(1, run.exit());
    }

    @Test
    void kano_noFile_exit2() {
        Run run = rapport("kano");
        assertEquals(2, run.exit());
        assertEquals("rapport kano: missing the Kano answers file (FILE)\nRun 'rapport kano --help' for usage.\n",
                run.err());
    }

    @Test
    void report_withKano_hasTheSectionAndTheChart() throws Exception {
        Path log = dir.resolve("sample.csv");
        SampleData.of(1_500).writeCsv(log);
        Path map = dir.resolve("map.json");
        RapportJson.write(SampleData.journeyMap(), map);
        Path html = dir.resolve("report.html");
        Run run = rapport("report", log.toString(), "--map", map.toString(), "--kano", EXPORT, "--out",
                html.toString());
        assertEquals(0, run.exit(), run.err());
        String page = Files.readString(html);
        assertTrue(page.contains("<section id=\"kano\"><h2>Kano: what delights</h2>"), page);
        assertTrue(page.contains("240 answer pairs about 6 features from " + EXPORT + "."), page);
        assertTrue(page.contains("aria-label=\"Kano chart: satisfaction (CS+) against dissatisfaction (|CS-|)\""));
        assertTrue(page.contains("<td>Video support</td><td>attractive</td><td>0.56 (0.39 to 0.71)</td>"), page);
        Run portuguese = rapport("report", log.toString(), "--map", map.toString(), "--kano", EXPORT, "--out",
                dir.resolve("pt.html").toString(), "--locale", "pt");
        assertEquals(0, portuguese.exit(), portuguese.err());
        String pt = Files.readString(dir.resolve("pt.html"));
        assertTrue(pt.contains("<h2>Kano: o que encanta</h2>"), pt);
        assertTrue(pt.contains("<td>Video support</td><td>atrativa</td><td>0,56 (0,39 a 0,71)</td>"), pt);
        Run without = rapport("report", log.toString(), "--map", map.toString(), "--out",
                dir.resolve("plain.html").toString());
        assertEquals(0, without.exit(), without.err());
        assertTrue(!Files.readString(dir.resolve("plain.html")).contains("id=\"kano\""));
    }
}
