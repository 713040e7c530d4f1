package dev.rapport.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.core.RapportJson;
import dev.rapport.core.UnreadableInputException;
import dev.rapport.data.ColumnMapping;
import dev.rapport.data.ColumnsReader;
import dev.rapport.data.EventLogReader;
import dev.rapport.data.ImportResult;
import dev.rapport.data.InteractionColumns;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DistributionTest {

    /** An ACD queue export: 40 calls with whole-second waits, mapped onto the canonical columns. */
    private static final ColumnMapping QUEUE = ColumnMapping.builder()
            .column("interaction_id", "call_id").column("customer_id", "caller").column("touchpoint", "queue")
            .column("timestamp", "offered_at").column("handle_seconds", "talk_seconds").column("outcome", "result")
            .constant("channel", "phone").build();

    private static Path queue() {
        try {
            return Path.of(DistributionTest.class.getResource("/queues/billing-queue.csv").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    //-----------------------------------------------------------------------
    // a real-looking export, checked against an independent computation (the waits sorted by hand)
    //-----------------------------------------------------------------------
    @Test
    void queueExport_percentilesAreTheSpreadsheetsOnBothPaths() {
        ImportResult objects = EventLogReader.strict().withMapping(QUEUE).csv(queue());
        InteractionColumns columns = ColumnsReader.strict().withMapping(QUEUE).csv(queue()).columns();
        // sorted waits: 3 8 12 14 18 25 33 34 40 45 47 52 55 59 61 63 66 68x7 69 70 71 72 75 77 80 86 90 99 101
        // 114 114 121 140 150; n = 40. Nearest rank: p50 = rank 20 = 68, p90 = rank 36 = 114, p95 = rank 38 = 121,
        // p99 = rank 40 = 150. Excel PERCENTILE.INC / R type 7: p95 = 121 + 0.05 * 19 = 121.95, p99 = 140 + 0.61 * 10.
        double[][] expected = {{50, 68, 68}, {90, 114, 114}, {95, 121, 121.95}, {99, 150, 146.1}};
        for (double[] row : expected) {
            int p = (int) row[0];
            Estimate discrete = Metrics.waitPercentile(p).finish(fold(Metrics.waitPercentile(p), objects));
            Estimate linear = Metrics.waitPercentileLinear(p).finish(fold(Metrics.waitPercentileLinear(p), objects));
            assertEquals(row[1], discrete.point(), "p" + p);
            assertEquals(row[2], linear.point(), 1e-9, "p" + p + " linear");
            assertEquals(40, discrete.sampleSize());
            assertEquals("order-statistic", discrete.method());
            assertEquals("linear-order-statistic", linear.method());
            assertEquals(discrete, ColumnMetrics.evaluate(columns, Metrics.waitPercentile(p)));
            assertEquals(linear, ColumnMetrics.evaluate(columns, Metrics.waitPercentileLinear(p)));
        }
    }

    private static <S> S fold(Metric<dev.rapport.core.Interaction, S, Estimate> metric, ImportResult result) {
        S state = metric.empty();
        for (var interaction : result.interactions()) {
            state = metric.add(state, interaction);
        }
        return state;
    }

    @Test
    void wholeSecondWaitsBeyondAThousandValues_wholeSecondPercentiles() {
        // 4,054 answered calls with whole-second waits: HdrHistogram would say 68.031 where the median is 68
        long[] millis = IntStream.range(0, 4054).mapToLong(i -> 1000L * (1 + (i * 7919L) % 180)).toArray();
        Distribution distribution = Distribution.of(millis);
        assertTrue(distribution.isExact());
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        for (int p : new int[] {50, 90, 99}) {
            long rank = (long) Math.ceil(p / 100.0 * sorted.length);
            assertEquals(sorted[(int) rank - 1] / 1000.0, distribution.estimate(p, 1000).point(), "p" + p);
            assertEquals(Math.rint(distribution.estimate(p, 1000).point()), distribution.estimate(p, 1000).point());
        }
    }

    //-----------------------------------------------------------------------
    // the bound between the exact and the histogram form
    //-----------------------------------------------------------------------
    @Test
    void atTheDistinctLimit_exact_oneMore_histogramNamedInTheMethod() {
        Distribution.Accumulator accumulator = new Distribution.Accumulator();
        for (long v = 0; v < Distribution.EXACT_DISTINCT_LIMIT; v++) {
            accumulator.add(v);
            accumulator.add(v);
        }
        Distribution atLimit = accumulator.snapshot();
        assertTrue(atLimit.isExact());
        assertEquals(2L * Distribution.EXACT_DISTINCT_LIMIT, atLimit.count());
        assertEquals("order-statistic", atLimit.estimate(50, 1).method());
        accumulator.add(Distribution.EXACT_DISTINCT_LIMIT);
        Distribution past = accumulator.snapshot();
        assertFalse(past.isExact());
        assertEquals("order-statistic-hdr", past.estimate(50, 1).method());
        assertEquals("linear-order-statistic-hdr", past.estimateLinear(50, 1).method());
        assertEquals(past, atLimit.merge(Distribution.of(Distribution.EXACT_DISTINCT_LIMIT)));
    }

    //-----------------------------------------------------------------------
    // small cases by hand
    //-----------------------------------------------------------------------
    @Test
    void linear_betweenRanks_andAtTheEnds() {
        Distribution d = Distribution.of(1000, 2000, 3000, 4000);
        assertEquals(2.0, d.estimate(50, 1000).point());
        assertEquals(2.5, d.estimateLinear(50, 1000).point());
        assertEquals(1.0, d.estimateLinear(0, 1000).point());
        assertEquals(4.0, d.estimateLinear(100, 1000).point());
        assertEquals(3.7, d.estimateLinear(90, 1000).point(), 1e-12);
        Estimate one = Distribution.of(5000).estimateLinear(90, 1000);
        assertEquals(5.0, one.point());
        assertEquals(1, one.sampleSize());
    }

    @Test
    void emptyDistribution_emptyEstimateWithTheMethod() {
        assertTrue(Distribution.empty().estimate(90, 1).isEmpty());
        assertEquals("linear-order-statistic", Distribution.empty().estimateLinear(90, 1).method());
    }

    //-----------------------------------------------------------------------
    // JSON: the state, the form written before exact percentiles, and bad states
    //-----------------------------------------------------------------------
    @Test
    void json_distinctValuesAndCounts() {
        Distribution d = Distribution.of(3000, 1000, 3000, 3000);
        String json = RapportJson.mapper().writeValueAsString(d);
        String compact = json.replaceAll("\\s", "");
        assertTrue(compact.contains("\"values\":[1000,3000]") && compact.contains("\"counts\":[1,3]"), json);
        assertEquals(d, RapportJson.mapper().readValue(json, Distribution.class));
    }

    @Test
    void json_legacyValuesWithoutCounts_readAsOccurrences() {
        Distribution legacy = RapportJson.read("{\"count\":4,\"values\":[3000,1000,3000,3000]}",
                Distribution.class);
        assertEquals(Distribution.of(1000, 3000, 3000, 3000), legacy);
    }

    @Test
    void json_countsNotAddingUp_rejectedWithBothNumbers() {
        var e = assertThrows(UnreadableInputException.class, () -> RapportJson.read(
                "{\"count\":5,\"values\":[1000,3000],\"counts\":[1,3]}", Distribution.class));
        assertTrue(e.getMessage().contains("a distribution's counts must add up to its count 5, added up to 4"),
                e.getMessage());
    }

    @Test
    void json_valuesNotAscending_rejected() {
        var e = assertThrows(UnreadableInputException.class, () -> RapportJson.read(
                "{\"count\":2,\"values\":[3000,1000],\"counts\":[1,1]}", Distribution.class));
        assertTrue(e.getMessage().contains("a distribution's values must be distinct and ascending, 1000 came after "
                + "3000"), e.getMessage());
    }

    @Test
    void registry_linearPercentilesByName() {
        assertEquals("wait-p90-linear", MetricRegistry.builtIn().named("wait-p90-linear").name());
        assertEquals(List.of("handle-p50-linear"), MetricRegistry.builtIn().names().stream()
                .filter(n -> n.equals("handle-p50-linear")).toList());
    }
}
