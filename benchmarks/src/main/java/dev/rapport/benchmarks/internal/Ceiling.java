package dev.rapport.benchmarks.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.IntStream;

/**
 * The memory-bandwidth ceiling of a workload: one parallel pass over the primitive columns it reads that does
 * nothing but load every element (and add it to a checksum, so the loads stay). No workload over these columns
 * can finish faster than this on the same machine. For the workloads that start from the file, the ceiling is
 * reading its bytes.
 */
final class Ceiling {

    private static final int CHUNK = 1 << 16;
    private static final int FILE_CHUNK = 1 << 22;

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

    /**
     * Reads every byte of a file (from the page cache after the first run) in 4 MB chunks in parallel with
     * positional reads, and loads each once.
     */
    static long file(Path path) {
        try (FileChannel file = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = file.size();
            int chunks = (int) ((size + FILE_CHUNK - 1) / FILE_CHUNK);
            return IntStream.range(0, chunks).parallel().mapToLong(chunk -> {
                ByteBuffer buffer = ByteBuffer.allocate(FILE_CHUNK);
                long position = (long) chunk * FILE_CHUNK;
                try {
                    while (buffer.hasRemaining() && file.read(buffer, position + buffer.position()) > 0) {
                        // read the whole chunk
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                buffer.flip();
                long sum = 0;
                while (buffer.remaining() >= 8) {
                    sum += buffer.getLong();
                }
                while (buffer.hasRemaining()) {
                    sum += buffer.get();
                }
                return sum;
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
