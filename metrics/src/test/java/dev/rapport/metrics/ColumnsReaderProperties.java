package dev.rapport.metrics;

import static dev.rapport.metrics.SameColumns.assertSameColumns;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.rapport.core.UnreadableInputException;
import dev.rapport.data.ColumnsImport;
import dev.rapport.data.ColumnsReader;
import dev.rapport.data.EventLogReader;
import dev.rapport.data.ImportResult;
import dev.rapport.data.InteractionColumns;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ColumnsReader} against journey's {@link EventLogReader} on random CSV files with good and bad rows,
 * quoting of every kind, blank lines, any line ends and column order, and against itself cut into tiny chunks.
 */
class ColumnsReaderProperties {

    @TempDir
    Path dir;

    @Test
    void csv_anyFile_sameColumnsAndSummaryAsEventLogReader() {
        qt().withExamples(150).forAll(longs().all()).checkAssert(seed -> {
            Path file = write(RandomCsv.of(seed, 1 + (int) Math.floorMod(seed, 40L)));
            ImportResult expected;
            try {
                expected = EventLogReader.lenient().csv(file);
            } catch (UnreadableInputException jackson) {
                var e = org.junit.jupiter.api.Assertions.assertThrows(UnreadableInputException.class,
                        () -> ColumnsReader.lenient().csv(file), () -> "Jackson: " + jackson.getMessage());
                assertEquals(jackson.problem(), e.problem());
                if (!jackson.problem().contains("Missing closing quote")) {
                    assertEquals(jackson.line(), e.line()); // Jackson names the end of the file instead
                }
                return;
            }
            ColumnsImport actual = ColumnsReader.lenient().csv(file);
            assertEquals(expected.summary(), actual.summary());
            assertSameColumns(InteractionColumns.of(expected.interactions()), actual.columns());
        });
    }

    @Test
    void csv_anyChunkSize_sameAsOneChunk() {
        qt().withExamples(60).forAll(longs().all(), integers().between(1, 300), integers().between(1, 3))
                .checkAssert((seed, chunk, threads) -> {
                    Path file = write(RandomCsv.of(seed, 30));
                    Object whole = outcome(() -> ColumnsReader.lenient().csv(file));
                    Object cut = outcome(() -> ColumnsReader.lenient().withChunkSize(chunk).withThreads(threads)
                            .csv(file));
                    if (whole instanceof ColumnsImport one && cut instanceof ColumnsImport many) {
                        assertEquals(one.summary(), many.summary());
                        assertSameColumns(one.columns(), many.columns());
                    } else {
                        assertEquals(whole, cut);
                    }
                });
    }

    /** The import, or the message of the exception it threw. */
    private static Object outcome(java.util.function.Supplier<ColumnsImport> read) {
        try {
            return read.get();
        } catch (UnreadableInputException e) {
            return e.getMessage();
        }
    }

    private Path write(String text) {
        try {
            return Files.write(Files.createTempFile(dir, "log", ".csv"), text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    //-----------------------------------------------------------------------
    /** A random event-log CSV file from a seed. */
    static final class RandomCsv {
        // valid values first: clean rows pick among the first n of each
        private static final String[] TIMESTAMPS = {"2026-01-05T09:30:00Z", "2026-01-05T09:30:00.250Z",
            "2026-01-05T09:30:00.123456789Z", "2026-01-05T09:30:00.1234567891Z", "2026-01-05 09:30:00Z",
            "2026-01-05T09:30:00+02:00", "2026-01-05T09:30:00-05:30", "2026-01-05T09:30:00", "2026-01-05T09:30Z",
            "1969-12-31T23:59:59.999Z", "2024-02-29T12:00:00Z", "2026-02-29T12:00:00Z", "2026-13-01T00:00:00Z",
            "yesterday", "", " 2026-06-30T23:59:59Z ", "2026-01-05T09:30:00+19:00", "2026-01-05T09:30:00.Z",
            "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "2026-01-05T09:30:00.5+01:00", "2026-01-05T09:30:60Z"};
        private static final String[] SECONDS = {"", "0", "95", "0.25", "12.", ".5", "1.0005", "0.0005", "1e3",
            "2147483", "-1", "abc", "NaN", "Infinity", "1e10", "2147483.647", "0x10", " 7 ", "+3", "0.001",
            "123.456", "-0", "1_0", "5d"};
        private static final String[] OUTCOMES = {"resolved", "RESOLVED", " Transferred ", "escalated", "abandoned",
            "unresolved", "solved", ""};
        private static final String[] CHANNELS = {"web", "Web", "e-mail", "E_MAIL", "in person", "phone", "chat",
            "!!", "", "kiosk", "Mobile App"};
        private static final String[] MODES = {"", "human", "AUTOMATED", "Human ", "Automated", "robot", "hümän"};
        private static final String[] IDS = {"c1", "c2", "c3", "c,4", "c\"5", "c\n6", "cé", "", "\u3000", " c1 "};
        private static final String[] TOUCHPOINTS = {"faq", "chat", "phone support", "a,b", "", "\u2003", "faq"};
        private static final String[] AGENTS = {"", "ann", "bob", "smith, bob", "two\nlines", "say \"hi\"", "\u3000",
            "zoë", "ann"};
        private static final String[] ANSWERS = {"", "", "", "1", "3", "5", "2", "7", "9", "0", "10", "11", "-1",
            "9.0", "9.5", "x", "1e10", "-0", "9.7", "9d", "0x9", "NaN", "1e1"};
        private static final String[] RATED = {"rating_reliability", "rating_above-and-beyond", "rating_cleanliness",
            "rating_Bad Name"};
        /** How survey tools write "not applicable" in a rating cell. */
        private static final String[] NOT_APPLICABLE = {"0", "N/A", "n/a", "NA", "Not Applicable", "na"};

        private RandomCsv() {
        }

        static String of(long seed, int rows) {
            Random r = new Random(seed);
            List<String> columns = new ArrayList<>(List.of("interaction_id", "customer_id", "case_id", "timestamp",
                    "touchpoint", "stage", "channel", "mode", "wait_seconds", "handle_seconds", "outcome", "agent",
                    "segment"));
            for (String survey : List.of("nps", "csat", "ces")) {
                if (r.nextInt(3) > 0) {
                    columns.add(survey);
                }
            }
            for (String rated : RATED) {
                if (r.nextInt(3) == 0) {
                    columns.add(rated);
                }
            }
            if (r.nextInt(4) == 0) {
                columns.remove(r.nextInt(columns.size())); // an optional column missing, or a required one
            }
            if (r.nextBoolean()) {
                Collections.shuffle(columns, r);
            }
            String[] ends = {"\n", "\r\n", "\r"};
            String end = ends[r.nextInt(3)];
            boolean mixedEnds = r.nextInt(5) == 0;
            StringBuilder text = new StringBuilder();
            if (r.nextInt(5) == 0) {
                text.append('\uFEFF');
            }
            text.append(String.join(",", columns)).append(end);
            for (int i = 0; i < rows; i++) {
                String lineEnd = mixedEnds ? ends[r.nextInt(3)] : end;
                int kind = r.nextInt(40);
                if (kind == 0) {
                    text.append(lineEnd); // a blank line
                    continue;
                }
                if (kind == 1) {
                    text.append(r.nextBoolean() ? "\"\"" : "  ").append(lineEnd);
                    continue;
                }
                boolean messy = r.nextInt(4) == 0;
                List<String> cells = new ArrayList<>();
                for (String column : columns) {
                    cells.add(messy && r.nextInt(4) == 0 ? messy(r, column, i) : clean(r, column, i));
                }
                if (kind == 2) {
                    cells.remove(cells.size() - 1);
                } else if (kind == 3) {
                    cells.add("extra");
                }
                for (int c = 0; c < cells.size(); c++) {
                    text.append(c == 0 ? "" : ",").append(quote(r, cells.get(c)));
                }
                if (kind == 4 && r.nextInt(3) == 0) {
                    text.append("\"tail\"x"); // malformed CSV, rarely
                }
                if (i < rows - 1 || r.nextInt(4) > 0) {
                    text.append(lineEnd);
                }
            }
            return text.toString();
        }

        /** A value journey accepts, in one of its spellings. */
        private static String clean(Random r, String column, int row) {
            switch (column) {
                case "interaction_id": return "i" + row;
                case "customer_id": return pick(r, IDS, 7);
                case "case_id": return r.nextInt(3) == 0 ? "" : "k" + r.nextInt(6);
                case "timestamp": return r.nextInt(3) == 0 ? pick(r, TIMESTAMPS, 11) : String.format(
                        "2026-%02d-%02dT%02d:%02d:%02dZ", 1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(24),
                        r.nextInt(60), r.nextInt(60));
                case "touchpoint": return pick(r, TOUCHPOINTS, 4);
                case "stage": return r.nextBoolean() ? "" : "support";
                case "channel": return pick(r, CHANNELS, 7);
                case "mode": return pick(r, MODES, 5);
                case "wait_seconds":
                case "handle_seconds": return r.nextInt(3) == 0 ? pick(r, SECONDS, 10) : r.nextInt(900) + "."
                        + r.nextInt(1000);
                case "outcome": return pick(r, OUTCOMES, 6);
                case "agent": return pick(r, AGENTS, AGENTS.length);
                case "segment": return r.nextBoolean() ? "" : "seg-" + r.nextInt(3);
                case "nps": return pick(r, ANSWERS, 10);
                case "rating_reliability": case "rating_above-and-beyond": case "rating_cleanliness":
                    return r.nextInt(8) == 0 ? pick(r, NOT_APPLICABLE) : pick(r, ANSWERS, 7);
                case "csat": return pick(r, ANSWERS, 7).replace("7", "4");
                case "ces": return pick(r, ANSWERS, 8);
                default: return "";
            }
        }

        /** Any value, good or bad. */
        private static String messy(Random r, String column, int row) {
            switch (column) {
                // a repeated id (an earlier row's, padded or not): both paths reject it as a duplicate
                case "interaction_id": return r.nextInt(20) == 0 ? pick(r, IDS) : r.nextInt(6) == 0
                        ? (r.nextBoolean() ? " i" : "i") + r.nextInt(row + 1) : "i" + row;
                case "customer_id": return pick(r, IDS);
                case "case_id": return r.nextInt(3) == 0 ? "" : "k" + r.nextInt(6);
                case "timestamp": return r.nextInt(3) == 0 ? pick(r, TIMESTAMPS) : String.format(
                        "2026-%02d-%02dT%02d:%02d:%02dZ", 1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(24),
                        r.nextInt(60), r.nextInt(60));
                case "touchpoint": return pick(r, TOUCHPOINTS);
                case "stage": return r.nextBoolean() ? "" : "support";
                case "channel": return pick(r, CHANNELS);
                case "mode": return pick(r, MODES);
                case "wait_seconds":
                case "handle_seconds": return r.nextInt(3) == 0 ? pick(r, SECONDS) : r.nextInt(900) + "."
                        + r.nextInt(1000);
                case "outcome": return pick(r, OUTCOMES);
                case "agent": return pick(r, AGENTS);
                case "segment": return r.nextBoolean() ? "" : "seg-" + r.nextInt(3);
                default: return column.startsWith("rating_") && r.nextInt(8) == 0 ? pick(r, NOT_APPLICABLE)
                        : pick(r, ANSWERS);
            }
        }

        private static String pick(Random r, String[] values) {
            return values[r.nextInt(values.length)];
        }

        /** One of the first {@code n} values (the valid ones, in the arrays above). */
        private static String pick(Random r, String[] values, int n) {
            return values[r.nextInt(n)];
        }

        /** The cell as written: quoted when it must be, sometimes when it need not be, sometimes padded. */
        private static String quote(Random r, String cell) {
            boolean must = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
            if (must || r.nextInt(8) == 0) {
                return "\"" + cell.replace("\"", "\"\"") + "\"" + (r.nextInt(10) == 0 ? " \t" : "");
            }
            return r.nextInt(12) == 0 ? " " + cell + "\t" : cell;
        }
    }
}
