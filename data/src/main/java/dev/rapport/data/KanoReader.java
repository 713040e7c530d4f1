package dev.rapport.data;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.KanoQuestionnaire;
import dev.rapport.core.UnreadableInputException;
import dev.rapport.data.internal.Gzip;
import dev.rapport.data.internal.KanoCsvImport;
import dev.rapport.data.internal.KanoJsonLinesImport;
import dev.rapport.data.internal.KanoRows;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Imports the answers of a Kano survey: one row per respondent and feature, with the answers to the feature's
 * functional question ("if it is there") and dysfunctional question ("if it is not").
 * <ul>
 * <li><b>CSV</b> (UTF-8, a header row): columns {@code respondent_id}, {@code feature}, {@code functional},
 * {@code dysfunctional}, in any order, names matched after trimming and in any case; other columns (a timestamp,
 * a segment) are ignored. A name appearing twice, or a missing one, is an error at line 1.</li>
 * <li><b>JSON lines</b> (one JSON object per line, blank lines ignored):
 * {@code {"respondent_id": "r-1", "feature": "Live chat", "functional": "like", "dysfunctional": 4}}; the
 * respondent id may be a string or a whole number; an answer {@code null} or absent is unknown; other properties
 * are errors.</li>
 * </ul>
 * An answer is one of the words {@code like}, {@code expect} (or {@code must-be}), {@code neutral},
 * {@code live-with}, {@code dislike}, a code {@code 1} to {@code 5} in that order, or Berger et al.'s full answer
 * ("I can live with it that way"), any case ({@link dev.rapport.core.KanoAnswer#parse}). An empty cell is an
 * unknown answer: the pair is accepted and counted as unknown, never given a category. Rejected: a row without
 * a respondent id or feature, an answer that is none of these, a second pair of the same respondent and feature,
 * and (with {@link #withQuestionnaire}) a feature the questionnaire does not ask about. Files ending in {@code .gz}
 * or starting with the gzip magic bytes are decompressed.
 * <p>
 * A {@link #strict()} reader throws {@link UnreadableInputException} naming the file and line (and JSON path) at
 * the first bad row; a {@link #lenient()} one leaves bad rows out and lists them in the {@link ImportSummary}.
 * <pre>{@code
 * KanoImport answers = KanoReader.lenient().csv(Path.of("kano.csv"));
 * System.out.println(answers.summary());   // kano.csv: 240 rows read, 238 accepted, 2 rejected ...
 * }</pre>
 * This type is immutable and thread-safe.
 */
public final class KanoReader {

    private static final KanoReader STRICT = new KanoReader(true, Optional.empty());
    private static final KanoReader LENIENT = new KanoReader(false, Optional.empty());

    private final boolean strict;
    private final Optional<KanoQuestionnaire> questionnaire;

    private KanoReader(boolean strict, Optional<KanoQuestionnaire> questionnaire) {
        this.strict = strict;
        this.questionnaire = questionnaire;
    }

    /** A reader that throws at the first bad row. */
    public static KanoReader strict() {
        return STRICT;
    }

    /** A reader that collects bad rows with their reasons and goes on. */
    public static KanoReader lenient() {
        return LENIENT;
    }

    /** Returns a copy that rejects rows about a feature the questionnaire does not ask about. */
    public KanoReader withQuestionnaire(KanoQuestionnaire questionnaire) {
        return new KanoReader(strict, Optional.of(checkNotNull(questionnaire, "questionnaire")));
    }

    //-----------------------------------------------------------------------
    /**
     * Reads a file by its name: {@code .csv}, or {@code .jsonl} / {@code .ndjson} for JSON lines, each also with
     * {@code .gz}.
     *
     * @throws UnreadableInputException if the name says neither, the file cannot be read, lacks a required column,
     *     or (strict) has a bad row
     */
    public KanoImport read(Path file) {
        checkNotNull(file, "file");
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        name = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        if (name.endsWith(".csv")) {
            return csv(file);
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return jsonLines(file);
        }
        throw new UnreadableInputException(file.toString(), 0, 0, "", "cannot tell the format of Kano answers from "
                + "the name; expected .csv, .jsonl or .ndjson (each also .gz)", null);
    }

    /**
     * Reads a UTF-8 CSV file, gzip-compressed if its name ends in {@code .gz} or its first bytes say so.
     *
     * @throws UnreadableInputException if the file cannot be read, lacks a required column, or (strict) has a bad row
     */
    public KanoImport csv(Path file) {
        return withFile(file, reader -> KanoCsvImport.read(reader, rows(file.toString())));
    }

    /** Reads CSV from a stream, naming it {@code source} in messages; the reader is not closed. */
    public KanoImport csv(Reader reader, String source) {
        return KanoCsvImport.read(checkNotNull(reader, "reader"), rows(checkNotNull(source, "source")));
    }

    /** Reads CSV text, e.g. pasted into JShell. */
    public KanoImport csvText(String text) {
        return csv(new StringReader(checkNotNull(text, "text")), "CSV text");
    }

    /**
     * Reads a UTF-8 JSON-lines file (or its gzip): one answer pair per line, blank lines ignored.
     *
     * @throws UnreadableInputException if the file cannot be read or (strict) a line is not an answer pair
     */
    public KanoImport jsonLines(Path file) {
        return withFile(file, reader -> KanoJsonLinesImport.read(reader, rows(file.toString())));
    }

    /** Reads JSON lines from a stream, naming it {@code source} in messages; the reader is not closed. */
    public KanoImport jsonLines(Reader reader, String source) {
        try {
            return KanoJsonLinesImport.read(new BufferedReader(checkNotNull(reader, "reader")),
                    rows(checkNotNull(source, "source")));
        } catch (IOException e) {
            throw new UnreadableInputException(source, 0, 0, "", "cannot read: " + e.getMessage(), e);
        }
    }

    private KanoRows rows(String source) {
        return new KanoRows(source, strict, questionnaire);
    }

    private interface FileRead {
        KanoImport read(BufferedReader reader) throws IOException;
    }

    private static KanoImport withFile(Path file, FileRead read) {
        checkNotNull(file, "file");
        try (BufferedReader reader = new BufferedReader(Gzip.reader(file))) {
            return read.read(reader);
        } catch (IOException e) {
            throw new UnreadableInputException(file.toString(), 0, 0, "", "cannot read file: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return (strict ? "strict" : "lenient") + " Kano answer reader"
                + questionnaire.map(q -> " for " + q.name()).orElse("");
    }
}
