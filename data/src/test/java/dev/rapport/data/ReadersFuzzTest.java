package dev.rapport.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rapport.core.UnreadableInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

/**
 * Every reader over hostile bytes (Jazzer). The property: a result whose counts add up (accepted + rejected = rows
 * read), or {@link UnreadableInputException} naming the file; no other exception, no hang. For CSV both paths
 * (per-object and columnar) agree: the same counts and the same rejected lines, or both refuse the file.
 * <p>
 * In {@code verify} this runs in regression mode over the committed corpus in
 * {@code src/test/resources/dev/rapport/data/ReadersFuzzTestInputs/<method>/} (real-looking exports and every case of
 * issue 17). Fuzzing mode, by hand, one method at a time (README, "Reliability"):
 * {@code JAZZER_FUZZ=1 ./mvnw -B -o test -pl data -am -Dtest='ReadersFuzzTest#csv' -Dsurefire.failIfNoSpecifiedTests=false};
 * a finding is written into the corpus directory and stays there as a regression case.
 */
class ReadersFuzzTest {

    private static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("rapport-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path file(String name, byte[] bytes) {
        try {
            return Files.write(DIR.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The result's counts, or null if the reader refused the file with the library's own exception. */
    private static ImportSummary read(Supplier<ImportSummary> reader, Path file) {
        try {
            ImportSummary summary = reader.get();
            assertEquals(summary.rowsRead(), summary.accepted() + summary.rejected().size(), summary::toString);
            return summary;
        } catch (UnreadableInputException e) {
            assertEquals(file.toString(), e.source(), e::getMessage);
            return null;
        }
    }

    /** Both CSV paths, strict and lenient, agree on the file. */
    private static void bothCsvPaths(Path file) {
        ImportSummary objects = read(() -> EventLogReader.lenient().csv(file).summary(), file);
        ImportSummary columns = read(() -> ColumnsReader.lenient().csv(file).summary(), file);
        assertEquals(objects == null, columns == null, () -> "one path refused the file: objects " + objects
                + ", columns " + columns);
        if (objects != null) {
            assertEquals(objects.rowsRead(), columns.rowsRead(), () -> objects + " vs " + columns);
            assertEquals(objects.accepted(), columns.accepted(), () -> objects + " vs " + columns);
            assertEquals(objects.rejected().stream().map(RejectedRow::line).toList(),
                    columns.rejected().stream().map(RejectedRow::line).toList(), () -> objects + " vs " + columns);
        }
        ImportSummary strict = read(() -> EventLogReader.strict().csv(file).summary(), file);
        assertTrue(strict == null || objects != null && objects.rejected().isEmpty(), () -> "strict accepted "
                + strict + " but lenient " + objects);
    }

    @FuzzTest(maxDuration = "4m")
    void csv(FuzzedDataProvider data) {
        bothCsvPaths(file("fuzz.csv", data.consumeRemainingAsBytes()));
    }

    @FuzzTest(maxDuration = "2m")
    void gzip(FuzzedDataProvider data) {
        byte[] bytes = data.consumeRemainingAsBytes();
        bothCsvPaths(file("fuzz.csv.gz", gzipped(bytes)));
        // the same bytes as a broken .gz file: refused with a reason, never an escaping ZipException
        Path raw = file("raw.csv.gz", bytes);
        read(() -> EventLogReader.lenient().csv(raw).summary(), raw);
        read(() -> ColumnsReader.lenient().csv(raw).summary(), raw);
    }

    @FuzzTest(maxDuration = "2m")
    void jsonLines(FuzzedDataProvider data) {
        Path file = file("fuzz.jsonl", data.consumeRemainingAsBytes());
        read(() -> EventLogReader.lenient().jsonLines(file).summary(), file);
        read(() -> EventLogReader.strict().jsonLines(file).summary(), file);
    }

    @FuzzTest(maxDuration = "2m")
    void xes(FuzzedDataProvider data) {
        Path file = file("fuzz.xes", data.consumeRemainingAsBytes());
        read(() -> EventLogReader.lenient().xes(file).summary(), file);
        read(() -> EventLogReader.strict().xes(file).summary(), file);
    }

    private static byte[] gzipped(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
