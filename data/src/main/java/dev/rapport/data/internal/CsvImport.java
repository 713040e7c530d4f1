package dev.rapport.data.internal;

import dev.rapport.core.Channel;
import dev.rapport.core.Initiator;
import dev.rapport.core.Interaction;
import dev.rapport.core.Mode;
import dev.rapport.core.Outcome;
import dev.rapport.core.SurveyScores;
import dev.rapport.core.UnreadableInputException;
import dev.rapport.data.ColumnMapping;
import dev.rapport.data.ImportResult;
import java.io.Reader;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import tools.jackson.core.JacksonException;

/**
 * Streams a CSV export into interactions with Jackson's CSV token stream: one reusable array of cells per row,
 * column positions resolved once from the header, channels and outcomes cached, no regular expressions.
 */
public final class CsvImport {


    private final ColumnMapping mapping;
    private final RowSink sink;
    private final ZoneId zone;
    private final DateTimeFormatter formatter;
    private final Map<String, Channel> channels = new HashMap<>();
    private final Map<String, Outcome> outcomes = new HashMap<>();
    private final Map<String, Optional<String>> strings = new HashMap<>();

    private int width;
    private int id, customer, caseId, timestamp, touchpoint, stage, channel, mode, waitSeconds, handleSeconds,
            outcome, agent, segment, nps, csat, ces, initiator, reason, tier;
    private String[] ratingNames;
    private int[] ratingColumns;
    private String[] ratingSourceNames;

    private CsvImport(ColumnMapping mapping, RowSink sink) {
        this.mapping = mapping;
        this.sink = sink;
        this.zone = ZoneId.of(mapping.zone());
        this.formatter = mapping.timestampFormatter().orElse(null);
    }

    /** Reads a whole CSV stream; the reader is not closed. */
    public static ImportResult read(Reader reader, String source, ColumnMapping mapping, boolean strict) {
        RowSink sink = new RowSink(source, strict);
        new CsvImport(mapping, sink).run(reader);
        return sink.result();
    }

    private void run(Reader reader) {
        CsvRecords records = new CsvRecords();
        boolean headed;
        try {
            headed = records.read(reader, false, new CsvRecords.Rows() {
                @Override
                public void header(String[] names) {
                    CsvImport.this.header(names);
                }

                @Override
                public void row(String[] cells, int n, long line) {
                    CsvImport.this.row(cells, n, line);
                }
            });
        } catch (JacksonException e) {
            Utf8Reader.NotUtf8Exception notUtf8 = Utf8Reader.notUtf8(e);
            if (notUtf8 != null) {
                throw new UnreadableInputException(sink.source(), notUtf8.line(), 0, "", CsvChunk.NOT_UTF8, e);
            }
            long at = e.getLocation() == null ? records.line() : e.getLocation().getLineNr();
            throw new UnreadableInputException(sink.source(), at, 0, "", "malformed CSV: " + e.getOriginalMessage(),
                    e);
        }
        if (!headed) {
            throw new UnreadableInputException(sink.source(), 1, 0, "", "no header row", null);
        }
    }

    private void header(String[] names) {
        CsvLayout layout = CsvLayout.of(names, mapping, sink.source());
        width = layout.width;
        int[] at = layout.column;
        id = at[CsvLayout.ID];
        customer = at[CsvLayout.CUSTOMER];
        caseId = at[CsvLayout.CASE];
        timestamp = at[CsvLayout.TIMESTAMP];
        touchpoint = at[CsvLayout.TOUCHPOINT];
        stage = at[CsvLayout.STAGE];
        channel = at[CsvLayout.CHANNEL];
        mode = at[CsvLayout.MODE];
        waitSeconds = at[CsvLayout.WAIT];
        handleSeconds = at[CsvLayout.HANDLE];
        outcome = at[CsvLayout.OUTCOME];
        agent = at[CsvLayout.AGENT];
        segment = at[CsvLayout.SEGMENT];
        nps = at[CsvLayout.NPS];
        csat = at[CsvLayout.CSAT];
        ces = at[CsvLayout.CES];
        initiator = at[CsvLayout.INITIATOR];
        reason = at[CsvLayout.REASON];
        tier = at[CsvLayout.TIER];
        ratingNames = layout.ratingNames;
        ratingColumns = layout.ratingColumns;
        ratingSourceNames = layout.ratingSourceNames;
    }

    private void row(String[] row, int n, long line) {
        if (n != width) {
            sink.reject(line, "expected " + width + " columns, found " + n, null);
            return;
        }
        try {
            String interactionId = required(row, id, "interaction_id");
            Instant at = instant(required(row, timestamp, "timestamp"));
            Outcome result = outcome(required(row, outcome, "outcome"));
            Channel on = channel(required(row, channel, "channel"));
            String modeText = cell(row, mode, "mode");
            Mode servedBy = modeText.isEmpty() ? Mode.HUMAN : mode(modeText);
            Initiator startedBy = initiator(cell(row, initiator, "initiator"));
            sink.accept(line, new Interaction(interactionId, required(row, customer, "customer_id"),
                    caseId(row), at, required(row, touchpoint, "touchpoint"),
                    optional(row, stage, "stage"), on, servedBy, startedBy, seconds(row, waitSeconds, "wait_seconds"),
                    seconds(row, handleSeconds, "handle_seconds"), result, optional(row, agent, "agent"),
                    optional(row, segment, "segment"), optional(row, reason, "reason"), survey(row),
                    optional(row, tier, "tier")));
        } catch (IllegalArgumentException e) {
            sink.reject(line, e.getMessage(), e);
        }
    }

    private String cell(String[] row, int column, String canonical) {
        if (column >= 0) {
            return row[column].trim();
        }
        return mapping.constants().getOrDefault(canonical, "");
    }

    private String required(String[] row, int column, String canonical) {
        String value = cell(row, column, canonical);
        if (value.isEmpty()) {
            throw new IllegalArgumentException("missing value for required column '" + mapping.sourceName(canonical)
                    + "'");
        }
        return value;
    }

    /** Case ids are nearly all distinct: not worth a cache lookup. */
    private Optional<String> caseId(String[] row) {
        String value = cell(row, caseId, "case_id");
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** Stage, agent, segment and tier repeat a lot: one shared Optional per distinct value (up to 100,000). */
    private Optional<String> optional(String[] row, int column, String canonical) {
        String value = cell(row, column, canonical);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> cached = strings.get(value);
        if (cached == null) {
            cached = Optional.of(value);
            if (strings.size() < 100_000) {
                strings.put(value, cached);
            }
        }
        return cached;
    }

    private Instant instant(String text) {
        return formatter == null ? Timestamps.parseIso(text, zone) : Timestamps.parse(text, formatter);
    }

    private Outcome outcome(String text) {
        Outcome cached = outcomes.get(text);
        if (cached == null) {
            cached = Outcome.parse(text);
            outcomes.put(text, cached);
        }
        return cached;
    }

    private Channel channel(String text) {
        Channel cached = channels.get(text);
        if (cached == null) {
            cached = Channel.parse(text);
            channels.put(text, cached);
        }
        return cached;
    }

    private static Mode mode(String text) {
        if (text.equalsIgnoreCase("human")) {
            return Mode.HUMAN;
        }
        if (text.equalsIgnoreCase("automated")) {
            return Mode.AUTOMATED;
        }
        throw new IllegalArgumentException("unknown mode '" + text + "'; expected human or automated");
    }

    /**
     * Who started the contact: {@code customer} or {@code company}, any case, trimmed; an empty cell (or no such
     * column) is the model's default, the customer. The one rule for both CSV readers ({@code CsvChunk} calls it).
     *
     * @throws IllegalArgumentException for any other text, quoting it
     */
    public static Initiator initiator(String text) {
        if (text.isEmpty() || text.equalsIgnoreCase("customer")) {
            return Initiator.CUSTOMER;
        }
        if (text.equalsIgnoreCase("company")) {
            return Initiator.COMPANY;
        }
        throw new IllegalArgumentException("unknown initiator '" + text + "'; expected customer or company");
    }

    /** An empty cell, or no such column, is an unknown duration: never 0. */
    private OptionalDouble seconds(String[] row, int column, String canonical) {
        String text = cell(row, column, canonical);
        return text.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(number(text, canonical));
    }

    private double number(String text, String canonical) {
        return parseNumber(text, mapping.sourceName(canonical));
    }

    private static double parseNumber(String text, String sourceName) {
        try {
            return CsvValues.decimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(sourceName + " must be a number, was '" + text + "'");
        }
    }

    private SurveyScores survey(String[] row) {
        SurveyScores survey = SurveyScores.none();
        String text = cell(row, nps, "nps");
        if (!text.isEmpty()) {
            survey = survey.withNps(integer(text, "nps"));
        }
        text = cell(row, csat, "csat");
        if (!text.isEmpty()) {
            survey = survey.withCsat(integer(text, "csat"));
        }
        text = cell(row, ces, "ces");
        if (!text.isEmpty()) {
            survey = survey.withCes(integer(text, "ces"));
        }
        for (int i = 0; i < ratingColumns.length; i++) {
            text = row[ratingColumns[i]].trim();
            if (CsvValues.isNotApplicable(text)) {
                survey = survey.withNotApplicable(ratingNames[i]);
            } else if (!text.isEmpty()) {
                survey = survey.withRating(ratingNames[i], whole(text, ratingSourceNames[i]));
            }
        }
        return survey;
    }

    private int integer(String text, String canonical) {
        return whole(text, mapping.sourceName(canonical));
    }

    private static int whole(String text, String sourceName) {
        double value = parseNumber(text, sourceName);
        if (value != Math.rint(value) || value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(sourceName + " must be a whole number, was '" + text + "'");
        }
        return (int) value;
    }
}
