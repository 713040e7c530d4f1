package dev.rapport.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.core.UnreadableInputException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gzip input, chosen by the name's {@code .gz} or by the magic bytes, for every format and both CSV paths. */
class GzipInputTest {

    @TempDir
    Path dir;

    private Path gzip(Path plain, String name) {
        Path target = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(target))) {
            Files.copy(plain, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    @Test
    void csv_gzByExtension_sameAsPlainOnBothPaths() {
        Path plain = RealExportHeadersTest.export("helpdesk-survey.csv");
        Path gz = gzip(plain, "helpdesk-survey.csv.gz");
        ImportResult expected = EventLogReader.strict().csv(plain);
        ImportResult objects = EventLogReader.strict().csv(gz);
        assertEquals(expected.interactions(), objects.interactions());
        assertEquals(4, objects.summary().accepted());
        ColumnsImport columns = ColumnsReader.strict().csv(gz);
        assertEquals(4, columns.summary().accepted());
        assertEquals(0, columns.summary().rejected().size());
    }

    @Test
    void csv_gzWithoutExtension_recognizedByMagicBytes() {
        Path gz = gzip(RealExportHeadersTest.export("helpdesk-survey.csv"), "export-2026-03");
        assertEquals(4, EventLogReader.strict().csv(gz).summary().accepted());
        assertEquals(4, ColumnsReader.strict().csv(gz).summary().accepted());
    }

    @Test
    void jsonLinesAndXes_gz_sameAsPlain() {
        Path jsonl = EventLogReaderTest.resource("interactions.jsonl");
        assertEquals(EventLogReader.lenient().jsonLines(jsonl).interactions(),
                EventLogReader.lenient().jsonLines(gzip(jsonl, "interactions.jsonl.gz")).interactions());
        Path xes = EventLogReaderTest.resource("support.xes");
        assertEquals(EventLogReader.lenient().xes(xes).interactions(),
                EventLogReader.lenient().xes(gzip(xes, "support.xes.gz")).interactions());
    }

    @Test
    void csv_gzStrictBadRow_namesTheGzFileAndTheDecompressedLine() {
        Path plain = EventLogReaderTest.resource("bad.csv");
        Path gz = gzip(plain, "bad.csv.gz");
        var expected = assertThrows(UnreadableInputException.class, () -> EventLogReader.strict().csv(plain));
        var objects = assertThrows(UnreadableInputException.class, () -> EventLogReader.strict().csv(gz));
        assertEquals(expected.getMessage().replace(plain.toString(), gz.toString()), objects.getMessage());
        var columns = assertThrows(UnreadableInputException.class, () -> ColumnsReader.strict().csv(gz));
        assertEquals(objects.getMessage(), columns.getMessage());
    }

    @Test
    void csv_corruptGzip_unreadableNamingTheFile() throws IOException {
        Path corrupt = Files.write(dir.resolve("calls.csv.gz"), new byte[] {0x1f, (byte) 0x8b, 1, 2, 3});
        var objects = assertThrows(UnreadableInputException.class, () -> EventLogReader.strict().csv(corrupt));
        assertTrue(objects.getMessage().startsWith(corrupt.toString()), objects::getMessage);
        var columns = assertThrows(UnreadableInputException.class, () -> ColumnsReader.strict().csv(corrupt));
        assertTrue(columns.getMessage().startsWith(corrupt.toString()), columns::getMessage);
    }
}
