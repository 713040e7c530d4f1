package dev.rapport.data.internal;

import java.io.Reader;
import java.util.Arrays;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvMapper;

/**
 * The record loop of the per-object CSV readers over Jackson's CSV token stream: one reusable array of cells per
 * row, each row with the line it starts on, the first non-empty row as the header. Jackson's exceptions pass
 * through; {@link #line()} says where the loop was, for the caller's message. Single use.
 */
final class CsvRecords {

    private static final CsvMapper MAPPER = CsvMapper.shared();

    /** What a reader does with the header and the rows. */
    interface Rows {
        void header(String[] names);

        /** One row: the first {@code n} cells of {@code cells} (reused for the next row), starting on {@code line}. */
        void row(String[] cells, int n, long line);
    }

    private long line;

    /**
     * Streams every record to {@code rows}, skipping empty lines ({@code blankIsEmpty}: also a line of one blank
     * cell).
     *
     * @return whether there was a header row
     */
    boolean read(Reader reader, boolean blankIsEmpty, Rows rows) {
        String[] row = new String[32];
        int n = 0;
        boolean header = true;
        try (JsonParser parser = MAPPER.createParser(reader)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.START_ARRAY) {
                    n = 0;
                } else if (token == JsonToken.END_ARRAY) {
                    if (n == 0 || (n == 1 && (blankIsEmpty ? row[0].isBlank() : row[0].isEmpty()))) {
                        continue;
                    }
                    if (header) {
                        rows.header(Arrays.copyOf(row, n));
                        header = false;
                    } else {
                        rows.row(row, n, line);
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
        }
        return !header;
    }

    /** The line of the last row started. */
    long line() {
        return line;
    }
}
