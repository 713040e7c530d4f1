package dev.rapport.data.internal;

import dev.rapport.core.Interaction;
import dev.rapport.core.RapportJson;
import dev.rapport.core.UnreadableInputException;
import dev.rapport.data.ImportResult;
import java.io.BufferedReader;
import java.io.IOException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;

/**
 * Reads one interaction per non-blank line, in core's JSON format, with the {@link FormatRules} of every reader
 * (offset-less timestamps in UTC, a leading byte-order mark, forgiving channel names).
 */
public final class JsonLinesImport {

    private static final ObjectReader READER = RapportJson.mapper().rebuild().addModule(FormatRules.JSON_LINES).build()
            .readerFor(Interaction.class);

    private JsonLinesImport() {
    }

    /** Reads a whole stream; the reader is not closed. */
    public static ImportResult read(BufferedReader reader, String source, boolean strict) throws IOException {
        RowSink sink = new RowSink(source, strict);
        long line = 0;
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            line++;
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
                    sink.accept(interaction);
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
}
