package dev.rapport.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rapport.data.ColumnsImport;
import dev.rapport.data.ColumnsReader;
import dev.rapport.data.EventLogReader;
import dev.rapport.data.ImportResult;
import dev.rapport.data.InteractionColumns;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A call-centre export written the way a telephony system writes one: 60 inbound calls of one morning, 22 of them
 * abandoned with neither a wait nor a talk time, a quoted agent name with a comma, a wait written {@code 61.0}.
 * Over the 38 answered calls the waits sum to 6,105 s (mean 160.658 s) and the talk times to 17,457 s (mean
 * 459.395 s); the figures below were computed from the file independently (a spreadsheet's AVERAGE over the non-empty
 * cells, nearest-rank percentiles by sorting). Read as zeros, the 22 empty waits would give a mean of 101.75 s
 * over 60 calls: the error this test exists to catch.
 */
class CallCentreExportTest {

    private static Path file() {
        try {
            return Path.of(CallCentreExportTest.class.getResource("/logs/call-centre.csv").toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void emptyWaitAndTalkTimes_everyCallAcceptedAndAbandonmentExactOnBothPaths() {
        ImportResult objects = EventLogReader.strict().csv(file());
        ColumnsImport columns = ColumnsReader.strict().csv(file());
        assertEquals(60, objects.summary().accepted());
        assertEquals(objects.summary(), columns.summary());
        Proportion expected = new Proportion(22, 60);
        var metric = Metrics.abandonmentRate();
        assertEquals(expected, objects.interactions().stream().reduce(metric.empty(), metric::add, metric::merge));
        assertEquals(expected, ColumnMetrics.accumulate(columns.columns(), Metrics.abandonmentRate()).get(List.of()));
        assertEquals(expected, ColumnMetrics.accumulate(InteractionColumns.of(objects.interactions()),
                Metrics.abandonmentRate()).get(List.of()));
    }

    private static <S> void assertBothPaths(Metric<dev.rapport.core.Interaction, S, Estimate> metric, double value,
            long sampleSize) {
        ImportResult objects = EventLogReader.strict().csv(file());
        Estimate fromObjects = objects.interactions().stream().collect(metric.collector());
        Estimate fromColumns = ColumnMetrics.evaluate(ColumnsReader.strict().csv(file()).columns(), metric);
        assertEquals(value, fromObjects.point(), 5e-4, metric.name());
        assertEquals(sampleSize, fromObjects.sampleSize(), metric.name());
        assertEquals(fromObjects, fromColumns, metric.name());
    }

    @Test
    void waitAndTalkTimes_countOnlyTheAnsweredCalls() {
        assertBothPaths(Metrics.waitMean(), 160.658, 38);
        assertBothPaths(Metrics.handleMean(), 459.395, 38);
        // nearest rank: the 19th and the 35th of the 38 sorted waits
        assertBothPaths(Metrics.waitPercentile(50), 112, 38);
        assertBothPaths(Metrics.waitPercentile(90), 464, 38);
        assertBothPaths(Metrics.handlePercentile(50), 465, 38);
        // 11 of the 38 answered calls waited at most 60 s; an abandoned call's unknown wait is not a met target
        assertBothPaths(Metrics.slaAttainment(Duration.ofSeconds(60)), 11.0 / 38, 38);
    }
}
