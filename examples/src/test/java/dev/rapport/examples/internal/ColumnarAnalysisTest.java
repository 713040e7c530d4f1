package dev.rapport.examples.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.core.Interaction;
import dev.rapport.data.ColumnsReader;
import dev.rapport.data.EventLogReader;
import dev.rapport.data.ImportResult;
import dev.rapport.data.InteractionColumns;
import dev.rapport.data.InteractionFilter;
import dev.rapport.examples.SampleData;
import dev.rapport.journey.JourneyMap;
import dev.rapport.metrics.MetricRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report computed over columns is the report computed over objects, byte for byte: the HTML and the summary,
 * for a contact centre's export of two quarters (empty waits and handling times, a touchpoint the map does not
 * know, equal timestamps, one-contact customers, detractors at risk) and for generated sample data, with and
 * without a stage and a filter.
 */
class ColumnarAnalysisTest {

    private static final Path EXPORT = Path.of("src/test/resources/logs/contact-centre-q2-q3.csv");
    private static final JourneyMap MAP = SampleData.journeyMap();

    @TempDir
    static Path dir;

    /** Analyses the file over objects and over columns read straight from it; asserts the same outputs. */
    private static String assertSameReport(Path file, InteractionFilter filter, Optional<String> stage) {
        ImportResult imported = EventLogReader.strict().csv(file);
        List<Interaction> kept = imported.interactions().stream().filter(filter).toList();
        InteractionColumns columns = filter.apply(ColumnsReader.strict().csv(file).columns());
        Analysis objects = Analysis.of(MAP, Analysis.serviceQuality(), imported.summary(), kept,
                MetricRegistry.builtIn(), stage);
        Analysis overColumns = Analysis.of(MAP, Analysis.serviceQuality(), imported.summary(), kept, columns,
                MetricRegistry.builtIn(), stage);
        assertEquals(objects.summary(), overColumns.summary());
        String html = HtmlReport.render(objects);
        assertEquals(html, HtmlReport.render(overColumns));
        return html;
    }

    @Test
    void contactCentreExport_sameReportOverColumns() {
        String html = assertSameReport(EXPORT, InteractionFilter.all(), Optional.empty());
        assertTrue(html.contains("<td>C-100</td>"), "C-100 is at risk: a detractor who waited 720 s");
        assertTrue(html.contains("ivr-menu"), "the touchpoint the map lacks is in the directly-follows graph");
    }

    @Test
    void contactCentreExport_oneStage_sameReportOverColumns() {
        assertSameReport(EXPORT, InteractionFilter.all(), Optional.of("support"));
    }

    @Test
    void contactCentreExport_withoutTheUnknownTouchpoint_journeysOverColumnsToo() {
        InteractionFilter known = InteractionFilter.all().where("touchpoint!=ivr-menu");
        assertTrue(JourneyCommand.knowsEvery(MAP, known.apply(ColumnsReader.strict().csv(EXPORT).columns())));
        assertFalse(JourneyCommand.knowsEvery(MAP, ColumnsReader.strict().csv(EXPORT).columns()));
        assertSameReport(EXPORT, known, Optional.empty());
        assertSameReport(EXPORT, known.where("channel=phone,chat"), Optional.of("support"));
    }

    @Test
    void sampleData_sameReportOverColumns() {
        Path sample = dir.resolve("sample.csv");
        SampleData.of(3_000).writeCsv(sample);
        assertSameReport(sample, InteractionFilter.all(), Optional.empty());
        assertSameReport(sample, InteractionFilter.all(), Optional.of("support"));
        assertSameReport(sample, InteractionFilter.all().from(java.time.LocalDate.parse("2026-05-01"))
                .where("outcome!=abandoned"), Optional.empty());
    }
}
