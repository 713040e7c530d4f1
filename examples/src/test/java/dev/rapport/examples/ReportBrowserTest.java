package dev.rapport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rapport.examples.internal.Terminal;
import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the demo's HTML report in headless Chromium: the page must render (a screenshot with many colours) and
 * carry every section's heading in its DOM. Skipped, saying so, only where no Chromium binary is installed
 * (examples/ci/install-chromium.sh installs Debian's package).
 */
class ReportBrowserTest {

    private static final List<String> CANDIDATES =
            List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");

    @TempDir
    static Path dir;
    static Path report;

    @BeforeAll
    static void writeReport() {
        Terminal quiet = new Terminal(new PrintStream(OutputStream.nullOutputStream()), System.err, false);
        assertEquals(0, Rapport.run(List.of("demo", "--rows", "5000", "--out", dir.resolve("demo").toString()), quiet));
        report = dir.resolve("demo").resolve("report.html");
    }

    static Optional<String> chromium() {
        return CANDIDATES.stream().filter(c -> Files.isExecutable(Path.of(c))).findFirst();
    }

    static String run(String browser, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(browser, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + Files.createTempDirectory(dir, "profile")));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "chromium", ".out");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "chromium did not finish");
        assertEquals(0, process.exitValue(), "chromium exit code");
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    @Test
    void screenshot_isNotBlank() throws Exception {
        Optional<String> browser = chromium();
        assumeTrue(browser.isPresent(), "no Chromium binary in " + CANDIDATES + ": run examples/ci/install-chromium.sh");
        Path png = dir.resolve("report.png");
        run(browser.get(), "--screenshot=" + png, "--window-size=1280,2000", report.toUri().toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1280, image.getWidth());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 200, "only " + colours.size() + " distinct colours: the page looks blank");
    }

    @Test
    void dom_hasEverySection() throws Exception {
        Optional<String> browser = chromium();
        assumeTrue(browser.isPresent(), "no Chromium binary in " + CANDIDATES + ": run examples/ci/install-chromium.sh");
        String dom = run(browser.get(), "--dump-dom", report.toUri().toString());
        for (String heading : List.of("<h1>Service quality (support contacts), 2026-Q3</h1>", "<h2>At a glance</h2>",
                "<h2>Scorecard: 2026-Q3 against 2026-Q2</h2>", "<h2>Journey map: ",
                "<h2>Importance and performance of the service dimensions</h2>", "<h2>Customers at risk in 2026-Q3",
                "<h2>By touchpoint, 2026-Q3</h2>", "<h2>By channel, 2026-Q3</h2>",
                "<h2>Funnel: how far customers get</h2>", "<h2>Directly-follows graph: what customers actually did</h2>",
                "<h2>Conformance: journeys against the map</h2>")) {
            assertTrue(dom.contains(heading), "missing " + heading);
        }
        assertTrue(dom.contains("<svg"), "no SVG in the DOM");
    }

    @Test
    void report_fetchesNothingFromTheNetwork() throws Exception {
        String html = Files.readString(report);
        for (String reference : List.of("src=\"http", "href=\"http", "url(http", "@import", "<script", "<link")) {
            assertFalse(html.contains(reference), "the report refers outside itself: " + reference);
        }
    }
}
