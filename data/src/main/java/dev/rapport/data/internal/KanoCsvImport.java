package dev.rapport.data.internal;

import dev.rapport.core.UnreadableInputException;
import dev.rapport.data.KanoImport;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvMapper;

/** Streams a Kano CSV export (see {@code KanoReader}) with Jackson's CSV token stream. */
public final class KanoCsvImport {

    private static final CsvMapper MAPPER = CsvMapper.shared();
    /** The required columns, in the order of {@link #column}. */
    private static final List<String> COLUMNS = List.of("respondent_id", "feature", "functional", "dysfunctional");

    private final KanoRows rows;
    private final int[] column = new int[COLUMNS.size()];
    private int width;

    private KanoCsvImport(KanoRows rows) {
        this.rows = rows;
    }

    /** Reads a whole CSV stream; the reader is not closed. */
    public static KanoImport read(Reader reader, KanoRows rows) {
        new KanoCsvImport(rows).run(reader);
        return rows.result();
    }

    private void run(Reader reader) {
        String[] row = new String[8];
        int n = 0;
        long line = 0;
        boolean header = true;
        try (JsonParser parser = MAPPER.createParser(reader)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.START_ARRAY) {
                    n = 0;
                } else if (token == JsonToken.END_ARRAY) {
                    if (n == 0 || (n == 1 && row[0].isBlank())) {
                        continue;
                    }
                    if (header) {
                        header(Arrays.copyOf(row, n));
                        header = false;
                    } else {
                        row(row, n, line);
                    }
                } else if (token.isScalarValue()) {
                    if (n == 0) {
                        line = parser.currentTokenLocation().getLineNr();
                    }
                    if (n == row.length) {
                        row = Arrays.copyOf(row, n * 2);
                    }
                    row[n++] = parser.getString();
                }
            }
        } catch (JacksonException e) {
            long at = e.getLocation() == null ? line : e.getLocation().getLineNr();
            throw new UnreadableInputException(rows.source(), at, 0, "", "malformed CSV: " + e.getOriginalMessage(),
                    e);
        }
        if (header) {
            throw new UnreadableInputException(rows.source(), 1, 0, "", "no header row", null);
        }
    }

    private void header(String[] names) {
        width = names.length;
        if (names[0].startsWith("\uFEFF")) {
            names[0] = names[0].substring(1); // the byte-order mark of "CSV UTF-8" exports
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            Integer before = index.putIfAbsent(names[i].trim().toLowerCase(Locale.ROOT), i);
            if (before != null) {
                throw new UnreadableInputException(rows.source(), 1, 0, "", "column '" + names[i].trim()
                        + "' appears twice (columns " + (before + 1) + " and " + (i + 1) + ")", null);
            }
        }
        List<String> missing = new ArrayList<>();
        for (int c = 0; c < COLUMNS.size(); c++) {
            Integer at = index.get(COLUMNS.get(c));
            if (at == null) {
                missing.add(COLUMNS.get(c));
            } else {
                column[c] = at;
            }
        }
        if (!missing.isEmpty()) {
            throw new UnreadableInputException(rows.source(), 1, 0, "", "missing required column"
                    + (missing.size() == 1 ? " '" : "s '") + String.join("', '", missing) + "'; found: "
                    + String.join(", ", names), null);
        }
    }

    private void row(String[] row, int n, long line) {
        if (n != width) {
            rows.reject(line, "", "expected " + width + " columns, found " + n, null);
            return;
        }
        try {
            rows.accept(line, required(row, 0), required(row, 1), KanoRows.answer(row[column[2]], COLUMNS.get(2)),
                    KanoRows.answer(row[column[3]], COLUMNS.get(3)));
        } catch (IllegalArgumentException e) {
            rows.reject(line, "", e.getMessage(), e);
        }
    }

    private String required(String[] row, int c) {
        String value = row[column[c]].trim();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("missing value for required column '" + COLUMNS.get(c) + "'");
        }
        return value;
    }
}
