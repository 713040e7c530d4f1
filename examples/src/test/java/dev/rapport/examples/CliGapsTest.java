package dev.rapport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.core.RapportJson;
import dev.rapport.core.Stage;
import dev.rapport.examples.internal.Terminal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's smaller gaps of issue 17 #6: each test failed before its fix. */
class CliGapsTest {

    private static final String HEADER = "interaction_id,customer_id,case_id,timestamp,touchpoint,stage,channel,mode,"
            + "wait_seconds,handle_seconds,outcome,agent,segment,nps\n";

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Rapport.run(List.of(args), new Terminal(o, e, false));
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    //-----------------------------------------------------------------------
    // report --stage
    //-----------------------------------------------------------------------
    @Test
    void report_unknownStage_usageErrorNamingTheStages() throws IOException {
        Path log = dir.resolve("sample.csv");
        SampleData.of(50).writeCsv(log);
        Path map = write("map.json", SampleData.journeyMap().toJson());
        Run run = run("report", log.toString(), "--map", map.toString(), "--stage", "suport", "--out",
                dir.resolve("r.html").toString());
        assertEquals(2, run.exit(), run.err());
        assertEquals("rapport report: unknown stage 'suport'; the map's stages are "
                + SampleData.journeyMap().stages().stream().map(Stage::id).collect(Collectors.joining(", ")) + "\n"
                + "Run 'rapport report --help' for usage.\n", run.err());
        assertFalse(Files.exists(dir.resolve("r.html")));
    }

    //-----------------------------------------------------------------------
    // files that are not regular files
    //-----------------------------------------------------------------------
    @Test
    void scorecard_directory_saysItIsADirectory() {
        Run run = run("scorecard", dir.toString(), "--metrics", "nps");
        assertEquals(1, run.exit());
        assertEquals("rapport scorecard: cannot read " + dir + ": it is a directory\n", run.err());
    }

    @Test
    void scorecard_fifo_saysItIsNotARegularFile() throws Exception {
        Path fifo = dir.resolve("contacts.csv");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mkfifo.waitFor());
        Run run = run("scorecard", fifo.toString(), "--metrics", "nps");
        assertEquals(1, run.exit());
        assertEquals("rapport scorecard: cannot read " + fifo + ": not a regular file (a pipe or a device); save it "
                + "to a file first\n", run.err());
    }

    //-----------------------------------------------------------------------
    // ids in text output
    //-----------------------------------------------------------------------
    @Test
    void scorecard_controlCharactersInIds_escapedInTextSameInJson() throws IOException {
        String agent = "eve\u001b]0;pwned\u0007\u001b[2J\r\u009b";
        Path log = write("contacts.csv", HEADER + "i1,c1,k1,2026-01-05T09:00:00Z,faq,support,web,human,1,1,resolved,\""
                + agent + "\",,9\n");
        Run text = run("scorecard", log.toString(), "--metrics", "nps", "--by", "agent");
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().contains("eve\\u001b]0;pwned\\u0007\\u001b[2J\\u000d\\u009b"), text.out());
        assertTrue(text.out().chars().noneMatch(c -> c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f), text.out());
        Run json = run("scorecard", log.toString(), "--metrics", "nps", "--by", "agent", "--json");
        assertEquals(0, json.exit(), json.err());
        var groups = RapportJson.mapper().readTree(json.out()).get("breakdowns").get(0).get("groups");
        assertTrue(groups.has(agent), json.out());
    }

    @Test
    void scorecard_megabyteAgentId_tableKeyColumnCapped() throws IOException {
        String agent = "a".repeat(1_000_000);
        Path log = write("contacts.csv", HEADER + "i1,c1,k1,2026-01-05T09:00:00Z,faq,support,web,human,1,1,resolved,"
                + agent + ",,9\ni2,c2,k2,2026-01-05T09:00:00Z,faq,support,web,human,1,1,resolved,bob,,9\n");
        Run run = run("scorecard", log.toString(), "--metrics", "nps", "--by", "agent");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().length() < 2_000, () -> run.out().length() + " characters");
        assertTrue(run.out().contains("\n" + "a".repeat(39) + "…  "), run.out());
        assertTrue(run.out().contains("\nbob" + " ".repeat(37) + "  "), run.out());
    }
}
