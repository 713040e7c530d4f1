package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rapport.metrics.internal.Intervals;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * The distribution of a duration (wait, handling, first response, time to resolution) in whole milliseconds,
 * from which percentiles are read.
 * <p>
 * While it holds at most {@link #EXACT_DISTINCT_LIMIT} distinct values (65,536: every duration recorded in whole
 * seconds up to 18 hours, or in milliseconds up to a minute), it keeps each distinct value with its count, so every
 * percentile is exact: the same number as sorting the values, SQL's {@code percentile_disc}, Excel or R. Beyond
 * that the values move into an HdrHistogram with 3 significant digits, so a percentile is within 0.1% (relative)
 * of the exact one, and the estimate's method says so ({@code order-statistic-hdr} instead of
 * {@code order-statistic}). Which form a state has depends only on the values it holds (how many are distinct),
 * never on the order they came in, so merging stays associative and commutative with {@link #empty()} as
 * identity.
 * <p>
 * Two percentile definitions:
 * <ul>
 * <li>{@link #estimate} (nearest rank, SQL {@code percentile_disc}, DuckDB {@code quantile_disc}): the p-th
 * percentile of n values is the value at rank ⌈p·n/100⌉ in ascending order (rank 1 if that is 0); always one of
 * the values, so whole-second data gives whole-second percentiles.</li>
 * <li>{@link #estimateLinear} (linear interpolation, Hyndman and Fan's type 7: Excel {@code PERCENTILE.INC}, R's
 * default {@code quantile}, NumPy's default): at h = (n − 1)·p/100 + 1, the value at rank ⌊h⌋ plus (h − ⌊h⌋)
 * times the step to the next rank.</li>
 * </ul>
 * The interval is the distribution-free order-statistic interval [x₍l₎, x₍u₎] with ranks from the binomial
 * distribution ({@link Intervals#orderStatisticRanks}; method {@code order-statistic}, or
 * {@code linear-order-statistic} for the linear point). It covers the true percentile with at least 95%
 * probability whatever the distribution of the waits. Where no value lies far enough above the percentile (a p99
 * of fewer than 367 values, a p90 of fewer than 36, a median of fewer than 6) the interval is open above: its upper bound is
 * {@code +∞} ({@code null} in JSON, {@link Estimate.Bounds#LOWER_ONLY}) rather than the sample maximum, which would
 * cover a p99 of 30 waits only a quarter of the time. Where none lies far enough below it, the lower bound is 0, the
 * least duration. A percentile with fewer than {@value #MINIMUM_TAIL} values expected on either side of it (n·q or
 * n·(1 − q) below {@value #MINIMUM_TAIL}: a p99 of fewer than 1,000 values, a p90 of fewer than 100) is flagged
 * as a {@link Estimate#isSmallSample() small sample} whatever a KPI's minimum sample says.
 * <pre>{@code
 * Distribution.of(1000, 2000, 3000, 4000).estimate(50, 1000)         // 2.0 (95% CI 0.0 to ∞, n=4, order-statistic, small sample)
 * Distribution.of(1000, 2000, 3000, 4000).estimateLinear(50, 1000)   // 2.5 (95% CI 0.0 to ∞, n=4, linear-order-statistic, small sample)
 * }</pre>
 * This type is immutable and thread-safe; it serializes to JSON as its distinct values and their counts, or as the
 * histogram, compressed and base64-encoded.
 */
public final class Distribution {

    /** Up to this many distinct values, every value is kept (with its count) and percentiles are exact. */
    public static final int EXACT_DISTINCT_LIMIT = 1 << 16;
    /** Significant decimal digits of the histogram form (relative error at most 10^-3). */
    public static final int SIGNIFICANT_DIGITS = 3;
    /** Method name of the nearest-rank percentile and its interval, exact form. */
    public static final String METHOD = "order-statistic";
    /** Method name of the nearest-rank percentile read from the histogram form (within 0.1%). */
    public static final String METHOD_HISTOGRAM = "order-statistic-hdr";
    /** Method name of the linear (type 7) percentile, exact form. */
    public static final String METHOD_LINEAR = "linear-order-statistic";
    /** Method name of the linear (type 7) percentile read from the histogram form (within 0.1%). */
    public static final String METHOD_LINEAR_HISTOGRAM = "linear-order-statistic-hdr";
    /**
     * A percentile is flagged as a small sample when fewer than this many values are expected below it (n·q) or
     * above it (n·(1 − q)): the usual threshold for the binomial count behind its interval to be well behaved.
     */
    public static final int MINIMUM_TAIL = 10;

    private static final long[] NONE = new long[0];
    private static final Distribution EMPTY = new Distribution(0, NONE, NONE, null);

    private final long count;
    /** The distinct values, ascending (exact form), else null. */
    private final long[] values;
    /** How many times each of {@link #values} occurs (exact form), else null. */
    private final long[] counts;
    private final Histogram histogram;

    private Distribution(long count, long[] values, long[] counts, Histogram histogram) {
        this.count = count;
        this.values = values;
        this.counts = counts;
        this.histogram = histogram;
    }

    /** The distribution of no values: the identity of {@link #merge}. */
    public static Distribution empty() {
        return EMPTY;
    }

    /**
     * The distribution of the given durations in milliseconds.
     *
     * @throws IllegalArgumentException if a value is negative, quoting it
     */
    public static Distribution of(long... millis) {
        Accumulator accumulator = new Accumulator();
        for (long value : millis) {
            accumulator.add(value);
        }
        return accumulator.snapshot();
    }

    /**
     * Reads a state. {@code values} with {@code counts}: the distinct values ascending and their counts; {@code values}
     * alone (the form written before exact percentiles, at most 1,024 values): every value once per occurrence.
     */
    @JsonCreator
    static Distribution fromJson(@JsonProperty("count") long count, @JsonProperty("values") long[] values,
            @JsonProperty("counts") long[] counts, @JsonProperty("histogram") String histogram) {
        checkArgument((values == null) != (histogram == null),
                "a distribution has either exact values or a histogram, not %s", values == null ? "neither" : "both");
        checkArgument(count >= 0, "a distribution's count must not be negative, was %s", count);
        if (values != null) {
            return counts == null ? legacy(count, values) : exact(count, values, counts);
        }
        checkArgument(counts == null, "a histogram distribution has no counts");
        return fromHistogram(count, Base64.getDecoder().decode(histogram));
    }

    /**
     * A histogram-form state from its compressed HdrHistogram bytes (the JSON form's content, not base64). The
     * header is inflated and checked first: the histogram this type makes ({@value #SIGNIFICANT_DIGITS} significant
     * digits from 1 ms, at most about 450 KB of counts over any range), so that a few bytes declaring 5 digits over
     * 2⁶² cannot make the decoder allocate 46 MB. Then every recorded count must be positive and add up to
     * {@code count}.
     */
    static Distribution fromHistogram(long count, byte[] compressed) {
        checkHeader(compressed);
        Histogram decoded;
        try {
            decoded = Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(compressed), 0);
        } catch (DataFormatException | RuntimeException e) {
            throw new IllegalArgumentException(NOT_HDR + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        }
        for (HistogramIterationValue v : decoded.recordedValues()) {
            checkArgument(v.getCountAtValueIteratedTo() > 0, "a histogram distribution's counts must be positive, "
                    + "was %s at %s ms", v.getCountAtValueIteratedTo(), v.getValueIteratedTo());
        }
        checkArgument(decoded.getTotalCount() == count && count > 0,
                "a histogram distribution must hold values and say its count, held %s and said %s",
                decoded.getTotalCount(), count);
        return new Distribution(count, null, null, decoded);
    }

    private static final String NOT_HDR = "distribution histogram is not a valid compressed HdrHistogram";
    /** HdrHistogram's cookie of the compressed form, version 2, without its word-size bits. */
    private static final int COMPRESSED_COOKIE_V2 = 0x1c849304;
    /** The uncompressed header: cookie, payload length, index offset, digits, lowest, highest, ratio. */
    private static final int HEADER_BYTES = 40;

    private static void checkHeader(byte[] compressed) {
        checkArgument(compressed.length >= 8, "%s: %s bytes, shorter than its header", NOT_HDR, compressed.length);
        ByteBuffer outer = ByteBuffer.wrap(compressed);
        int cookie = outer.getInt();
        int length = outer.getInt();
        checkArgument((cookie & ~0xf0) == COMPRESSED_COOKIE_V2, "%s: it does not start with the cookie of "
                + "HdrHistogram's compressed form", NOT_HDR);
        checkArgument(length >= 0 && length <= compressed.length - 8, "%s: it announces %s compressed bytes and "
                + "holds %s", NOT_HDR, length, compressed.length - 8);
        byte[] header = new byte[HEADER_BYTES];
        java.util.zip.Inflater inflater = new java.util.zip.Inflater();
        int inflated;
        try {
            inflater.setInput(compressed, 8, length);
            inflated = inflater.inflate(header);
        } catch (DataFormatException e) {
            inflated = -1;
        } finally {
            inflater.end();
        }
        checkArgument(inflated == HEADER_BYTES, "%s: its header does not inflate", NOT_HDR);
        ByteBuffer fields = ByteBuffer.wrap(header, 12, HEADER_BYTES - 12);
        int digits = fields.getInt();
        long lowest = fields.getLong();
        long highest = fields.getLong();
        checkArgument(digits == SIGNIFICANT_DIGITS, "a histogram distribution keeps %s significant digits, this one "
                + "declares %s", SIGNIFICANT_DIGITS, digits);
        checkArgument(lowest == 1, "a histogram distribution's lowest trackable value is 1 ms, this one declares %s",
                lowest);
        checkArgument(highest >= 2, "a histogram distribution's highest trackable value is at least 2 ms, this one "
                + "declares %s", highest);
    }

    private static Distribution exact(long count, long[] values, long[] counts) {
        checkArgument(values.length == counts.length, "a distribution has as many counts as values, had %s and %s",
                counts.length, values.length);
        checkArgument(values.length <= EXACT_DISTINCT_LIMIT,
                "an exact distribution holds at most %s distinct values, held %s", EXACT_DISTINCT_LIMIT, values.length);
        long total = 0;
        for (int i = 0; i < values.length; i++) {
            checkArgument(values[i] >= 0, "durations must not be negative, was %s", values[i]);
            checkArgument(i == 0 || values[i] > values[i - 1],
                    "a distribution's values must be distinct and ascending, %s came after %s", values[i],
                    i == 0 ? 0 : values[i - 1]);
            checkArgument(counts[i] > 0, "a distribution's counts must be positive, was %s for %s", counts[i],
                    values[i]);
            total = Math.addExact(total, counts[i]);
        }
        checkArgument(total == count, "a distribution's counts must add up to its count %s, added up to %s", count,
                total);
        return count == 0 ? EMPTY : new Distribution(count, values.clone(), counts.clone(), null);
    }

    private static Distribution legacy(long count, long[] values) {
        checkArgument(values.length == count, "a distribution of %s values without counts must say count %s, said %s",
                values.length, values.length, count);
        return of(values);
    }

    //-----------------------------------------------------------------------
    /** Returns this distribution plus one duration in milliseconds. */
    public Distribution add(long millis) {
        Accumulator accumulator = new Accumulator();
        accumulator.addAll(this);
        accumulator.add(millis);
        return accumulator.snapshot();
    }

    /** Returns the distribution of both; associative, commutative, {@link #empty()} is the identity. */
    public Distribution merge(Distribution other) {
        checkNotNull(other, "other");
        if (other.count == 0) {
            return this;
        }
        if (count == 0) {
            return other;
        }
        Accumulator accumulator = new Accumulator();
        accumulator.addAll(this);
        accumulator.addAll(other);
        return accumulator.snapshot();
    }

    /** The number of values. */
    @JsonProperty("count")
    public long count() {
        return count;
    }

    /** Whether every value is kept, so that percentiles are exact (at most {@link #EXACT_DISTINCT_LIMIT} distinct). */
    @JsonIgnore
    public boolean isExact() {
        return histogram == null;
    }

    @JsonProperty("values")
    private long[] jsonValues() {
        return values;
    }

    @JsonProperty("counts")
    private long[] jsonCounts() {
        return counts;
    }

    @JsonProperty("histogram")
    private String jsonHistogram() {
        return histogram == null ? null : Base64.getEncoder().encodeToString(compressedHistogram());
    }

    /** The histogram form's compressed HdrHistogram bytes; only for a state that is not {@link #isExact()}. */
    byte[] compressedHistogram() {
        ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
        int length = histogram.encodeIntoCompressedByteBuffer(buffer);
        return Arrays.copyOf(buffer.array(), length);
    }

    /** The distinct values ascending (exact form; not a copy, do not modify). */
    long[] exactValues() {
        return values;
    }

    /** How often each of {@link #exactValues()} occurs (exact form; not a copy, do not modify). */
    long[] exactCounts() {
        return counts;
    }

    /** The value (milliseconds) at 1-based rank {@code rank} in ascending order. */
    long valueAtRank(long rank) {
        long seen = 0;
        if (histogram == null) {
            for (int i = 0; i < values.length; i++) {
                seen += counts[i];
                if (seen >= rank) {
                    return values[i];
                }
            }
        } else {
            for (HistogramIterationValue v : histogram.recordedValues()) {
                seen += v.getCountAtValueIteratedTo();
                if (seen >= rank) {
                    return histogram.highestEquivalentValue(v.getValueIteratedTo());
                }
            }
        }
        throw new AssertionError("Rapport bug: rank " + rank + " beyond count " + count);
    }

    /**
     * The p-th percentile by nearest rank, divided by {@code unit} (1000 gives seconds), with its order-statistic
     * interval.
     *
     * @param percentile  the percentile, greater than 0 and at most 100
     * @param unit  the divisor, positive
     * @return the estimate, empty if there are no values
     */
    public Estimate estimate(double percentile, double unit) {
        return estimate(percentile, unit, false);
    }

    /**
     * The p-th percentile by linear interpolation between ranks (Hyndman and Fan's type 7, Excel
     * {@code PERCENTILE.INC}, R's default), divided by {@code unit}, with the same order-statistic interval as
     * {@link #estimate}.
     *
     * @param percentile  the percentile, at least 0 and at most 100
     * @param unit  the divisor, positive
     * @return the estimate, empty if there are no values
     */
    public Estimate estimateLinear(double percentile, double unit) {
        return estimate(percentile, unit, true);
    }

    private Estimate estimate(double percentile, double unit, boolean linear) {
        checkArgument(linear ? percentile >= 0 && percentile <= 100 : percentile > 0 && percentile <= 100,
                "percentile must be in %s, 100], was %s", linear ? "[0" : "(0", percentile);
        checkArgument(unit > 0 && Double.isFinite(unit), "unit must be positive, was %s", unit);
        String method = linear ? (isExact() ? METHOD_LINEAR : METHOD_LINEAR_HISTOGRAM)
                : isExact() ? METHOD : METHOD_HISTOGRAM;
        if (count == 0) {
            return Estimate.empty(method);
        }
        double q = percentile / 100;
        long rank = Math.max(1, (long) Math.ceil(q * count - 1e-9));
        double point;
        if (linear) {
            double h = (count - 1) * q + 1;
            long low = Math.min(count, (long) Math.floor(h));
            long lowValue = valueAtRank(low);
            double step = low < count ? valueAtRank(low + 1) - lowValue : 0;
            point = (lowValue + (h - low) * step) / unit;
        } else {
            point = valueAtRank(rank) / unit;
        }
        long[] ranks = Intervals.orderStatisticRanks(count, q, Estimate.DEFAULT_CONFIDENCE);
        double lower = ranks[0] == 0 ? 0 : Math.min(point, valueAtRank(ranks[0]) / unit);
        double upper = ranks[1] > count ? Double.POSITIVE_INFINITY : Math.max(point, valueAtRank(ranks[1]) / unit);
        // n·q and n·(1 − q) from the percentile itself: 100 × (1 − 0.9) is 9.999999999999998 in doubles
        boolean small = count * percentile < MINIMUM_TAIL * 100.0 || count * (100 - percentile) < MINIMUM_TAIL * 100.0
                || ranks[1] > count;
        return Estimate.of(point, count, lower, upper, Estimate.DEFAULT_CONFIDENCE, method, small);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Distribution other && count == other.count && Arrays.equals(values, other.values)
                && Arrays.equals(counts, other.counts) && Objects.equals(histogram, other.histogram);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(count) * 31 + (values == null ? histogram.hashCode() : Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        return "Distribution[n=" + count + (isExact() ? ", " + values.length + " distinct, exact]" : ", histogram]");
    }

    //-----------------------------------------------------------------------
    /**
     * Collects durations into a {@link Distribution}: every distinct value with its count in an open-addressing
     * table of primitives until more than {@link #EXACT_DISTINCT_LIMIT} are distinct, then a histogram. Mutable, for
     * use from a single thread; {@link #snapshot()} may be called repeatedly.
     */
    public static final class Accumulator {
        private static final long FREE = -1;

        private long[] keys = newKeys(16);
        private long[] tally = new long[16];
        private int distinct;
        private long total;
        private Histogram histogram;

        private static long[] newKeys(int capacity) {
            long[] keys = new long[capacity];
            Arrays.fill(keys, FREE);
            return keys;
        }

        /**
         * Adds one duration in milliseconds.
         *
         * @throws IllegalArgumentException if it is negative, quoting it
         */
        public void add(long millis) {
            checkArgument(millis >= 0, "durations must not be negative, was %s", millis);
            add(millis, 1);
        }

        private void add(long value, long times) {
            if (histogram != null) {
                histogram.recordValueWithCount(value, times);
                return;
            }
            int mask = keys.length - 1;
            int slot = slot(value, mask);
            while (true) {
                long key = keys[slot];
                if (key == value) {
                    tally[slot] += times;
                    total += times;
                    return;
                }
                if (key == FREE) {
                    break;
                }
                slot = (slot + 1) & mask;
            }
            if (distinct == EXACT_DISTINCT_LIMIT) {
                toHistogram();
                histogram.recordValueWithCount(value, times);
                return;
            }
            keys[slot] = value;
            tally[slot] = times;
            total += times;
            if (++distinct * 2 > keys.length) {
                grow();
            }
        }

        private static int slot(long value, int mask) {
            long h = value * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32)) & mask;
        }

        private void grow() {
            long[] oldKeys = keys;
            long[] oldTally = tally;
            keys = newKeys(oldKeys.length * 2);
            tally = new long[oldKeys.length * 2];
            int mask = keys.length - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != FREE) {
                    int slot = slot(oldKeys[i], mask);
                    while (keys[slot] != FREE) {
                        slot = (slot + 1) & mask;
                    }
                    keys[slot] = oldKeys[i];
                    tally[slot] = oldTally[i];
                }
            }
        }

        private void toHistogram() {
            histogram = new Histogram(SIGNIFICANT_DIGITS);
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] != FREE) {
                    histogram.recordValueWithCount(keys[i], tally[i]);
                }
            }
            keys = null;
            tally = null;
        }

        /** Adds every value of a distribution. */
        public void addAll(Distribution other) {
            checkNotNull(other, "other");
            if (other.histogram == null) {
                for (int i = 0; i < other.values.length; i++) {
                    add(other.values[i], other.counts[i]);
                }
                return;
            }
            if (histogram == null) {
                toHistogram();
            }
            histogram.add(other.histogram);
        }

        /** The distribution of everything added so far. */
        public Distribution snapshot() {
            if (histogram != null) {
                return new Distribution(histogram.getTotalCount(), null, null, histogram.copy());
            }
            if (distinct == 0) {
                return EMPTY;
            }
            long[] values = new long[distinct];
            int n = 0;
            for (long key : keys) {
                if (key != FREE) {
                    values[n++] = key;
                }
            }
            Arrays.sort(values);
            long[] counts = new long[distinct];
            int mask = keys.length - 1;
            for (int i = 0; i < distinct; i++) {
                int slot = slot(values[i], mask);
                while (keys[slot] != values[i]) {
                    slot = (slot + 1) & mask;
                }
                counts[i] = tally[slot];
            }
            return new Distribution(total, values, counts, null);
        }
    }
}
