package dev.rapport.data.internal;

import dev.rapport.core.Interaction;
import dev.rapport.core.RapportJson;
import dev.rapport.core.UnreadableInputException;
import dev.rapport.data.ImportResult;
import java.io.IOException;
import java.io.Reader;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;

/**
 * Reads one interaction per non-blank line, in core's JSON format, with the {@link FormatRules} of every reader
 * (offset-less timestamps in UTC, a leading byte-order mark, forgiving channel names). Lines are cut by
 * {@link Lines}, which holds at most the line limit in memory: a longer line is skipped to its end unread and
 * counted as a rejected row.
 */
public final class JsonLinesImport {

    private static final ObjectReader READER = RapportJson.mapper().rebuild().addModule(FormatRules.JSON_LINES).build()
            .readerFor(Interaction.class);

    private JsonLinesImport() {
    }

    /** Reads a whole stream, lines of at most {@code maxLineChars}; the reader is not closed. */
    public static ImportResult read(Reader reader, String source, boolean strict, int maxLineChars)
            throws IOException {
        RowSink sink = new RowSink(source, strict);
        Lines lines = new Lines(reader, maxLineChars);
        long line = 0;
        for (String text = lines.next(); text != null; text = lines.next()) {
            line++;
            if (text == Lines.TOO_LONG) {
                sink.reject(line, "line is longer than " + maxLineChars + " characters, the most a JSON line may hold",
                        null);
                continue;
            }
            if (line == 1) {
                text = FormatRules.withoutBom(text);
            }
            if (text.isBlank()) {
                continue;
            }
            try {
                Interaction interaction = READER.readValue(text);
                if (interaction == null) {
                    sink.reject(line, "expected an interaction, found null", null);
                } else {
                    sink.accept(line, interaction);
                }
            } catch (JacksonException e) {
                UnreadableInputException translated = RapportJson.translate(e, source);
                if (strict) {
                    throw new UnreadableInputException(source, line, translated.column().orElse(0L),
                            translated.jsonPath().orElse(""), translated.problem(), e);
                }
                sink.reject(line, translated.problem() + translated.jsonPath().map(p -> " at " + p).orElse(""), e);
            }
        }
        return sink.result();
    }

    /**
     * The lines of a stream as {@code BufferedReader.readLine} cuts them ({@code \n}, {@code \r\n} or {@code \r}),
     * except that a line longer than the limit is read to its end without being kept and given as
     * {@link #TOO_LONG}. Mutable, for use from a single thread.
     */
    static final class Lines {
        /** Stands for a line that was too long (compared by identity). */
        static final String TOO_LONG = new String("(too long)");

        private final Reader in;
        private final int max;
        private final char[] buf = new char[8192];
        private int pos;
        private int end;
        private final StringBuilder line = new StringBuilder();

        Lines(Reader in, int max) {
            this.in = in;
            this.max = max;
        }

        /** The next line without its end, {@link #TOO_LONG}, or null at the end of the stream. */
        String next() throws IOException {
            line.setLength(0);
            boolean tooLong = false;
            boolean any = false;
            while (true) {
                if (pos == end && !fill()) {
                    return any ? (tooLong ? TOO_LONG : line.toString()) : null;
                }
                any = true;
                int start = pos;
                while (pos < end && buf[pos] != '\n' && buf[pos] != '\r') {
                    pos++;
                }
                if (!tooLong) {
                    if ((long) line.length() + (pos - start) > max) {
                        tooLong = true;
                        line.setLength(0);
                    } else {
                        line.append(buf, start, pos - start);
                    }
                }
                if (pos < end) {
                    char terminator = buf[pos++];
                    if (terminator == '\r' && (pos < end || fill()) && buf[pos] == '\n') {
                        pos++;
                    }
                    return tooLong ? TOO_LONG : line.toString();
                }
            }
        }

        private boolean fill() throws IOException {
            int n = in.read(buf, 0, buf.length);
            if (n <= 0) {
                pos = end = 0;
                return false;
            }
            pos = 0;
            end = n;
            return true;
        }
    }
}
