package dev.rapport.benchmarks.internal;

import dev.rapport.journey.EventLogReader;
import dev.rapport.journey.ImportResult;
import dev.rapport.metrics.InteractionColumns;
import dev.rapport.metrics.Metrics;
import dev.rapport.metrics.Moments;
import dev.rapport.metrics.NetPromoterScore;
import dev.rapport.core.Interaction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/**
 * Ingest: the canonical CSV file from disk into memory. Rapport: the library's strict importer
 * ({@code EventLogReader}, validating every row) over chunks of the file in parallel, appended in order to an
 * {@code InteractionColumns.Builder} ({@link #read(Path)}). DuckDB:
 * {@code CREATE OR REPLACE TABLE ingested AS SELECT * FROM read_csv(file)}. The ceiling reads the file's bytes
 * (from the page cache after the first run) and loads each once, in parallel.
 * <p>
 * Agreement, on what each engine now holds: the number of rows, the NPS tally and the total wait in milliseconds,
 * exactly. Computing them is inside the timed call on both sides (one pass, a few milliseconds).
 */
final class IngestWorkload extends Workload<IngestWorkload.Answer> {

    private static final int CHUNK = 1 << 22;
    private static final int PARSE_CHUNK = 1 << 23;
    private static final int IN_FLIGHT = 4;

    /** What was loaded. */
    record Answer(long rows, long promoters, long passives, long detractors, long waitTotalMillis) {
    }

    IngestWorkload(Dataset data) {
        super(data);
    }

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public Answer rapport() {
        InteractionColumns columns = read(data.csv);
        NetPromoterScore nps = columns.accumulate(Metrics.nps()).get(List.of());
        Moments wait = columns.accumulate(Metrics.waitMean()).get(List.of());
        return new Answer(columns.size(), nps.promoters(), nps.passives(), nps.detractors(), wait.sum());
    }

    /**
     * Reads a canonical CSV file into columns with the library's strict importer, in parallel: the file is cut at
     * line ends into chunks of about {@value #PARSE_CHUNK} bytes, each parsed (with the header line before it) by
     * {@code EventLogReader.strict().csv(reader, source)} on a pool thread, while this thread appends the parsed
     * chunks in file order to one {@code InteractionColumns.Builder}, so the dictionary codes are those of a
     * sequential read. At most {@value #IN_FLIGHT} chunks are parsed ahead.
     */
    static InteractionColumns read(Path csv) {
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try (FileChannel file = FileChannel.open(csv, StandardOpenOption.READ)) {
            long size = file.size();
            byte[] header = lineAt(file, 0);
            List<long[]> chunks = new ArrayList<>();
            long from = header.length;
            while (from < size) {
                long to = Math.min(size, from + PARSE_CHUNK);
                if (to < size) {
                    to += lineAt(file, to).length;
                }
                chunks.add(new long[] {from, to});
                from = to;
            }
            Deque<Future<ImportResult>> inFlight = new ArrayDeque<>();
            int next = 0;
            InteractionColumns.Builder builder = InteractionColumns.builder();
            while (next < chunks.size() || !inFlight.isEmpty()) {
                while (next < chunks.size() && inFlight.size() < IN_FLIGHT) {
                    long[] range = chunks.get(next++);
                    inFlight.add(pool.submit(() -> parse(file, header, range[0], range[1], csv.toString())));
                }
                ImportResult parsed = inFlight.poll().get();
                for (Interaction interaction : parsed.interactions()) {
                    builder.add(interaction);
                }
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static ImportResult parse(FileChannel file, byte[] header, long from, long to, String source)
            throws IOException {
        byte[] bytes = new byte[header.length + (int) (to - from)];
        System.arraycopy(header, 0, bytes, 0, header.length);
        ByteBuffer buffer = ByteBuffer.wrap(bytes, header.length, (int) (to - from));
        while (buffer.hasRemaining() && file.read(buffer, from + buffer.position() - header.length) > 0) {
            // read the whole range
        }
        return EventLogReader.strict().csv(new InputStreamReader(new ByteArrayInputStream(bytes),
                StandardCharsets.UTF_8), source);
    }

    /** The bytes from {@code position} up to and including the next line end (or the end of the file). */
    private static byte[] lineAt(FileChannel file, long position) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocate(4096);
        long at = position;
        while (file.read(buffer.clear(), at) > 0) {
            buffer.flip();
            while (buffer.hasRemaining()) {
                byte b = buffer.get();
                line.write(b);
                if (b == '\n') {
                    return line.toByteArray();
                }
            }
            at += buffer.limit();
        }
        return line.toByteArray();
    }

    @Override
    public Answer duckdb() {
        execute("CREATE OR REPLACE TABLE ingested AS SELECT * FROM read_csv('" + data.csv.toString().replace("'", "''")
                + "', header = true)");
        Object[] r = query("""
                SELECT count(*), count(*) FILTER (WHERE nps >= 9), count(*) FILTER (WHERE nps BETWEEN 7 AND 8),
                       count(*) FILTER (WHERE nps <= 6), sum(wait_seconds)
                FROM ingested""", Workload::values).get(0);
        return new Answer(ScorecardWorkload.l(r[0]), ScorecardWorkload.l(r[1]), ScorecardWorkload.l(r[2]),
                ScorecardWorkload.l(r[3]), Math.round(ScorecardWorkload.d(r[4]) * 1000));
    }

    @Override
    public long ceiling() {
        try (FileChannel file = FileChannel.open(data.csv, StandardOpenOption.READ)) {
            long size = file.size();
            int chunks = (int) ((size + CHUNK - 1) / CHUNK);
            return IntStream.range(0, chunks).parallel().mapToLong(chunk -> {
                ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
                long position = (long) chunk * CHUNK;
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

    @Override
    public void verify(Answer rapport, Answer duckdb) {
        exact("the file", "rows", rapport.rows, duckdb.rows);
        exact("the file", "NPS promoters", rapport.promoters, duckdb.promoters);
        exact("the file", "NPS passives", rapport.passives, duckdb.passives);
        exact("the file", "NPS detractors", rapport.detractors, duckdb.detractors);
        exact("the file", "total wait (ms)", rapport.waitTotalMillis, duckdb.waitTotalMillis);
    }

    @Override
    public String describe(Answer a) {
        return String.format(Locale.ROOT, "%d rows loaded, %d NPS answers", a.rows,
                a.promoters + a.passives + a.detractors);
    }
}
