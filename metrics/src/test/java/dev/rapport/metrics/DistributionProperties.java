package dev.rapport.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.rapport.core.RapportJson;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of the exact-percentile state: merges, equality with sorting below the bound, bounded error above it. */
class DistributionProperties {

    /**
     * Durations in ms as a queue or ticketing system records them: whole seconds (many ties), milliseconds, or a
     * heavy tail; up to 4,000 values, so always below the distinct-value bound.
     */
    static Gen<long[]> samples() {
        return integers().between(0, 4000).zip(integers().between(0, 2), longs().all(), (n, kind, seed) -> {
            Random r = new Random(seed);
            long[] values = new long[n];
            for (int i = 0; i < n; i++) {
                double x = -Math.log(1 - r.nextDouble()) * 60_000;
                values[i] = switch (kind) {
                    case 0 -> 1000 * Math.round(x / 1000);
                    case 1 -> Math.round(x);
                    default -> (long) Math.exp(r.nextDouble() * 20);
                };
            }
            return values;
        });
    }

    /** The nearest-rank percentile by sorting: the reference the state must equal. */
    private static long sortedRank(long[] sorted, int p) {
        return sorted[(int) Math.max(1, Math.ceil(p / 100.0 * sorted.length - 1e-9)) - 1];
    }

    /** Type 7 by sorting, written independently of the state's code. */
    private static double sortedLinear(long[] sorted, int p) {
        double h = (sorted.length - 1) * (p / 100.0);
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    @Test
    void belowTheBound_equalToSorting() {
        qt().withExamples(60).forAll(samples()).checkAssert(values -> {
            Distribution d = Distribution.of(values);
            assertTrue(d.isExact());
            if (values.length == 0) {
                assertTrue(d.estimate(50, 1).isEmpty());
                return;
            }
            long[] sorted = values.clone();
            Arrays.sort(sorted);
            for (int p : new int[] {1, 25, 50, 90, 95, 99, 100}) {
                assertEquals(sortedRank(sorted, p), d.estimate(p, 1).point(), "p" + p);
                assertEquals(sortedLinear(sorted, p), d.estimateLinear(p, 1).point(),
                        1e-9 * Math.max(1, sorted[sorted.length - 1]), "p" + p + " linear");
            }
        });
    }

    @Test
    void merge_associativeCommutativeWithIdentity_andShardingChangesNothing() {
        qt().withExamples(40).forAll(samples(), samples(), samples()).checkAssert((a, b, c) -> {
            Distribution x = Distribution.of(a);
            Distribution y = Distribution.of(b);
            Distribution z = Distribution.of(c);
            assertEquals(x.merge(y).merge(z), x.merge(y.merge(z)));
            assertEquals(x.merge(y), y.merge(x));
            assertEquals(x, x.merge(Distribution.empty()));
            long[] all = LongStream.concat(LongStream.concat(LongStream.of(a), LongStream.of(b)), LongStream.of(c))
                    .toArray();
            assertEquals(Distribution.of(all), x.merge(y).merge(z));
        });
    }

    @Test
    void json_roundTripIsExact() {
        qt().withExamples(30).forAll(samples()).checkAssert(values -> {
            Distribution d = Distribution.of(values);
            assertEquals(d, RapportJson.read(RapportJson.mapper().writeValueAsString(d), Distribution.class));
        });
    }

    /** Over 65,536 distinct values: the histogram form, whatever the order of merges, within 0.1% of sorting. */
    @Test
    void aboveTheBound_histogramWithinTheDocumentedError() {
        qt().withExamples(3).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            long[] values = new long[90_000];
            for (int i = 0; i < values.length; i++) {
                values[i] = (long) (-Math.log(1 - r.nextDouble()) * 3_600_000); // ms: distinct almost everywhere
            }
            int cut = 1 + r.nextInt(values.length - 1);
            Distribution left = Distribution.of(Arrays.copyOfRange(values, 0, cut));
            Distribution right = Distribution.of(Arrays.copyOfRange(values, cut, values.length));
            Distribution all = Distribution.of(values);
            assertFalse(all.isExact());
            assertEquals(all, left.merge(right));
            assertEquals(all, right.merge(left));
            assertEquals(all, RapportJson.read(RapportJson.mapper().writeValueAsString(all), Distribution.class));
            long[] sorted = values.clone();
            Arrays.sort(sorted);
            for (int p : new int[] {50, 90, 99}) {
                long exact = sortedRank(sorted, p);
                double read = all.estimate(p, 1).point();
                assertTrue(Math.abs(read - exact) <= Math.max(1, exact * 1e-3), p + ": " + read + " vs " + exact);
                assertEquals("order-statistic-hdr", all.estimate(p, 1).method());
            }
        });
    }
}
