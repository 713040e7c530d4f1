package dev.rapport.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rapport.data.ColumnsImport;
import dev.rapport.data.ColumnsReader;
import dev.rapport.data.EventLogReader;
import dev.rapport.data.ImportResult;
import dev.rapport.data.InteractionColumns;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A call-centre export written the way a telephony system writes one: 60 inbound calls of one morning, 22 of them
 * abandoned with neither a wait nor a talk time, a quoted agent name with a comma, a wait written {@code 61.0}.
 * Over the 38 answered calls the waits sum to 6,105 s (mean 160.658 s); the wait metrics over this file are the
 * subject of issue 12 ("missing is not zero") and are asserted once empty cells are read as unknown.
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
}
