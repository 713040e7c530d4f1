package dev.rapport.data.internal;

import dev.rapport.core.UnreadableInputException;
import dev.rapport.data.ColumnMapping;
import dev.rapport.data.ColumnsImport;
import dev.rapport.data.InteractionColumns;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads an event-log CSV file into {@link InteractionColumns} in parallel, with the result of a sequential read.
 * <p>
 * The header is read first. The rest of the file is cut into chunks of a few MB at arbitrary byte positions; each
 * chunk is parsed on a pool thread ({@link CsvChunk}) from the first line start after its cut, on the assumption
 * that this line end is not inside a quoted cell, and owns the rows that start before the next cut. This thread
 * takes the chunks in file order: a chunk whose start is not where the previous chunk really ended (a quoted cell
 * with a line end crossed the cut), or that gave up reading far beyond its end, is parsed again from the right
 * place. Then {@link CsvMerge} appends its rows to one {@link InteractionColumns.Builder}, each chunk-local code
 * mapped to a global one when first met, so every code is the one a sequential read gives; the line of every row and
 * problem is the chunk's first line plus the lines counted within it. At most two chunks per thread are in flight.
 */
public final class CsvColumnsImport {

    /** Bytes per chunk unless told otherwise. */
    public static final int DEFAULT_CHUNK = 4 << 20;

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final FileChannel file;
    private final long size;
    private final String source;
    private final ColumnMapping mapping;
    private final boolean strict;
    private final int chunkSize;
    private final int threads;
    private final Set<InteractionColumns.Column> held;

    private CsvColumnsImport(FileChannel file, long size, String source, ColumnMapping mapping, boolean strict,
            int chunkSize, int threads, Set<InteractionColumns.Column> held) {
        this.held = held;
        this.file = file;
        this.size = size;
        this.source = source;
        this.mapping = mapping;
        this.strict = strict;
        this.chunkSize = chunkSize;
        this.threads = threads;
    }

    /**
     * Reads the file.
     *
     * @throws UnreadableInputException if it cannot be read, is not UTF-8 or not CSV, lacks a required column,
     *     holds more distinct values than columns can, or (strict) has a bad row
     */
    public static ColumnsImport read(Path path, ColumnMapping mapping, boolean strict, int chunkSize, int threads,
            Set<InteractionColumns.Column> held) {
        String source = path.toString();
        try {
            if (Gzip.isGzip(path)) {
                return readGzip(path, source, mapping, strict, chunkSize, threads, held);
            }
        } catch (IOException e) {
            throw cannotRead(source, e);
        }
        return read(path, source, mapping, strict, chunkSize, threads, held);
    }

    /**
     * A gzip file cannot be cut at byte positions, so it is decompressed sequentially into a temporary file next
     * to the system's others, read in parallel from there under the gzip file's name, and the copy deleted.
     */
    private static ColumnsImport readGzip(Path path, String source, ColumnMapping mapping, boolean strict,
            int chunkSize, int threads, Set<InteractionColumns.Column> held) throws IOException {
        Path plain = Files.createTempFile("rapport-", ".csv");
        try {
            try (InputStream in = Gzip.open(path)) {
                Files.copy(in, plain, StandardCopyOption.REPLACE_EXISTING);
            }
            return read(plain, source, mapping, strict, chunkSize, threads, held);
        } finally {
            Files.deleteIfExists(plain);
        }
    }

    private static ColumnsImport read(Path path, String source, ColumnMapping mapping, boolean strict,
            int chunkSize, int threads, Set<InteractionColumns.Column> held) {
        try (FileChannel file = FileChannel.open(path, StandardOpenOption.READ)) {
            return new CsvColumnsImport(file, file.size(), source, mapping, strict, chunkSize, threads, held).run();
        } catch (IOException e) {
            throw cannotRead(source, e);
        } catch (UncheckedIOException e) {
            throw cannotRead(source, e.getCause());
        }
    }

    private static UnreadableInputException cannotRead(String source, IOException e) {
        return UnreadableInputException.cannotRead(source, e);
    }

    private ColumnsImport run() throws IOException {
        CsvTokenizer header = new CsvTokenizer(file, size, new byte[(int) Math.min(size, 1 << 16) + 1], 0, 1 << 16,
                Long.MAX_VALUE);
        header.trim = false;
        int pos = 0;
        int lines = 0;
        while (true) {
            if (!header.has(pos)) {
                throw new UnreadableInputException(source, 1, 0, "", "no header row", null);
            }
            int next = header.row(pos);
            if (next == CsvTokenizer.FATAL) {
                throw new UnreadableInputException(source, 1 + lines + header.problemLines, 0, "", header.problem,
                        null);
            }
            int malformed = header.malformedUtf8(pos, next);
            if (malformed >= 0) {
                throw new UnreadableInputException(source, 1 + lines + header.lineEndsIn(pos, malformed), 0, "",
                        CsvChunk.NOT_UTF8, null);
            }
            lines += header.lineEnds;
            pos = next;
            if (!header.blank) {
                break;
            }
        }
        String[] names = new String[header.cells];
        for (int i = 0; i < names.length; i++) {
            names[i] = CsvValues.text(header.buf, header.from[i], header.to[i]);
        }
        CsvLayout layout = CsvLayout.of(names, mapping, source);
        long dataStart = header.position(pos);
        long firstLine = 1 + lines;

        CsvChunk.Parser parser = new CsvChunk.Parser(file, size, layout, strict, chunkSize, held);
        int count = (int) ((size - dataStart + chunkSize - 1) / chunkSize);
        ExecutorService pool = count <= 1 ? null : Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "rapport-csv-" + POOLS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        CsvMerge merge = new CsvMerge(source, strict, held);
        try {
            Deque<Future<CsvChunk>> inFlight = new ArrayDeque<>();
            int submitted = 0;
            long expectedStart = dataStart;
            long line = firstLine;
            for (int k = 0; k < count; k++) {
                CsvChunk chunk;
                long end = k + 1 == count ? size : dataStart + (long) (k + 1) * chunkSize;
                if (pool == null) {
                    chunk = parser.exact(expectedStart, end);
                } else {
                    while (submitted < count && submitted < k + 2 * threads) {
                        long from = dataStart + (long) submitted * chunkSize;
                        long to = submitted + 1 == count ? size : from + chunkSize;
                        boolean first = submitted == 0;
                        inFlight.add(pool.submit(() -> first ? parser.exact(from, to) : parser.speculative(from, to)));
                        submitted++;
                    }
                    chunk = inFlight.poll().get();
                    if (!chunk.complete || chunk.start != expectedStart) {
                        parser.recycle(chunk);
                        chunk = parser.exact(expectedStart, end); // a quoted line end crossed the cut: parse again
                    }
                }
                merge.append(chunk, line);
                parser.recycle(chunk);
                expectedStart = chunk.end;
                line += chunk.lineEnds;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + source, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        return merge.result();
    }

}
