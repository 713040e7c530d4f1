package dev.rapport.examples;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.rapport.core.Interaction;
import dev.rapport.core.ServiceDimension;
import dev.rapport.examples.internal.CsvRowWriter;
import dev.rapport.examples.internal.RetailJourney;
import dev.rapport.examples.internal.RetailOperation;
import dev.rapport.journey.JourneyMap;
import dev.rapport.examples.internal.SampleRow;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Realistic, reproducible interactions of a retail service operation, from a few hundred for a demo to tens of
 * millions for a benchmark.
 * <p>
 * The retailer sells home electronics through a web shop and stores and runs a contact centre. Its customers
 * belong to five segments and travel a designed journey: awareness, consideration, purchase, onboarding,
 * support and loyalty, through phone, e-mail, chat, web self-service and the stores. Phone and chat queues have
 * long-tailed waits and abandoned contacts; complex issues are transferred from the first line to specialists,
 * sometimes escalated, and followed up by a proactive call; unresolved cases come back as repeat contacts
 * within days. A fraction of contacts is surveyed (NPS, CSAT, CES and a rating per built-in
 * {@link ServiceDimension}), and the answers depend on what happened: long waits and transfers lower them. Over
 * the period phone waits grow while chat waits shrink, so a quarter-on-quarter scorecard has something to find.
 * <pre>{@code
 * SampleData.of(10_000).writeCsv(Path.of("interactions.csv"));     // or .interactions() for a Stream
 * }</pre>
 * The same rows, seed and period always give the same interactions, byte for byte. Rows come customer by
 * customer, in time order within a customer (not in global time order, as many CRM exports); interaction ids
 * count up from {@code i-1}. The CSV has the canonical header {@link #CSV_HEADER} and leaves a survey column
 * empty where the question was not answered, a wait or handling time empty where a real system records none. The
 * {@code initiator} column says {@code company} for the company-initiated touchpoints ({@code order-confirmation},
 * {@code follow-up-call}, {@code review-request}); {@code reason} gives every contact on a case the case's contact
 * reason ({@code delivery}, {@code returns}, {@code billing}, {@code product-question} or {@code account}).
 * <p>
 * This type is immutable and thread-safe; every call generates afresh.
 */
public final class SampleData {

    /** The seed used unless another is given. */
    public static final long DEFAULT_SEED = 42;
    /** The first day of the default period: the second quarter of 2026. */
    public static final LocalDate DEFAULT_FROM = LocalDate.of(2026, 4, 1);
    /** The day after the default period: two quarters, up to the end of the third quarter of 2026. */
    public static final LocalDate DEFAULT_UNTIL = LocalDate.of(2026, 10, 1);

    /** The dimensions rated in the surveys, in the order of the {@code rating_*} columns. */
    public static final List<ServiceDimension> RATED_DIMENSIONS = SampleRow.RATED;

    /** The columns of the canonical CSV, in order. */
    public static final List<String> CSV_COLUMNS = columns();

    /** The canonical CSV header line, without a line end. */
    public static final String CSV_HEADER = String.join(",", CSV_COLUMNS);

    private final long rows;
    private final long seed;
    private final LocalDate from;
    private final LocalDate until;

    private SampleData(long rows, long seed, LocalDate from, LocalDate until) {
        this.rows = rows;
        this.seed = seed;
        this.from = from;
        this.until = until;
    }

    private static List<String> columns() {
        ImmutableList.Builder<String> columns = ImmutableList.<String>builder().add("interaction_id", "customer_id",
                "case_id", "timestamp", "touchpoint", "stage", "channel", "mode", "wait_seconds", "handle_seconds",
                "outcome", "agent", "segment", "initiator", "reason", "nps", "csat", "ces");
        for (ServiceDimension dimension : SampleRow.RATED) {
            columns.add("rating_" + dimension.id());
        }
        return columns.build();
    }

    //-----------------------------------------------------------------------
    /**
     * Obtains sample data of the given size, with the default seed and period.
     *
     * @param rows  how many interactions, not negative
     * @return the sample data, never null
     * @throws IllegalArgumentException if rows is negative
     */
    public static SampleData of(long rows) {
        checkArgument(rows >= 0, "the number of sample rows must not be negative, was %s", rows);
        return new SampleData(rows, DEFAULT_SEED, DEFAULT_FROM, DEFAULT_UNTIL);
    }

    /** Returns a copy with another seed: different interactions, the same proportions. */
    public SampleData withSeed(long seed) {
        return new SampleData(rows, seed, from, until);
    }

    /** Returns a copy with another number of interactions. */
    public SampleData withRows(long rows) {
        checkArgument(rows >= 0, "the number of sample rows must not be negative, was %s", rows);
        return new SampleData(rows, seed, from, until);
    }

    /**
     * Returns a copy whose interactions fall between two days (UTC).
     *
     * @param from  the first day, inclusive, not null
     * @param until  the day after the last, exclusive, not null
     * @return the sample data, never null
     * @throws IllegalArgumentException if {@code until} is not after {@code from}
     */
    public SampleData withPeriod(LocalDate from, LocalDate until) {
        checkNotNull(from, "from");
        checkNotNull(until, "until");
        checkArgument(until.isAfter(from), "the sample period must end after it starts, was %s to %s", from, until);
        return new SampleData(rows, seed, from, until);
    }

    public long rows() {
        return rows;
    }

    public long seed() {
        return seed;
    }

    /** The first day of the period (UTC), inclusive. */
    public LocalDate from() {
        return from;
    }

    /** The day after the period (UTC), exclusive. */
    public LocalDate until() {
        return until;
    }

    //-----------------------------------------------------------------------
    /**
     * The journey the sample retailer designed: six lifecycle stages, 21 touchpoints with goals, emotions,
     * moments of truth and pain points, and the expected paths that the generated customers mostly follow.
     * Company-initiated touchpoints: {@code order-confirmation}, {@code follow-up-call}, {@code review-request}.
     *
     * @return the journey map, never null
     */
    public static JourneyMap journeyMap() {
        return JOURNEY_MAP;
    }

    private static final JourneyMap JOURNEY_MAP = RetailJourney.map();

    /** The interactions, generated as the stream is consumed; sequential, ordered and sized. */
    public Stream<Interaction> interactions() {
        return StreamSupport.stream(Spliterators.spliterator(iterator(), rows,
                Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE), false);
    }

    /** The interactions, generated as the iterator advances. */
    public Iterator<Interaction> iterator() {
        RetailOperation operation = operation();
        return new Iterator<>() {
            private SampleRow next = operation.next();

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Interaction next() {
                if (next == null) {
                    throw new NoSuchElementException("all " + rows + " sample interactions were returned");
                }
                Interaction interaction = next.toInteraction();
                next = operation.next();
                return interaction;
            }
        };
    }

    /**
     * Writes the interactions as canonical CSV (header, then one line per interaction, {@code \n} line ends,
     * ASCII), streaming: memory use does not grow with the number of rows.
     *
     * @param out  where to write, not null; flushed, not closed
     * @return the number of interactions written, never negative
     * @throws UncheckedIOException if writing fails
     */
    public long writeCsv(OutputStream out) {
        checkNotNull(out, "out");
        RetailOperation operation = operation();
        CsvRowWriter writer = new CsvRowWriter(out, epochSecond(from), epochSecond(until));
        long written = 0;
        try {
            writer.header(CSV_HEADER);
            for (SampleRow row = operation.next(); row != null; row = operation.next()) {
                writer.row(row);
                written++;
            }
            writer.flush();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the sample CSV: " + e.getMessage(), e);
        }
        return written;
    }

    /**
     * Writes the interactions as canonical CSV to a file, replacing it.
     *
     * @param file  the file, not null
     * @return the number of interactions written, never negative
     * @throws UncheckedIOException naming the file if writing fails
     */
    public long writeCsv(Path file) {
        checkNotNull(file, "file");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            return writeCsv(out);
        } catch (IOException | UncheckedIOException e) {
            throw new UncheckedIOException("could not write the sample CSV to " + file + ": " + e.getMessage(),
                    e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
        }
    }

    private RetailOperation operation() {
        return new RetailOperation(seed, epochSecond(from), epochSecond(until), rows);
    }

    private static long epochSecond(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    }

    //-----------------------------------------------------------------------
    @Override
    public boolean equals(Object other) {
        return other instanceof SampleData that && rows == that.rows && seed == that.seed && from.equals(that.from)
                && until.equals(that.until);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(rows, seed, from, until);
    }

    /** Returns e.g. {@code 10000 sample interactions, seed 42, 2026-04-01 to 2026-10-01}. */
    @Override
    public String toString() {
        return rows + " sample interactions, seed " + seed + ", " + from + " to " + until;
    }
}
