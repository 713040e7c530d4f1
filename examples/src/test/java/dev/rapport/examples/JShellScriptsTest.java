package dev.rapport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the JShell scripts in examples/jshell with the real {@code jshell} tool, exactly as the README says:
 * {@code jshell --class-path "$(cat examples/target/classpath.txt)" examples/jshell/startup.jsh <script>}, and
 * checks what they print, so that they never rot.
 */
class JShellScriptsTest {

    private static final Path JSHELL = Path.of(System.getProperty("java.home"), "bin", "jshell");
    private static final Path SCRIPTS = Path.of("jshell").toAbsolutePath();

    static String jshell(String input, String... scripts) throws IOException, InterruptedException {
        String classPath = Files.readString(Path.of("target", "classpath.txt")).trim();
        List<String> command = new ArrayList<>(List.of(JSHELL.toString(), "--class-path", classPath,
                SCRIPTS.resolve("startup.jsh").toString()));
        for (String script : scripts) {
            command.add(SCRIPTS.resolve(script).toString());
        }
        Path in = Files.createTempFile("jshell", ".in");
        Path out = Files.createTempFile("jshell", ".out");
        Files.writeString(in, input);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectInput(in.toFile())
                .redirectOutput(out.toFile()).start();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "jshell did not finish");
        String output = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);
        assertFalse(output.contains("Error:"), output);
        assertFalse(output.contains("Exception"), output);
        return output;
    }

    @Test
    void classpathFile_namesEveryModule() throws IOException {
        String classPath = Files.readString(Path.of("target", "classpath.txt"));
        for (String module : List.of("examples", "core", "journey", "metrics")) {
            assertTrue(classPath.contains(module + "/target/"), module + " missing from " + classPath);
        }
    }

    @Test
    void journeyMapScript_printsEntryPointsPathsAndMermaid() throws Exception {
        String output = jshell("", "01-journey-map.jsh");
        assertTrue(output.contains("entry points: [order-page]"), output);
        assertTrue(output.contains("paths: [[order-page, returns-form, refund-email], "
                + "[order-page, returns-desk, refund-email]]"), output);
        assertTrue(output.contains("read back equal: true"), output);
        assertTrue(output.contains("    Refund email: 5: Online shopper"), output);
    }

    @Test
    void loadDataScript_importsEveryRowAndChecksFitness() throws Exception {
        String output = jshell("", "02-load-data.jsh");
        assertTrue(output.contains("5000 rows read, 5000 accepted"), output);
        assertTrue(output.contains("1187 customer journeys"), output);
        assertTrue(output.contains("fitness against the designed journey: 0.8"), output);
    }

    @Test
    void scorecardScript_findsAbandonmentWorse() throws Exception {
        String output = jshell("", "03-scorecard.jsh");
        assertTrue(output.contains("Contact centre (weighted-average): overall"), output);
        assertTrue(output.contains("by channel"), output);
        assertTrue(output.lines().anyMatch(l -> l.startsWith("abandonment-rate") && l.endsWith("worse")), output);
    }

    @Test
    void customScoringScript_scoresAllOrNothing() throws Exception {
        String output = jshell("", "04-custom-scoring.jsh");
        assertTrue(output.contains("Phone line (all-or-nothing): overall 50.0"), output);
        assertTrue(output.contains("weakest link instead: "), output);
    }

    @Test
    void reportScript_printsTheSummaryAndWritesTheReport() throws Exception {
        String output = jshell("", "05-report.jsh");
        assertTrue(output.contains("Service quality (support contacts), 2026-Q3"), output);
        assertTrue(output.contains("Key drivers of CSAT: reliability"), output);
        assertTrue(output.contains("report written: true"), output);
    }

    @Test
    void bulkColumnsScript_sameScorecardAndGraphAsPerObject() throws Exception {
        String output = jshell("", "06-bulk-columns.jsh");
        assertTrue(output.contains("200000 rows read, 200000 accepted, 0 rejected"), output);
        assertTrue(output.contains("Contact centre (weighted-average): overall"), output);
        assertTrue(output.contains("by channel"), output);
        assertTrue(output.contains("states of [nps, transfer-rate] by [CHANNEL]"), output);
        assertTrue(output.contains("directly-follows pairs"), output);
        assertTrue(output.contains("scorecard same as per object: true"), output);
        assertTrue(output.contains("graph same as per object: true"), output);
    }

    @Test
    void kanoScript_classifiesTheHelpdeskSurveyAndDrawsTheChart() throws Exception {
        String output = jshell("", "07-kano.jsh");
        assertTrue(output.contains("like / live-with: ATTRACTIVE"), output);
        assertTrue(output.contains("helpdesk-app-kano.csv: 240 rows read, 240 accepted, 0 rejected"), output);
        assertTrue(output.contains("Queue position in the app     38        2  22   6   2   7   0  1  attractive"),
                output);
        assertTrue(output.contains("close: attractive/indifferent"), output);
        assertTrue(output.contains("merged tally same as one pass: true"), output);
        assertTrue(output.contains("chart written: true"), output);
        assertTrue(output.contains("funcionalidade"), output);
    }

    @Test
    void interactiveSession_echoesValuesAsInTheReadme() throws Exception {
        String output = jshell("""
                var faq = Touchpoint.of("faq", Channel.WEB, Stage.SUPPORT).withMode(Mode.AUTOMATED)
                NetPromoterScore.of(10, 9, 9, 7, 3, 6).estimate()
                SampleData.of(1_000).interactions().filter(i -> i.outcome() == Outcome.ABANDONED).count()
                /exit
                """);
        assertTrue(output.contains("faq ==> faq (web, AUTOMATED, SUPPORT)"), output);
        assertTrue(output.contains("==> 16.7 (95% CI"), output);
        assertTrue(output.contains("Goodbye"), output);
    }
}
