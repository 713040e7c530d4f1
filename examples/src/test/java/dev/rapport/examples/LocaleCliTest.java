package dev.rapport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.core.Messages;
import dev.rapport.examples.internal.Terminal;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --locale}: the texts for people change with it, the machine formats never do. */
class LocaleCliTest {

    @TempDir
    static Path dir;
    static String sample;

    record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void writeSample() {
        Path file = dir.resolve("sample.csv");
        SampleData.of(1_500).writeCsv(file);
        sample = file.toString();
    }

    /** Runs in this JVM with a terminal in the given locale, as the environment would give it. */
    static Run rapport(Locale environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Terminal terminal = new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, environment);
        int exit = Rapport.run(Arrays.asList(args), terminal);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static String[] with(String[] args, String... more) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(Arrays.asList(more));
        return all.toArray(String[]::new);
    }

    @Test
    void jsonOutput_isByteIdenticalUnderEveryLocale() {
        List<String[]> commands = List.of(
                new String[] {"scorecard", sample, "--metrics", "nps,csat,resolution-rate,wait-p90", "--by", "channel",
                    "--json"},
                new String[] {"scorecard", sample, "--metrics", "nps,fcr", "--by", "stage", "--json"},
                new String[] {"journey", sample},
                new String[] {"survey", sample, "--json"});
        for (String[] command : commands) {
            Run english = rapport(Locale.ENGLISH, command);
            assertEquals(0, english.exit(), english.err());
            for (Locale language : Messages.LANGUAGES) {
                Run localized = rapport(Locale.ENGLISH, with(command, "--locale", language.toLanguageTag()));
                assertEquals(english.out(), localized.out(), language + " " + String.join(" ", command));
                Run environment = rapport(language, command);
                assertEquals(english.out(), environment.out(), language + " " + String.join(" ", command));
            }
        }
    }

    @Test
    void locale_changesTheSummaryAndTable() {
        Run lt = rapport(Locale.ENGLISH, "scorecard", sample, "--metrics", "csat", "--locale", "lt");
        assertEquals(0, lt.exit(), lt.err());
        assertTrue(lt.out().contains(": 1\u00a0500 eilučių perskaityta, 1\u00a0500 eilučių priimta, 0 eilučių atmesta"),
                lt.out());
        assertTrue(lt.out().startsWith(sample), lt.out());
        Run ro = rapport(Locale.ENGLISH, "scorecard", sample, "--metrics", "csat", "--locale=ro");
        assertTrue(ro.out().contains(": 1.500 de rânduri citite, 1.500 de rânduri acceptate, 0 rânduri respinse"),
                ro.out());
        Run pt = rapport(Locale.ENGLISH, "scorecard", sample, "--metrics", "csat", "--locale", "pt-PT");
        assertTrue(pt.out().contains("todos"), pt.out());
    }

    @Test
    void environmentLocale_isTheDefault() {
        Run it = rapport(Locale.ITALY, "scorecard", sample, "--metrics", "csat");
        assertTrue(it.out().contains(": 1.500 righe lette, 1.500 accettate, 0 rifiutate"), it.out());
        Run german = rapport(Locale.GERMANY, "scorecard", sample, "--metrics", "csat");
        assertTrue(german.out().contains(": 1,500 rows read, 1,500 accepted, 0 rejected"), german.out());
    }

    @Test
    void unknownLanguage_isABadUsage() {
        Run run = rapport(Locale.ENGLISH, "scorecard", sample, "--metrics", "csat", "--locale", "de");
        assertEquals(Rapport.BAD_USAGE, run.exit());
        assertEquals("rapport scorecard: option '--locale' must be a language tag of en, pt, ms, it, lt, ro (e.g. "
                + "pt-PT), was 'de'", run.err().lines().findFirst().orElseThrow());
        Run missing = rapport(Locale.ENGLISH, "scorecard", sample, "--metrics", "csat", "--locale");
        assertEquals("rapport scorecard: option '--locale' needs a value", missing.err().lines().findFirst()
                .orElseThrow());
        Run twice = rapport(Locale.ENGLISH, "scorecard", sample, "--metrics", "csat", "--locale", "lt",
                "--locale=ro");
        assertEquals("rapport scorecard: option '--locale' given twice", twice.err().lines().findFirst()
                .orElseThrow());
    }
}
