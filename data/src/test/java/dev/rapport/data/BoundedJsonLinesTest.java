package dev.rapport.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rapport.core.UnreadableInputException;
import dev.rapport.data.internal.JsonLinesImport;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JSON line longer than the limit is refused before it is held in memory (issue 17 #4: a 200 MB line ran out
 * of memory at -Xmx256m in BufferedReader.readLine before Jackson's limits applied). The limit is configured small
 * here; {@link EventLogReader#MAX_JSON_LINE_CHARS} is the one the readers use.
 */
class BoundedJsonLinesTest {

    private static final int LIMIT = 1000;

    private static String line(String id, String agent) {
        return "{\"interaction_id\":\"" + id + "\",\"customer_id\":\"c9\",\"timestamp\":\"2026-02-01T10:00:00Z\","
                + "\"touchpoint\":\"faq\",\"channel\":\"web\",\"outcome\":\"resolved\",\"agent\":\"" + agent + "\"}";
    }

    private static Path file(Path dir, String... lines) throws IOException {
        return Files.writeString(dir.resolve("calls.jsonl"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private static ImportSummary read(Path file, boolean strict) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file)) {
            return JsonLinesImport.read(reader, "calls.jsonl", strict, LIMIT).summary();
        }
    }

    @Test
    void read_lineLongerThanTheLimit_rejectedWithItsLineAndTheRestRead(@TempDir Path dir) throws IOException {
        Path file = file(dir, line("j1", "ann"), line("j2", "x".repeat(5 * LIMIT)), line("j3", "bo"));
        ImportSummary summary = read(file, false);
        assertEquals(3, summary.rowsRead());
        assertEquals(2, summary.accepted());
        assertEquals(List.of(new RejectedRow(2, "line is longer than 1000 characters, the most a JSON line may "
                + "hold")), summary.rejected());
    }

    @Test
    void read_lineAtTheLimit_acceptedAndOnePast_refused(@TempDir Path dir) throws IOException {
        String at = line("j1", "");
        at = line("j1", "x".repeat(LIMIT - at.length()));
        assertEquals(LIMIT, at.length());
        assertEquals(1, read(file(dir, at), true).accepted());
        String past = line("j1", "x".repeat(LIMIT - line("j1", "").length() + 1));
        var e = assertThrows(UnreadableInputException.class, () -> read(file(dir, past), true));
        assertEquals("calls.jsonl line 1: line is longer than 1000 characters, the most a JSON line may hold",
                e.getMessage());
    }

    @Test
    void read_windowsLineEndsAndNoFinalLineEnd_countedAsBefore(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("crlf.jsonl"), line("j1", "a") + "\r\n\r\n" + line("j2", "b") + "\r"
                + line("j3", "x".repeat(2 * LIMIT)) + "\r\n" + line("j4", "d"), StandardCharsets.UTF_8);
        ImportSummary summary = read(file, false);
        assertEquals(4, summary.rowsRead());
        assertEquals(List.of(new RejectedRow(4, "line is longer than 1000 characters, the most a JSON line may "
                + "hold")), summary.rejected());
    }
}
