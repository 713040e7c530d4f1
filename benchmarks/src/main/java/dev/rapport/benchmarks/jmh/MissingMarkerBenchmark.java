package dev.rapport.benchmarks.jmh;

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
 * How the columns mark an unknown wait or handling time: the choice behind {@code ColumnStore.UNKNOWN_MILLIS}.
 * Both layouts hold the same durations in blocks of 32,768 {@code int} milliseconds, as the columns do, and every
 * benchmark computes the moments a mean needs (count, sum, sum of squares) over the known values only:
 * <ul>
 * <li>{@code sentinel}: an unknown value is stored as -1 (no duration is negative), one compare per row and no
 * extra memory;</li>
 * <li>{@code sentinelBranchFree}: the same sentinel, turned into a 0/1 mask with a shift instead of a branch, so
 * that randomly interleaved unknown values cost no mispredicted branches;</li>
 * <li>{@code bitmapPerRow}: values plus a validity bitmap (one bit per row, 4 KiB per block), tested row by row
 * with a load, a shift and a mask;</li>
 * <li>{@code bitmapPerWord}: the same bitmap walked a 64-bit word at a time, skipping all-unknown words and
 * taking the fast branch for all-known words, the way Arrow-style engines do.</li>
 * </ul>
 * Run with {@code java -jar benchmarks/target/rapport-benchmarks.jar jmh MissingMarkerBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MissingMarkerBenchmark {

    private static final int BLOCK = 1 << 15;

    @Param("1000000")
    public int rows;

    /** The share of unknown values: none, the share of abandoned calls in a real export, and most. */
    @Param({"0.0", "0.2", "0.8"})
    public double unknownShare;

    private int[][] withSentinel;
    private int[][] values;
    private long[][] validity;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(12);
        int blocks = (rows + BLOCK - 1) / BLOCK;
        withSentinel = new int[blocks][];
        values = new int[blocks][];
        validity = new long[blocks][];
        for (int b = 0; b < blocks; b++) {
            int size = Math.min(BLOCK, rows - b * BLOCK);
            withSentinel[b] = new int[size];
            values[b] = new int[size];
            validity[b] = new long[(size + 63) >>> 6];
            for (int i = 0; i < size; i++) {
                boolean known = random.nextDouble() >= unknownShare;
                int millis = random.nextInt(600_000);
                withSentinel[b][i] = known ? millis : -1;
                values[b][i] = known ? millis : 0;
                if (known) {
                    validity[b][i >>> 6] |= 1L << i;
                }
            }
        }
    }

    @Benchmark
    public long[] sentinel() {
        long count = 0;
        long sum = 0;
        long squares = 0;
        for (int[] block : withSentinel) {
            for (int millis : block) {
                if (millis >= 0) {
                    count++;
                    sum += millis;
                    squares += (long) millis * millis;
                }
            }
        }
        return new long[] {count, sum, squares};
    }

    @Benchmark
    public long[] sentinelBranchFree() {
        long count = 0;
        long sum = 0;
        long squares = 0;
        for (int[] block : withSentinel) {
            for (int millis : block) {
                // 1 for a known value (>= 0), 0 for the sentinel -1
                long known = (millis >>> 31) ^ 1;
                long value = millis & -known;
                count += known;
                sum += value;
                squares += value * value;
            }
        }
        return new long[] {count, sum, squares};
    }

    @Benchmark
    public long[] bitmapPerRow() {
        long count = 0;
        long sum = 0;
        long squares = 0;
        for (int b = 0; b < values.length; b++) {
            int[] block = values[b];
            long[] bits = validity[b];
            for (int i = 0; i < block.length; i++) {
                if ((bits[i >>> 6] >>> i & 1L) != 0) {
                    int millis = block[i];
                    count++;
                    sum += millis;
                    squares += (long) millis * millis;
                }
            }
        }
        return new long[] {count, sum, squares};
    }

    @Benchmark
    public long[] bitmapPerWord() {
        long count = 0;
        long sum = 0;
        long squares = 0;
        for (int b = 0; b < values.length; b++) {
            int[] block = values[b];
            long[] bits = validity[b];
            for (int w = 0; w < bits.length; w++) {
                long word = bits[w];
                int base = w << 6;
                if (word == -1L) {
                    int end = Math.min(block.length, base + 64);
                    for (int i = base; i < end; i++) {
                        int millis = block[i];
                        sum += millis;
                        squares += (long) millis * millis;
                    }
                    count += end - base;
                } else {
                    while (word != 0) {
                        int millis = block[base + Long.numberOfTrailingZeros(word)];
                        count++;
                        sum += millis;
                        squares += (long) millis * millis;
                        word &= word - 1;
                    }
                }
            }
        }
        return new long[] {count, sum, squares};
    }
}
