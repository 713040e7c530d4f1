package dev.rapport.data.internal;

import dev.rapport.core.UnreadableInputException;
import dev.rapport.data.KanoImport;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;

/** Streams a Kano CSV export (see {@code KanoReader}) with Jackson's CSV token stream. */
public final class KanoCsvImport {

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
        CsvRecords records = new CsvRecords();
        boolean headed;
        try {
            headed = records.read(reader, true, new CsvRecords.Rows() {
                @Override
                public void header(String[] names) {
                    KanoCsvImport.this.header(names);
                }

                @Override
                public void row(String[] cells, int n, long line) {
                    KanoCsvImport.this.row(cells, n, line);
                }
            });
        } catch (JacksonException e) {
            long at = e.getLocation() == null ? records.line() : e.getLocation().getLineNr();
            throw new UnreadableInputException(rows.source(), at, 0, "", "malformed CSV: " + e.getOriginalMessage(),
                    e);
        }
        if (!headed) {
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
