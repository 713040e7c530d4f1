package dev.rapport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.core.Interaction;
import dev.rapport.core.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTML report in each language, byte for byte against the copy checked in under
 * {@code src/test/resources/golden/report-<lang>.html}. After a deliberate change to the report or a translation,
 * regenerate them and review the diff:
 * <pre>
 * ./mvnw -B -o -q verify -pl examples -am -Dtest=GoldenReportTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Drapport.golden.update=true
 * </pre>
 */
class GoldenReportTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static Report report;

    @BeforeAll
    static void analyse() {
        List<Interaction> interactions = SampleData.of(2_000).withSeed(42).interactions().collect(Collectors.toList());
        report = Report.of(SampleData.journeyMap(), Report.serviceQuality(), interactions).withStage("support");
    }

    @Test
    void reportInEveryLanguage_isTheCheckedInOne() throws IOException {
        for (Locale language : Messages.LANGUAGES) {
            Path golden = GOLDEN.resolve("report-" + language.toLanguageTag() + ".html");
            String html = report.toHtml(language);
            if (Boolean.getBoolean("rapport.golden.update")) {
                Files.createDirectories(GOLDEN);
                Files.writeString(golden, html, StandardCharsets.UTF_8);
            }
            assertEquals(Files.readString(golden, StandardCharsets.UTF_8), html, golden::toString);
            assertTrue(html.contains("<html lang=\"" + language.toLanguageTag() + "\">"), golden::toString);
        }
    }

    @Test
    void region_keepsItsTagAndFormats() {
        String html = report.toHtml(Locale.forLanguageTag("pt-PT"));
        assertTrue(html.contains("<html lang=\"pt-PT\">"));
        assertTrue(html.contains("<h2>Visão geral</h2>"));
    }

    @Test
    void englishReport_isTheDefault() {
        assertEquals(report.toHtml(Locale.ENGLISH), report.toHtml());
        assertEquals(report.toHtml(Locale.ENGLISH), report.toHtml(Locale.GERMAN));
    }
}
