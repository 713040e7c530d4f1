package dev.rapport.benchmarks.jmh;

import dev.rapport.data.InteractionColumns;
import dev.rapport.data.InteractionColumns.Dimension;
import dev.rapport.examples.SampleData;
import dev.rapport.metrics.ColumnMetrics;
import dev.rapport.metrics.Distribution;
import dev.rapport.metrics.Metrics;
import dev.rapport.metrics.Moments;
import dev.rapport.metrics.NetPromoterScore;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The hot inner paths of the columnar metrics: accumulating NPS answers and durations over columns (whole and
 * grouped by touchpoint and channel), tallying a primitive array, and merging states (NPS tallies, moments, and
 * distributions in their histogram form). Run with
 * {@code java -jar benchmarks/target/rapport-benchmarks.jar jmh HotPathBenchmarks}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HotPathBenchmarks {

    @Param("200000")
    public int rows;

    private InteractionColumns columns;
    private int[] answers;
    private long[] durations;
    private Distribution left;
    private Distribution right;
    private Moments moments;
    private NetPromoterScore tally;

    @Setup
    public void setUp() {
        SampleData data = SampleData.of(rows);
        columns = InteractionColumns.of(data::iterator);
        SplittableRandom random = new SplittableRandom(42);
        answers = random.ints(rows, 0, 11).toArray();
        durations = random.longs(rows, 0, 3_600_000).toArray();
        Distribution.Accumulator a = new Distribution.Accumulator();
        Distribution.Accumulator b = new Distribution.Accumulator();
        for (int i = 0; i < durations.length; i++) {
            (i % 2 == 0 ? a : b).add(durations[i]);
        }
        left = a.snapshot();
        right = b.snapshot();
        moments = Moments.of(1000, 2000, 3000);
        tally = NetPromoterScore.of(answers);
    }

    @Benchmark
    public Map<List<String>, NetPromoterScore> npsOverColumns() {
        return ColumnMetrics.accumulate(columns, Metrics.nps());
    }

    @Benchmark
    public Map<List<String>, NetPromoterScore> npsByTouchpointAndChannel() {
        return ColumnMetrics.accumulate(columns, Metrics.nps(), Dimension.TOUCHPOINT, Dimension.CHANNEL);
    }

    @Benchmark
    public NetPromoterScore npsOfPrimitiveArray() {
        return NetPromoterScore.of(answers);
    }

    @Benchmark
    public Map<List<String>, Moments> waitMomentsByTouchpointAndChannel() {
        return ColumnMetrics.accumulate(columns, Metrics.waitMean(), Dimension.TOUCHPOINT, Dimension.CHANNEL);
    }

    @Benchmark
    public Map<List<String>, Distribution> waitDistributionByTouchpointAndChannel() {
        return ColumnMetrics.accumulate(columns, Metrics.waitPercentile(90), Dimension.TOUCHPOINT, Dimension.CHANNEL);
    }

    @Benchmark
    public Distribution durationsIntoDistribution() {
        Distribution.Accumulator accumulator = new Distribution.Accumulator();
        for (long d : durations) {
            accumulator.add(d);
        }
        return accumulator.snapshot();
    }

    @Benchmark
    public Distribution mergeHistogramDistributions() {
        return left.merge(right);
    }

    @Benchmark
    public NetPromoterScore mergeNpsTallies() {
        return tally.merge(tally);
    }

    @Benchmark
    public Moments mergeMoments() {
        return moments.merge(moments);
    }
}
