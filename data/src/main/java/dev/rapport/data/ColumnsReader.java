package dev.rapport.data;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.UnreadableInputException;
import dev.rapport.data.ColumnMapping;
import dev.rapport.data.EventLogReader;
import dev.rapport.data.InteractionColumns.Column;
import dev.rapport.data.internal.ColumnStore;
import dev.rapport.data.internal.CsvColumnsImport;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Reads an event-log CSV file straight into {@link InteractionColumns}: the bulk counterpart of
 * {@link EventLogReader#csv(Path)} for files of millions of rows, with the same result as
 * {@code InteractionColumns.of(reader.csv(file).interactions())} and the same {@code ImportSummary}, several times
 * faster and without an {@code Interaction} per row.
 * <p>
 * The file is read in chunks of a few MB parsed in parallel on all cores, straight from its UTF-8 bytes: a
 * {@code String} only for each distinct id, numbers and ISO-8601 timestamps parsed from the bytes. The rules are
 * journey's CSV import: the canonical header (or a {@link ColumnMapping}), required columns, an optional byte-order
 * mark, RFC 4180 quoting (commas, doubled quotes and line ends inside quotes), the same checks of every field in the
 * same order with the same messages, and lines numbered from 1 in the file. A {@link #strict()} reader throws
 * {@link UnreadableInputException} naming the file and line at the first bad row; a {@link #lenient()} one leaves
 * bad rows out and lists them in the summary. Either way accepted + rejected = rows read.
 * <pre>{@code
 * ColumnsImport imported = ColumnsReader.lenient().csv(Path.of("contacts.csv"));
 * System.out.println(imported.summary());     // contacts.csv: 12 rows read, 11 accepted, 1 rejected ...
 * Estimate nps = imported.columns().evaluate(Metrics.nps());
 * }</pre>
 * Both readers follow one rule for every value (a timestamp must fit in epoch milliseconds, a wait or handling
 * time is at most {@code Interaction.MAX_SECONDS}), so the same rows are accepted. Where it differs from
 * {@code EventLogReader}: more distinct
 * touchpoints or segments (32,766) or channels (255) than columns hold throws {@link UnreadableInputException} at
 * the row that brings one too many; a file that is not UTF-8 or not
 * well-formed CSV throws with the line of the problem (an unclosed quote: the line where the quoted cell starts).
 * <p>
 * This type is immutable and thread-safe.
 */
public final class ColumnsReader {

    private static final ColumnsReader STRICT =
            new ColumnsReader(true, ColumnMapping.canonical(), CsvColumnsImport.DEFAULT_CHUNK, 0, ColumnStore.ALL);
    private static final ColumnsReader LENIENT =
            new ColumnsReader(false, ColumnMapping.canonical(), CsvColumnsImport.DEFAULT_CHUNK, 0, ColumnStore.ALL);

    private final boolean strict;
    private final ColumnMapping mapping;
    private final int chunkSize;
    private final int threads;
    private final Set<Column> columns;

    private ColumnsReader(boolean strict, ColumnMapping mapping, int chunkSize, int threads, Set<Column> columns) {
        this.columns = columns;
        this.strict = strict;
        this.mapping = mapping;
        this.chunkSize = chunkSize;
        this.threads = threads;
    }

    /** A reader that throws at the first bad row. */
    public static ColumnsReader strict() {
        return STRICT;
    }

    /** A reader that collects bad rows with their reasons and goes on. */
    public static ColumnsReader lenient() {
        return LENIENT;
    }

    /**
     * Returns a copy that reads columns through this mapping, as {@link EventLogReader#withMapping} does.
     * A custom timestamp pattern is read with {@code java.time} on each cell's text, a few times slower than the
     * ISO-8601 default.
     */
    public ColumnsReader withMapping(ColumnMapping mapping) {
        return new ColumnsReader(strict, checkNotNull(mapping, "mapping"), chunkSize, threads, columns);
    }

    /** Returns a copy that cuts the file into chunks of this many bytes (default 4 MiB; tests use tiny ones). */
    public ColumnsReader withChunkSize(int bytes) {
        checkArgument(bytes > 0, "chunk size must be positive, was %s", bytes);
        return new ColumnsReader(strict, mapping, bytes, threads, columns);
    }

    /** Returns a copy that parses on this many threads (0: one per available processor). */
    public ColumnsReader withThreads(int threads) {
        checkArgument(threads >= 0, "threads must not be negative, was %s", threads);
        return new ColumnsReader(strict, mapping, chunkSize, threads, columns);
    }

    /**
     * Returns a copy that keeps only these columns (a projection): every row is read and checked exactly as
     * before, so the same rows are accepted and rejected with the same {@code ImportSummary}, but the values of
     * the other columns are not coded or stored. A scorecard of survey and outcome figures needs no customer or
     * case ids, whose dictionaries are the largest part of an import. Ask a metric what it reads with
     * {@code ColumnMetrics.columns(metric)} and a filter with {@link InteractionFilter#columns()}; a computation
     * that reads a column the import left out throws {@code IllegalArgumentException} naming it. The limits on
     * distinct values (touchpoints, segments, channels) apply to the columns kept.
     * <pre>{@code
     * ColumnsReader.strict().withColumns(EnumSet.of(Column.TOUCHPOINT, Column.OUTCOME, Column.SURVEY))
     * }</pre>
     *
     * @param columns  the columns to keep, not null (all of them by default)
     */
    public ColumnsReader withColumns(Set<Column> columns) {
        checkNotNull(columns, "columns");
        Set<Column> kept = columns.isEmpty() ? EnumSet.noneOf(Column.class) : EnumSet.copyOf(columns);
        return new ColumnsReader(strict, mapping, chunkSize, threads, Collections.unmodifiableSet(kept));
    }

    /**
     * Reads a UTF-8 CSV file into columns.
     *
     * @param file  the file, not null
     * @return the columns of the accepted rows, in file order, and the import summary, never null
     * @throws UnreadableInputException if the file cannot be read, is not UTF-8 or well-formed CSV, lacks a
     *     required column, holds more distinct values than columns can, or (strict) has a bad row
     */
    public ColumnsImport csv(Path file) {
        checkNotNull(file, "file");
        int parallelism = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        return CsvColumnsImport.read(file, mapping, strict, chunkSize, parallelism, columns);
    }

    /** Returns e.g. {@code lenient columns reader}. */
    @Override
    public String toString() {
        return (strict ? "strict" : "lenient") + " columns reader"
                + (mapping.equals(ColumnMapping.canonical()) ? "" : " with a column mapping")
                + (columns.equals(ColumnStore.ALL) ? "" : " of " + columns.stream().map(Column::id)
                        .collect(java.util.stream.Collectors.joining(", ")));
    }
}
