package dev.rapport.data;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.Channel;
import dev.rapport.core.Outcome;
import dev.rapport.core.UnreadableInputException;
import dev.rapport.data.internal.CsvImport;
import dev.rapport.data.internal.Gzip;
import dev.rapport.data.internal.JsonLinesImport;
import dev.rapport.data.internal.Utf8Reader;
import dev.rapport.data.internal.XesImport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;

/**
 * Imports interactions from event logs: CSV (canonical header or a {@link ColumnMapping}), JSON lines (one
 * interaction per line in core's JSON format) and IEEE XES. Every format is streamed.
 * <p>
 * The canonical CSV header is {@code interaction_id, customer_id, case_id, timestamp, touchpoint, stage, channel,
 * mode, wait_seconds, handle_seconds, outcome, agent, segment}, optionally followed by survey columns {@code nps},
 * {@code csat}, {@code ces} and {@code rating_<dimension>} (empty where not answered). Required: interaction_id,
 * customer_id, timestamp (ISO-8601, e.g. {@code 2026-01-05T09:30:00Z}), touchpoint, channel and outcome; empty
 * wait and handling times are 0, an empty mode is human.
 * <p>
 * A {@link #strict()} reader throws {@link UnreadableInputException} naming the file and line at the first bad
 * row; a {@link #lenient()} one leaves bad rows out and lists them with reasons in the {@link ImportSummary}.
 * Either way accepted + rejected = rows read. A missing required column always throws. Interaction ids are
 * unique in every format: a row whose id an earlier accepted row has is rejected as a duplicate (the first is
 * kept), never counted twice.
 * <pre>{@code
 * ImportResult result = EventLogReader.lenient().csv(Path.of("contacts.csv"));
 * System.out.println(result.summary());     // contacts.csv: 12 rows read, 11 accepted, 1 rejected ...
 * JourneyLog log = JourneyLog.of(result, Grouping.BY_CASE);   // dev.rapport.journey
 * }</pre>
 * This type is immutable and thread-safe.
 */
public final class EventLogReader {

    /**
     * The longest JSON line read, in characters: 4 MiB (an interaction takes well under 1 KiB). A longer line is
     * read to its end without being held in memory and is a rejected row (strict: an error naming its line), so a
     * file of any size is read within a bounded heap.
     */
    public static final int MAX_JSON_LINE_CHARS = 4 * 1024 * 1024;

    private static final EventLogReader STRICT =
            new EventLogReader(true, ColumnMapping.canonical(), Channel.of("unknown"), Outcome.UNRESOLVED);
    private static final EventLogReader LENIENT =
            new EventLogReader(false, ColumnMapping.canonical(), Channel.of("unknown"), Outcome.UNRESOLVED);

    private final boolean strict;
    private final ColumnMapping mapping;
    private final Channel xesChannel;
    private final Outcome xesOutcome;

    private EventLogReader(boolean strict, ColumnMapping mapping, Channel xesChannel, Outcome xesOutcome) {
        this.strict = strict;
        this.mapping = mapping;
        this.xesChannel = xesChannel;
        this.xesOutcome = xesOutcome;
    }

    /** A reader that throws at the first bad row. */
    public static EventLogReader strict() {
        return STRICT;
    }

    /** A reader that collects bad rows with their reasons and goes on. */
    public static EventLogReader lenient() {
        return LENIENT;
    }

    /** Returns a copy that reads CSV through this column mapping. */
    public EventLogReader withMapping(ColumnMapping mapping) {
        return new EventLogReader(strict, checkNotNull(mapping, "mapping"), xesChannel, xesOutcome);
    }

    /**
     * Returns a copy that gives XES events without a {@code channel} or {@code outcome} attribute these values
     * (by default channel {@code unknown} and outcome {@code unresolved}).
     */
    public EventLogReader withXesDefaults(Channel channel, Outcome outcome) {
        return new EventLogReader(strict, mapping, checkNotNull(channel, "channel"), checkNotNull(outcome, "outcome"));
    }

    //-----------------------------------------------------------------------
    /**
     * Reads a UTF-8 CSV file, gzip-compressed if its name ends in {@code .gz} or its first bytes say so.
     *
     * @throws UnreadableInputException if the file cannot be read, lacks a required column, or (strict) has a bad row
     */
    public ImportResult csv(Path file) {
        return withFile(file, reader -> CsvImport.read(reader, file.toString(), mapping, strict));
    }

    /** Reads CSV from a stream, naming it {@code source} in messages; the reader is not closed. */
    public ImportResult csv(Reader reader, String source) {
        return CsvImport.read(checkNotNull(reader, "reader"), checkNotNull(source, "source"), mapping, strict);
    }

    /** Reads CSV text, e.g. pasted into JShell. */
    public ImportResult csvText(String text) {
        return csv(new StringReader(checkNotNull(text, "text")), "CSV text");
    }

    /**
     * Reads a UTF-8 JSON-lines file (or its gzip): one interaction per line, blank lines ignored, lines of at most
     * {@link #MAX_JSON_LINE_CHARS} characters. A line whose {@code interaction_id} an earlier line has is a
     * rejected row, as in every format; a timestamp is ISO-8601 text, never a number.
     *
     * @throws UnreadableInputException if the file cannot be read or (strict) a line is not an interaction
     */
    public ImportResult jsonLines(Path file) {
        return withFile(file, reader -> JsonLinesImport.read(reader, file.toString(), strict, MAX_JSON_LINE_CHARS));
    }

    /**
     * Reads an IEEE XES event log (or its gzip), streamed with StAX. The attributes used: trace
     * {@code concept:name} is the case, event {@code concept:name} the touchpoint, {@code time:timestamp},
     * {@code lifecycle:transition} (start events set the handling time of their completion),
     * {@code org:resource} (else {@code org:group}) the agent, and optional {@code channel}, {@code outcome},
     * {@code stage}, {@code wait_seconds} event attributes and a {@code customer} trace attribute. The file is
     * decoded as its XML declaration says (UTF-8, UTF-16, ISO-8859-1, ...).
     *
     * @throws UnreadableInputException if the file is not well-formed XML or (strict) an event is bad
     */
    public ImportResult xes(Path file) {
        checkNotNull(file, "file");
        try (InputStream in = Gzip.open(file)) {
            return XesImport.read(in, file.toString(), strict, xesChannel, xesOutcome);
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
    }

    private interface FileRead {
        ImportResult read(BufferedReader reader) throws IOException;
    }

    private static ImportResult withFile(Path file, FileRead read) {
        checkNotNull(file, "file");
        try (BufferedReader reader = new BufferedReader(Gzip.reader(file))) {
            return read.read(reader);
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
    }

    private static UnreadableInputException cannotRead(Path file, IOException e) {
        Utf8Reader.NotUtf8Exception notUtf8 = Utf8Reader.notUtf8(e);
        if (notUtf8 != null) {
            return new UnreadableInputException(file.toString(), notUtf8.line(), 0, "", Utf8Reader.NOT_UTF8, e);
        }
        return UnreadableInputException.cannotRead(file, e);
    }

    @Override
    public String toString() {
        return (strict ? "strict" : "lenient") + " event log reader";
    }
}
