package dev.rapport.journey.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.math.Quantiles;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pieces of the columnar discovery against the definitions they must match. */
class ColumnarDiscoveryTest {

    @Test
    void seconds_anyGapUpTo292Years_sameAsDurationToNanos() {
        qt().withExamples(1000).forAll(longs().between(0, Long.MAX_VALUE / 1_000_000L),
                longs().between(-4_000_000_000_000L, 4_000_000_000_000L)).checkAssert((gap, start) -> {
                    Instant from = Instant.ofEpochMilli(start);
                    assertEquals(Duration.between(from, from.plusMillis(gap)).toNanos() / 1e9,
                            ColumnarDiscovery.seconds(gap));
                });
    }

    @Test
    void seconds_gapBeyondLongNanoseconds_isMillisOver1000() {
        assertEquals(Long.MAX_VALUE / 1000.0, ColumnarDiscovery.seconds(Long.MAX_VALUE));
    }

    @Test
    void percentiles_anyGaps_sameAsGuavaOverTheSeconds() {
        // few distinct values (many ties), any millisecond, gaps up to 292 years (seconds round beyond 2^53 ns), and
        // mostly gaps below 3 hours with a few of up to 292 years (the selection narrows down over several levels)
        qt().withExamples(300).forAll(
                lists().of(longs().between(0, Long.MAX_VALUE / 1_000_000L)).ofSizeBetween(1, 2000),
                integers().between(0, 3)).checkAssert((list, kind) -> {
                    long[] gaps = list.stream().mapToLong(g -> kind == 0 ? g % 7 * 1000 : kind == 1 ? g % 90_000
                            : kind == 2 || g % 16 == 0 ? g : g % 10_000_000).toArray();
                    double[] seconds = new double[gaps.length];
                    for (int i = 0; i < gaps.length; i++) {
                        seconds[i] = Duration.ofMillis(gaps[i]).toNanos() / 1e9;
                    }
                    Map<Integer, Double> q = Quantiles.percentiles().indexes(25, 50, 75, 90).compute(seconds);
                    long[] padded = new long[gaps.length + 6];
                    System.arraycopy(gaps, 0, padded, 3, gaps.length);

                    assertArrayEquals(new double[] {q.get(25), q.get(50), q.get(75), q.get(90)},
                            ColumnarDiscovery.percentiles(padded, 3, 3 + gaps.length));
                });
    }

    @Test
    void percentiles_twoMillionEqualGaps_allZeroWithoutQuadraticSelection() {
        long[] gaps = new long[2_000_000];
        assertArrayEquals(new double[] {0, 0, 0, 0}, ColumnarDiscovery.percentiles(gaps, 0, gaps.length));
    }

    @Test
    void sortByTime_anyJourney_stableSortByTime() {
        qt().withExamples(300).forAll(lists().of(integers().between(0, 20)).ofSizeBetween(0, 200))
                .checkAssert(list -> {
                    int n = list.size();
                    long[] time = new long[n + 2];
                    short[] touchpoint = new short[n + 2];
                    List<long[]> expected = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        time[i + 1] = list.get(i);
                        touchpoint[i + 1] = (short) i; // the original position, to see stability
                        expected.add(new long[] {list.get(i), i});
                    }
                    expected.sort(Comparator.comparingLong(pair -> pair[0])); // List.sort is stable
                    ColumnarDiscovery.sortByTime(time, touchpoint, 1, n + 1);
                    for (int i = 0; i < n; i++) {
                        assertEquals(expected.get(i)[0], time[i + 1]);
                        assertEquals(expected.get(i)[1], touchpoint[i + 1]);
                    }
                    assertEquals(0, time[0]);
                    assertEquals(0, time[n + 1]);
                });
    }
}
