package dev.rapport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.rapport.examples.internal.Terminal;
import dev.rapport.metrics.MetricRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wall: every command over every log in the repository's test corpora, and over hostile files written here,
 * ends with exit 0, 1 or 2, with nothing on standard error after success and one message after a failure (its
 * first line naming the command, then at most the import summary's rejected rows indented under it, or the usage
 * hint); never an exception escaping, never a stack trace. Run in this JVM through
 * {@link Rapport#run(List, Terminal)}, as {@code main} runs it.
 */
class CliWallTest {

    @TempDir
    Path dir;

    private record Outcome(int exit, String err) {
    }

    private static Outcome run(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Rapport.run(args, new Terminal(o, e, false));
        } catch (RuntimeException | Error e) {
            throw new AssertionError("rapport " + String.join(" ", args) + " threw " + e, e);
        }
        return new Outcome(exit, err.toString(StandardCharsets.UTF_8));
    }

    /** Every log file under the modules' test resources (the corpora written by hand for the readers' tests). */
    private static List<Path> corpus() {
        try (Stream<Path> files = Files.walk(Path.of(".."), 6)) {
            return files.filter(p -> p.toString().contains("src" + java.io.File.separator + "test"
                    + java.io.File.separator + "resources")).filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches(".*\\.(csv|jsonl|ndjson|xes)(\\.gz)?"))
                    .sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Files a hostile or careless exporter writes. */
    private List<Path> hostile() throws IOException {
        String header = "interaction_id,customer_id,case_id,timestamp,touchpoint,stage,channel,mode,wait_seconds,"
                + "handle_seconds,outcome\n";
        List<Path> files = new ArrayList<>();
        files.add(write("empty.csv", ""));
        files.add(write("header-only.csv", header));
        files.add(write("long-wait.csv", header + "a,c,k,2026-01-05T09:00:00Z,faq,support,web,human,2147483.648,1,resolved\n"
                + "b,c,k,2026-01-05T09:10:00Z,faq,support,web,human,9.2e9,1,resolved\n"
                + "c,c,k,2026-01-05T09:20:00Z,faq,support,web,human,5,1,resolved\n"));
        files.add(write("far-future.csv", header + "a,c,k,+300000000-01-01T00:00:00Z,faq,support,web,human,1,1,resolved\n"
                + "b,c,k,2026-01-05T09:10:00Z,faq,support,web,human,1,1,resolved\n"));
        files.add(write("typo-year.csv", header + "a,c,k,0026-01-05T09:00:00Z,faq,support,web,human,,,unresolved\n"
                + "b,c,k,2026-01-06T09:00:00Z,phone-support,support,phone,human,30,200,resolved\n"));
        files.add(write("control.csv", header + "a\u001b[2J,c\u0007,k,2026-01-05T09:00:00Z,faq,support,web,human,1,1,resolved\n"));
        files.add(write("ragged.csv", header + "a,c,k,2026-01-05T09:00:00Z,faq\n\"unterminated,c,k\n"));
        files.add(write("binary.csv", "\u0000\u0001\u0002PK\u0003\u0004"));
        files.add(write("garbage.jsonl", "{\"interaction_id\": [1, 2]}\nnot json\n{}\n"));
        files.add(write("garbage.xes", "<log><trace><event><string key=\"concept:name\" value=\"x\"/></event>"));
        Path notUtf8 = dir.resolve("latin1.csv");
        Files.write(notUtf8, (header + "a,c,k,2026-01-05T09:00:00Z,caf\u00e9,support,web,human,1,1,resolved\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        files.add(notUtf8);
        return files;
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static void check(List<String> args, Outcome outcome) {
        String command = "rapport " + String.join(" ", args);
        assertTrue(outcome.exit() >= 0 && outcome.exit() <= 2, command + " exited " + outcome.exit());
        if (outcome.exit() == 0) {
            assertEquals("", outcome.err(), command);
            return;
        }
        // one message: its first line names the command; an import summary may list up to 20 rejected rows
        // indented under it; a usage error adds the --help hint
        List<String> lines = outcome.err().lines().toList();
        assertTrue(!lines.isEmpty() && lines.size() <= 22, command + " wrote " + lines.size() + " lines: " + lines);
        assertTrue(lines.get(0).startsWith("rapport "), command + ": " + lines);
        for (String line : lines.subList(1, lines.size())) {
            assertTrue(line.startsWith("  ") || line.startsWith("Run 'rapport "), command + ": " + lines);
        }
        for (String line : lines) {
            if (line.startsWith("\tat ") || line.contains("Exception:") || line.contains("Error:")) {
                fail(command + " printed a stack trace: " + lines);
            }
        }
    }

    @Test
    void everyCommandOverEveryFile_exitsWithOneMessageAtMost() throws IOException {
        Path map = dir.resolve("map.json");
        Files.writeString(map, SampleData.journeyMap().toJson());
        String metrics = String.join(",", MetricRegistry.builtIn().names());
        List<Path> files = new ArrayList<>(corpus());
        assertTrue(files.size() >= 15, "the corpus is missing: " + files);
        files.addAll(hostile());
        int runs = 0;
        for (Path file : files) {
            String log = file.toString();
            List<List<String>> commands = List.of(
                    List.of("scorecard", log, "--metrics", metrics, "--by", "channel,agent"),
                    List.of("scorecard", log, "--metrics", metrics, "--by", "stage,week", "--lenient"),
                    List.of("scorecard", log, "--metrics", "nps,wait-p90", "--json", "--lenient",
                            "--where", "outcome!=abandoned"),
                    List.of("journey", log, "--by", "case"),
                    List.of("journey", log, "--format", "mermaid", "--lenient"),
                    List.of("report", log, "--map", map.toString(), "--out", dir.resolve("r.html").toString(),
                            "--lenient"));
            for (List<String> args : commands) {
                check(args, run(args));
                runs++;
            }
        }
        assertEquals(files.size() * 6, runs);
    }
}
