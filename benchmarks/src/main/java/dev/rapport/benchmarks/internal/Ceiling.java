package dev.rapport.benchmarks.internal;

import java.util.stream.IntStream;

/**
 * The memory-bandwidth ceiling of a workload: one parallel pass over the primitive columns it reads that does
 * nothing but load every element (and add it to a checksum, so the loads stay). No workload over these columns
 * can finish faster than this on the same machine.
 */
final class Ceiling {

    private static final int CHUNK = 1 << 16;

    private Ceiling() {
    }

    /**
     * Loads every element of the columns ({@code long[]}, {@code int[]}, {@code short[]} or {@code byte[]}, all
     * of length {@code rows}).
     */
    static long pass(int rows, Object... columns) {
        int chunks = (rows + CHUNK - 1) / CHUNK;
        return IntStream.range(0, chunks).parallel().mapToLong(chunk -> {
            int from = chunk * CHUNK;
            int to = Math.min(rows, from + CHUNK);
            long sum = 0;
            for (Object column : columns) {
                if (column instanceof long[] longs) {
                    for (int i = from; i < to; i++) {
                        sum += longs[i];
                    }
                } else if (column instanceof int[] ints) {
                    for (int i = from; i < to; i++) {
                        sum += ints[i];
                    }
                } else if (column instanceof short[] shorts) {
                    for (int i = from; i < to; i++) {
                        sum += shorts[i];
                    }
                } else {
                    byte[] bytes = (byte[]) column;
                    for (int i = from; i < to; i++) {
                        sum += bytes[i];
                    }
                }
            }
            return sum;
        }).sum();
    }
}
