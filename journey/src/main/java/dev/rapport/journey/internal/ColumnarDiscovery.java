package dev.rapport.journey.internal;

import com.google.common.base.Strings;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Directly-follows discovery over primitive columns, the algorithm behind
 * {@code DirectlyFollowsGraph.ofColumns}: every result is coded (touchpoint codes, not ids) for the caller to name.
 * <ol>
 * <li>A counting sort of the rows by journey code, carrying each row's time and touchpoint code into two
 * journey-contiguous arrays (rows of a journey stay in row order).</li>
 * <li>In parallel ranges of journeys (cut at about equal numbers of rows): a stable sort by time within each
 * journey (nothing to do for a journey already in time order, insertion sort for short ones, merge sort for long
 * ones), then counts of occurrences, starts and ends per touchpoint and of pairs per edge, and the path variants
 * in a hash table keyed by the path (compared element by element, so hash collisions cost time, not
 * correctness).</li>
 * <li>The ranges' tables merged, every gap (in milliseconds) copied into one array grouped by edge, and the
 * quartiles and 90th percentile of each edge found by histogram selection ({@link #select}) in parallel.</li>
 * </ol>
 * Counts are sums and order statistics do not depend on the order of the values, so the result does not depend
 * on how many ranges are used. Quantiles follow Guava's {@code Quantiles.percentiles()} exactly: for percentile
 * {@code p} of {@code n} values sorted ascending, with {@code p (n - 1) = 100 q + r}, the value at {@code q},
 * or, if {@code r > 0}, {@code lower + (upper - lower) * r / 100} with the values at {@code q} and {@code q + 1},
 * all over seconds computed as {@link #seconds(long)} computes them. (Guava's own selection partitions two ways
 * and takes quadratic time on many equal values, which whole-second timestamps give.)
 * <p>
 * This type has static methods only.
 */
public final class ColumnarDiscovery {

    /** The percentiles computed per edge, in the order of {@link Edges}' arrays. */
    private static final int[] PERCENTILES = {25, 50, 75, 90};
    /** Milliseconds beyond which a gap has no {@code long} number of nanoseconds. */
    private static final long MAX_NANOS_MILLIS = Long.MAX_VALUE / 1_000_000L;
    /** Rows per range at least, when the number of ranges is chosen from the input. */
    private static final int MIN_ROWS_PER_RANGE = 1 << 16;
    /** Journeys at most this long that are out of time order are sorted by insertion. */
    private static final int INSERTION_SORT_MAX = 32;

    private ColumnarDiscovery() {
    }

    /**
     * The directly-follows pairs, coded.
     *
     * @param from  per edge, the touchpoint code left
     * @param to  per edge, the touchpoint code reached next
     * @param count  per edge, how many times
     * @param p25  per edge, the first quartile of the seconds between
     * @param median  per edge, the median
     * @param p75  per edge, the third quartile
     * @param p90  per edge, the 90th percentile
     */
    public record Edges(int[] from, int[] to, long[] count, double[] p25, double[] median, double[] p75,
            double[] p90) {
    }

    /**
     * The path variants, coded.
     *
     * @param paths  per variant, its touchpoint codes in order
     * @param counts  per variant, how many journeys followed it
     */
    public record Variants(short[][] paths, long[] counts) {
    }

    /**
     * The whole result, coded; in no particular order except that arrays indexed by touchpoint code are.
     *
     * @param journeys  the number of journeys (journey codes with at least one row)
     * @param occurrences  per touchpoint code, its number of rows
     * @param starts  per touchpoint code, how many journeys started there
     * @param ends  per touchpoint code, how many journeys ended there
     * @param edges  the directly-follows pairs
     * @param variants  the path variants
     */
    public record Result(long journeys, long[] occurrences, long[] starts, long[] ends, Edges edges,
            Variants variants) {
    }

    /** The number of ranges {@link #discover} uses by default: up to four per core, at least 65,536 rows each. */
    public static int defaultRanges(int rows) {
        return Math.max(1, Math.min(4 * Runtime.getRuntime().availableProcessors(), rows / MIN_ROWS_PER_RANGE));
    }

    /**
     * Seconds in a gap of {@code millis} (not negative), exactly as {@code Duration.toNanos() / 1e9} gives them for
     * the same gap between two {@code Instant}s of whole milliseconds; beyond about 292 years, where that throws
     * {@code ArithmeticException}, {@code millis / 1000.0}.
     */
    public static double seconds(long millis) {
        return millis <= MAX_NANOS_MILLIS ? (millis * 1_000_000L) / 1e9 : millis / 1000.0;
    }

    /**
     * Seconds in a gap between two interactions, never overflowing: {@code toNanos() / 1e9} while the nanoseconds
     * fit in a {@code long} (about 292 years), beyond that {@link #seconds(long)} of its milliseconds, so that the
     * per-object graph and case times agree with the columns on any two timestamps the readers accept.
     */
    public static double seconds(java.time.Duration gap) {
        return Math.abs(gap.getSeconds()) < Long.MAX_VALUE / 1_000_000_000L - 1 ? gap.toNanos() / 1e9
                : seconds(gap.toMillis());
    }

    /**
     * Discovers the directly-follows graph of coded columns; the caller has checked that the three columns have
     * the same length, that {@code journeys} is not negative and that {@code touchpoints} is at most 32,768. The
     * columns are read, never changed or kept.
     *
     * @param journeyOfRow  each row's journey code, from 0 to {@code journeys - 1}
     * @param journeys  the number of journey codes
     * @param epochMillis  each row's time
     * @param touchpointOfRow  each row's touchpoint code, from 0 to {@code touchpoints - 1}
     * @param touchpoints  the number of touchpoint codes
     * @param ranges  the number of journey ranges to work on in parallel, at least 1
     * @return the coded result
     * @throws IllegalArgumentException if a code is out of range (naming the row and the code), or two times in
     *     one journey are more than {@code Long.MAX_VALUE} milliseconds apart
     */
    public static Result discover(int[] journeyOfRow, int journeys, long[] epochMillis, short[] touchpointOfRow,
            int touchpoints, int ranges) {
        int n = journeyOfRow.length;
        // 1. counting sort by journey
        int[] start = journeyStarts(journeyOfRow, journeys, touchpointOfRow, touchpoints);
        long[] time = new long[n];
        short[] touchpoint = new short[n];
        byJourney(journeyOfRow, start, epochMillis, touchpointOfRow, time, touchpoint);

        // 2. per range of journeys: sort, count, collect edges and variants
        int parts = Math.max(1, ranges);
        int[] bounds = new int[parts + 1];
        for (int p = 1; p < parts; p++) {
            bounds[p] = firstAtOrAfter(start, journeys, (int) ((long) n * p / parts));
        }
        bounds[parts] = journeys;
        Range[] scanned = IntStream.range(0, parts).parallel()
                .mapToObj(p -> new Range(bounds[p], bounds[p + 1], start, time, touchpoint, touchpoints))
                .toArray(Range[]::new);

        // 3. the counts of all ranges
        long journeyCount = 0;
        long[] occurrences = new long[touchpoints];
        long[] starts = new long[touchpoints];
        long[] ends = new long[touchpoints];
        for (Range range : scanned) {
            journeyCount += range.journeys;
            for (int t = 0; t < touchpoints; t++) {
                occurrences[t] += range.occurrences[t];
                starts[t] += range.starts[t];
                ends[t] += range.ends[t];
            }
        }
        VariantTable variants = new VariantTable(16);
        for (Range range : scanned) {
            range.variants.addTo(variants);
        }

        // 4. the gaps of all ranges grouped by edge, and their percentiles
        Edges edges = edges(scanned, touchpoints, gaps -> IntStream.range(0, parts).parallel()
                .forEach(p -> scanned[p].copyGaps(bounds[p], bounds[p + 1], start, time, touchpoint, gaps)));
        return new Result(journeyCount, occurrences, starts, ends, edges, variants.result());
    }

    /** Checks the codes; returns per journey code the position of its first row, and the row count at the end. */
    private static int[] journeyStarts(int[] journeyOfRow, int journeys, short[] touchpointOfRow,
            int touchpoints) {
        int[] start = new int[journeys + 1];
        for (int r = 0; r < journeyOfRow.length; r++) {
            int j = journeyOfRow[r];
            if (j < 0 || j >= journeys) {
                throw badCode("journeyOfRow", r, j, journeys);
            }
            int t = touchpointOfRow[r];
            if (t < 0 || t >= touchpoints) {
                throw badCode("touchpointOfRow", r, t, touchpoints);
            }
            start[j + 1]++;
        }
        for (int j = 0; j < journeys; j++) {
            start[j + 1] += start[j];
        }
        return start;
    }

    /** Copies each row's time and touchpoint to the next free position of its journey. */
    private static void byJourney(int[] journeyOfRow, int[] start, long[] epochMillis, short[] touchpointOfRow,
            long[] time, short[] touchpoint) {
        int[] next = Arrays.copyOf(start, start.length - 1);
        for (int r = 0; r < journeyOfRow.length; r++) {
            int k = next[journeyOfRow[r]]++;
            time[k] = epochMillis[r];
            touchpoint[k] = touchpointOfRow[r];
        }
    }

    /**
     * Merges the ranges' edge tables, has {@code copy} fill one array of gaps grouped by edge (each range at the
     * cursors its table was given), and finds the percentiles of each edge in parallel.
     */
    private static Edges edges(Range[] scanned, int touchpoints, java.util.function.Consumer<long[]> copy) {
        EdgeTable global = new EdgeTable(touchpoints);
        int[][] globalOf = new int[scanned.length][];
        for (int p = 0; p < scanned.length; p++) {
            EdgeTable local = scanned[p].edges;
            globalOf[p] = new int[local.size];
            for (int e = 0; e < local.size; e++) {
                int key = local.keys[e];
                globalOf[p][e] = global.add(key / touchpoints, key % touchpoints, local.counts[e]);
            }
        }
        int edges = global.size;
        int[] offset = new int[edges + 1];
        for (int g = 0; g < edges; g++) {
            offset[g + 1] = offset[g] + global.counts[g];
        }
        int[] filled = Arrays.copyOf(offset, edges);
        for (int p = 0; p < scanned.length; p++) {
            EdgeTable local = scanned[p].edges;
            local.cursor = new int[local.size];
            for (int e = 0; e < local.size; e++) {
                int g = globalOf[p][e];
                local.cursor[e] = filled[g];
                filled[g] += local.counts[e];
            }
        }
        long[] gaps = new long[offset[edges]];
        copy.accept(gaps);
        int[] from = new int[edges];
        int[] to = new int[edges];
        long[] count = new long[edges];
        double[][] quantiles = new double[PERCENTILES.length][edges];
        IntStream.range(0, edges).parallel().forEach(g -> {
            from[g] = global.keys[g] / touchpoints;
            to[g] = global.keys[g] % touchpoints;
            count[g] = global.counts[g];
            double[] q = percentiles(gaps, offset[g], offset[g + 1]);
            for (int i = 0; i < q.length; i++) {
                quantiles[i][g] = q[i];
            }
        });
        return new Edges(from, to, count, quantiles[0], quantiles[1], quantiles[2], quantiles[3]);
    }

    private static IllegalArgumentException badCode(String column, int row, int code, int bound) {
        return new IllegalArgumentException(
                Strings.lenientFormat("%s[%s] must be in [0, %s), was %s", column, row, bound, code));
    }

    /** The smallest journey {@code j} whose first row is at or after {@code position} ({@code journeys} if none). */
    private static int firstAtOrAfter(int[] start, int journeys, int position) {
        int lo = 0;
        int hi = journeys;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start[mid] < position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    //-----------------------------------------------------------------------
    /** One range of journeys, scanned: its counts per touchpoint, its edges and its variants. */
    private static final class Range {
        final int[] occurrences;
        final int[] starts;
        final int[] ends;
        final EdgeTable edges;
        final VariantTable variants;
        int journeys;

        /** Sorts each journey of {@code [fromJourney, toJourney)} by time and scans it. */
        Range(int fromJourney, int toJourney, int[] start, long[] time, short[] touchpoint, int touchpoints) {
            occurrences = new int[touchpoints];
            starts = new int[touchpoints];
            ends = new int[touchpoints];
            edges = new EdgeTable(touchpoints);
            variants = new VariantTable(16);
            for (int j = fromJourney; j < toJourney; j++) {
                int first = start[j];
                int end = start[j + 1];
                if (first == end) {
                    continue;
                }
                journeys++;
                sortByTime(time, touchpoint, first, end);
                int previous = touchpoint[first];
                starts[previous]++;
                occurrences[previous]++;
                long hash = previous;
                for (int k = first + 1; k < end; k++) {
                    int current = touchpoint[k];
                    occurrences[current]++;
                    if (time[k] - time[k - 1] < 0) {
                        throw new IllegalArgumentException(Strings.lenientFormat(
                                "times within a journey must be at most %s ms apart, were %s and %s",
                                Long.MAX_VALUE, time[k - 1], time[k]));
                    }
                    edges.add(previous, current, 1);
                    hash = hash * 0x9E3779B97F4A7C15L + current;
                    previous = current;
                }
                ends[previous]++;
                variants.add(mix(hash + end - first), touchpoint, first, end - first, 1);
            }
        }

        /** Copies the gaps of the range's pairs to {@code gaps} at the cursors of its edge table. */
        void copyGaps(int fromJourney, int toJourney, int[] start, long[] time, short[] touchpoint, long[] gaps) {
            int[] at = edges.cursor;
            for (int j = fromJourney; j < toJourney; j++) {
                int end = start[j + 1];
                for (int k = start[j] + 1; k < end; k++) {
                    gaps[at[edges.id(touchpoint[k - 1], touchpoint[k])]++] = time[k] - time[k - 1];
                }
            }
        }
    }

    /** A 64-bit finalizer (MurmurHash3's fmix64). */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    /**
     * Edges (pairs of touchpoint codes, keyed {@code from * touchpoints + to}) to dense ids in order of first
     * appearance, with a count per id: a direct table for up to 256 touchpoints, else open addressing.
     */
    private static final class EdgeTable {
        private static final int DIRECT_MAX = 256;
        private final int touchpoints;
        /** Per key its id, or -1, when there are few touchpoints; else null. */
        private final int[] direct;
        int[] keys = new int[16];
        int[] counts = new int[16];
        int size;
        /** Per id, where its next gap goes in the array of all gaps; set once the tables are merged. */
        int[] cursor;
        private int[] slots;
        private int shift = 32 - 6;

        EdgeTable(int touchpoints) {
            this.touchpoints = touchpoints;
            if (touchpoints <= DIRECT_MAX) {
                direct = filled(touchpoints * touchpoints);
            } else {
                direct = null;
                slots = filled(64);
            }
        }

        private static int[] filled(int capacity) {
            int[] slots = new int[capacity];
            Arrays.fill(slots, -1);
            return slots;
        }

        /** Adds {@code n} to the count of the edge, giving it the next id if new; returns its id. */
        int add(int from, int to, int n) {
            int key = from * touchpoints + to;
            if (direct != null) {
                int id = direct[key];
                if (id < 0) {
                    id = newId(key);
                    direct[key] = id;
                }
                counts[id] += n;
                return id;
            }
            int mask = slots.length - 1;
            int slot = (key * 0x9E3779B9) >>> shift;
            while (true) {
                int id = slots[slot];
                if (id < 0) {
                    break;
                }
                if (keys[id] == key) {
                    counts[id] += n;
                    return id;
                }
                slot = (slot + 1) & mask;
            }
            int id = newId(key);
            counts[id] += n;
            slots[slot] = id;
            if (2 * size > slots.length) {
                rehash();
            }
            return id;
        }

        /** The id of an edge that was added. */
        int id(int from, int to) {
            int key = from * touchpoints + to;
            if (direct != null) {
                return direct[key];
            }
            int slot = (key * 0x9E3779B9) >>> shift;
            while (keys[slots[slot]] != key) {
                slot = (slot + 1) & (slots.length - 1);
            }
            return slots[slot];
        }

        private int newId(int key) {
            int id = size++;
            if (id == keys.length) {
                keys = Arrays.copyOf(keys, 2 * id);
                counts = Arrays.copyOf(counts, 2 * id);
            }
            keys[id] = key;
            return id;
        }

        private void rehash() {
            slots = filled(2 * slots.length);
            shift--;
            int mask = slots.length - 1;
            for (int id = 0; id < size; id++) {
                int slot = (keys[id] * 0x9E3779B9) >>> shift;
                while (slots[slot] >= 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = id;
            }
        }
    }

    /**
     * Distinct paths with their counts: each path is a run of positions in the shared touchpoint array, found by
     * its hash and then compared element by element.
     */
    private static final class VariantTable {
        /** The distinct paths, one after another: small and hot, where the journeys' array is large and cold. */
        private short[] arena = new short[256];
        private int arenaSize;
        long[] hash;
        /** Where each slot's path starts in {@link #arena}. */
        int[] position;
        /** The path length; 0 marks a free slot (no path is empty). */
        int[] length;
        long[] count;
        private int size;

        VariantTable(int capacity) {
            hash = new long[capacity];
            position = new int[capacity];
            length = new int[capacity];
            count = new long[capacity];
        }

        /** Counts {@code n} more of the path {@code path[at, at + len)}, whose hash is {@code h}. */
        void add(long h, short[] path, int at, int len, long n) {
            int mask = length.length - 1;
            int slot = (int) h & mask;
            while (length[slot] != 0) {
                if (hash[slot] == h && length[slot] == len
                        && Arrays.equals(arena, position[slot], position[slot] + len, path, at, at + len)) {
                    count[slot] += n;
                    return;
                }
                slot = (slot + 1) & mask;
            }
            if (arenaSize + len > arena.length) {
                arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaSize + len));
            }
            System.arraycopy(path, at, arena, arenaSize, len);
            hash[slot] = h;
            position[slot] = arenaSize;
            length[slot] = len;
            count[slot] = n;
            arenaSize += len;
            if (2 * ++size > length.length) {
                grow();
            }
        }

        private void grow() {
            long[] oldHash = hash;
            int[] oldPosition = position;
            int[] oldLength = length;
            long[] oldCount = count;
            int capacity = 2 * oldLength.length;
            hash = new long[capacity];
            position = new int[capacity];
            length = new int[capacity];
            count = new long[capacity];
            int mask = capacity - 1;
            for (int old = 0; old < oldLength.length; old++) {
                if (oldLength[old] != 0) {
                    int slot = (int) oldHash[old] & mask;
                    while (length[slot] != 0) {
                        slot = (slot + 1) & mask;
                    }
                    hash[slot] = oldHash[old];
                    position[slot] = oldPosition[old];
                    length[slot] = oldLength[old];
                    count[slot] = oldCount[old];
                }
            }
        }

        /** Adds every path of this table, with its count, to {@code other}. */
        void addTo(VariantTable other) {
            for (int slot = 0; slot < length.length; slot++) {
                if (length[slot] != 0) {
                    other.add(hash[slot], arena, position[slot], length[slot], count[slot]);
                }
            }
        }

        Variants result() {
            short[][] paths = new short[size][];
            long[] counts = new long[size];
            int v = 0;
            for (int slot = 0; slot < length.length; slot++) {
                if (length[slot] != 0) {
                    paths[v] = Arrays.copyOfRange(arena, position[slot], position[slot] + length[slot]);
                    counts[v++] = count[slot];
                }
            }
            return new Variants(paths, counts);
        }
    }

    //-----------------------------------------------------------------------
    /**
     * Sorts positions {@code [from, to)} of the two arrays by time, stably (equal times keep their order), moving
     * the touchpoint codes with their times.
     */
    static void sortByTime(long[] time, short[] touchpoint, int from, int to) {
        int k = from + 1;
        while (k < to && time[k - 1] <= time[k]) {
            k++;
        }
        if (k >= to) {
            return;
        }
        if (to - from <= INSERTION_SORT_MAX) {
            insertionSort(time, touchpoint, from, to);
            return;
        }
        long[] sortedTime = Arrays.copyOfRange(time, from, to);
        short[] sortedTouchpoint = Arrays.copyOfRange(touchpoint, from, to);
        mergeSort(sortedTime.clone(), sortedTouchpoint.clone(), sortedTime, sortedTouchpoint, 0, to - from);
        System.arraycopy(sortedTime, 0, time, from, to - from);
        System.arraycopy(sortedTouchpoint, 0, touchpoint, from, to - from);
    }

    private static void insertionSort(long[] time, short[] touchpoint, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            long t = time[k];
            short p = touchpoint[k];
            int m = k - 1;
            while (m >= from && time[m] > t) {
                time[m + 1] = time[m];
                touchpoint[m + 1] = touchpoint[m];
                m--;
            }
            time[m + 1] = t;
            touchpoint[m + 1] = p;
        }
    }

    /**
     * Sorts {@code [from, to)} of the destination, stably, where source and destination start equal; the source
     * is used as scratch (the classic top-down merge sort that swaps the roles of the arrays at each level).
     */
    private static void mergeSort(long[] srcTime, short[] srcTouchpoint, long[] dstTime, short[] dstTouchpoint,
            int from, int to) {
        if (to - from <= INSERTION_SORT_MAX) {
            insertionSort(dstTime, dstTouchpoint, from, to);
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(dstTime, dstTouchpoint, srcTime, srcTouchpoint, from, mid);
        mergeSort(dstTime, dstTouchpoint, srcTime, srcTouchpoint, mid, to);
        if (srcTime[mid - 1] <= srcTime[mid]) {
            System.arraycopy(srcTime, from, dstTime, from, to - from);
            System.arraycopy(srcTouchpoint, from, dstTouchpoint, from, to - from);
            return;
        }
        for (int i = from, left = from, right = mid; i < to; i++) {
            if (right >= to || left < mid && srcTime[left] <= srcTime[right]) {
                dstTime[i] = srcTime[left];
                dstTouchpoint[i] = srcTouchpoint[left++];
            } else {
                dstTime[i] = srcTime[right];
                dstTouchpoint[i] = srcTouchpoint[right++];
            }
        }
    }

    //-----------------------------------------------------------------------
    /**
     * The 25th, 50th, 75th and 90th percentiles in seconds of the gaps (milliseconds, not negative) in
     * {@code [from, to)}, not empty, as Guava's {@code Quantiles.percentiles().indexes(25, 50, 75, 90)} computes
     * them from the seconds. The array is not changed.
     */
    static double[] percentiles(long[] gaps, int from, int to) {
        int n = to - from;
        int[] quotient = new int[PERCENTILES.length];
        int[] remainder = new int[PERCENTILES.length];
        int[] required = new int[2 * PERCENTILES.length];
        int count = 0;
        for (int i = 0; i < PERCENTILES.length; i++) {
            long numerator = (long) PERCENTILES[i] * (n - 1);
            quotient[i] = (int) (numerator / 100);
            remainder[i] = (int) (numerator - 100L * quotient[i]);
            required[count++] = quotient[i];
            if (remainder[i] != 0) {
                required[count++] = quotient[i] + 1;
            }
        }
        Arrays.sort(required, 0, count);
        int[] ranks = Arrays.stream(required, 0, count).distinct().toArray();
        long[] values = new long[ranks.length];
        select(gaps, from, to, ranks, values);
        double[] result = new double[PERCENTILES.length];
        for (int i = 0; i < PERCENTILES.length; i++) {
            double lower = seconds(values[Arrays.binarySearch(ranks, quotient[i])]);
            if (remainder[i] == 0) {
                result[i] = lower;
            } else {
                double upper = seconds(values[Arrays.binarySearch(ranks, quotient[i] + 1)]);
                // Guava's interpolation, operation for operation (its remainder and scale are doubles)
                double fraction = remainder[i];
                double scale = 100;
                result[i] = lower + (upper - lower) * fraction / scale;
            }
        }
        return result;
    }

    /** Values in a bucket of {@link #select} are told apart by this many high bits of their offset from the minimum. */
    private static final int BUCKET_BITS = 11;
    /** Parts at most this long are sorted instead. */
    private static final int SORT_MAX = 64;

    /**
     * Puts in {@code values[i]} the value at rank {@code ranks[i]} (distinct, ascending, from 0) of the
     * non-negative values in {@code [from, to)} sorted ascending, without changing them: a histogram of the values
     * by their offset from the minimum, cut into 2,048 buckets, finds the bucket of each rank, and the values of
     * those buckets alone are selected from the same way, until a bucket holds one value or few values are left.
     * Three passes over the values, then work on ever fewer; equal values cost nothing extra.
     */
    static void select(long[] a, int from, int to, int[] ranks, long[] values) {
        int n = to - from;
        if (n <= SORT_MAX) {
            long[] sorted = Arrays.copyOfRange(a, from, to);
            Arrays.sort(sorted);
            for (int i = 0; i < ranks.length; i++) {
                values[i] = sorted[ranks[i]];
            }
            return;
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int k = from; k < to; k++) {
            min = Math.min(min, a[k]);
            max = Math.max(max, a[k]);
        }
        if (min == max) {
            Arrays.fill(values, min);
            return;
        }
        int shift = Math.max(0, 64 - Long.numberOfLeadingZeros(max - min) - BUCKET_BITS);
        int[] counts = new int[(int) ((max - min) >>> shift) + 1];
        for (int k = from; k < to; k++) {
            counts[(int) ((a[k] - min) >>> shift)]++;
        }
        // per rank: its bucket and the number of values in the buckets before it
        int[] bucket = new int[ranks.length];
        int[] before = new int[ranks.length];
        int b = 0;
        int below = 0;
        for (int i = 0; i < ranks.length; i++) {
            while (below + counts[b] <= ranks[i]) {
                below += counts[b++];
            }
            bucket[i] = b;
            before[i] = below;
        }
        if (shift == 0) {
            for (int i = 0; i < ranks.length; i++) {
                values[i] = min + bucket[i];
            }
            return;
        }
        // gather the values of each bucket that holds a rank, then select within it
        int[] part = new int[counts.length];
        Arrays.fill(part, -1);
        long[][] parts = new long[ranks.length][];
        int partCount = 0;
        for (int i = 0; i < ranks.length; i++) {
            if (part[bucket[i]] < 0) {
                part[bucket[i]] = partCount;
                parts[partCount++] = new long[counts[bucket[i]]];
            }
        }
        int[] filled = new int[partCount];
        for (int k = from; k < to; k++) {
            int p = part[(int) ((a[k] - min) >>> shift)];
            if (p >= 0) {
                parts[p][filled[p]++] = a[k];
            }
        }
        for (int i = 0; i < ranks.length;) {
            int j = i;
            while (j < ranks.length && bucket[j] == bucket[i]) {
                j++;
            }
            int[] inPart = new int[j - i];
            for (int r = i; r < j; r++) {
                inPart[r - i] = ranks[r] - before[r];
            }
            long[] found = new long[j - i];
            select(parts[part[bucket[i]]], 0, counts[bucket[i]], inPart, found);
            System.arraycopy(found, 0, values, i, j - i);
            i = j;
        }
    }
}
