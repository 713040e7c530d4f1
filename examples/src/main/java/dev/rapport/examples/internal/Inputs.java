package dev.rapport.examples.internal;

import dev.rapport.data.ColumnsImport;
import dev.rapport.data.ColumnsReader;
import dev.rapport.data.EventLogReader;
import dev.rapport.data.ImportResult;
import dev.rapport.data.InteractionColumns.Column;
import dev.rapport.data.KanoImport;
import dev.rapport.data.KanoReader;
import dev.rapport.journey.JourneyMap;
import dev.rapport.metrics.MetricRegistry;
import dev.rapport.metrics.Scorecard;
import dev.rapport.metrics.ScoringStrategies;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Reading the command line's inputs: logs by file extension, journey maps and scorecard definitions. */
final class Inputs {

    private Inputs() {
    }

    static final String LOG_FORMATS =
            "CSV (.csv, canonical header), JSON lines (.jsonl, .ndjson) or XES (.xes), each also gzipped (.gz)";

    /** The lower-case name without a trailing {@code .gz}: the readers decompress, the format is the inner one. */
    private static String withoutGzip(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".gz") ? lower.substring(0, lower.length() - 3) : lower;
    }

    /** Reads an event log, choosing the format by the file's extension. */
    static ImportResult log(String command, String name, boolean lenient, Terminal terminal) {
        Path file = existing(name);
        EventLogReader reader = lenient ? EventLogReader.lenient() : EventLogReader.strict();
        String lower = withoutGzip(file.getFileName().toString());
        terminal.progress("importing " + file + " ...");
        ImportResult result;
        if (lower.endsWith(".csv")) {
            result = reader.csv(file);
        } else if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            result = reader.jsonLines(file);
        } else if (lower.endsWith(".xes")) {
            result = reader.xes(file);
        } else {
            throw new UsageException(command, "cannot tell the format of '" + name + "': use " + LOG_FORMATS);
        }
        terminal.progressDone();
        if (result.interactions().isEmpty()) {
            throw new BadInputException(result.summary() + "; no interactions to analyse");
        }
        return result;
    }

    /** Whether a log is CSV by its name, as {@link #log} chooses. */
    static boolean isCsv(String name) {
        return withoutGzip(name).endsWith(".csv");
    }

    static final String KANO_FORMATS = "Kano answers, one row per respondent and feature: CSV (.csv; columns "
            + "respondent_id, feature, functional, dysfunctional) or JSON lines (.jsonl, .ndjson), each also gzipped "
            + "(.gz); answers like, expect, neutral, live-with, dislike or codes 1-5, an empty cell unknown";

    /** Reads Kano answers, choosing the format by the file's extension. */
    static KanoImport kano(String name, boolean lenient, Terminal terminal) {
        Path file = existing(name);
        terminal.progress("importing " + file + " ...");
        KanoImport result = (lenient ? KanoReader.lenient() : KanoReader.strict()).read(file);
        terminal.progressDone();
        if (result.responses().isEmpty()) {
            throw new BadInputException(result.summary() + "; no Kano answers to analyse");
        }
        return result;
    }

    /** Reads a CSV event log straight into columns. */
    static ColumnsImport columns(String name, boolean lenient, Terminal terminal) {
        return columns(name, lenient, terminal, EnumSet.allOf(Column.class));
    }

    /** Reads a CSV event log straight into columns, keeping only these (every row is still checked). */
    static ColumnsImport columns(String name, boolean lenient, Terminal terminal, Set<Column> kept) {
        Path file = existing(name);
        terminal.progress("importing " + file + " ...");
        ColumnsImport result = (lenient ? ColumnsReader.lenient() : ColumnsReader.strict()).withColumns(kept)
                .csv(file);
        terminal.progressDone();
        if (result.columns().size() == 0) {
            throw new BadInputException(result.summary() + "; no interactions to analyse");
        }
        return result;
    }

    static JourneyMap map(String name) {
        return JourneyMap.read(existing(name));
    }

    static Scorecard scorecard(String name, MetricRegistry metrics) {
        return Scorecard.read(existing(name), metrics, ScoringStrategies.builtIn());
    }

    /**
     * The file, if it is a regular file: a missing one, a directory and a pipe or device (which the readers cannot
     * reopen or map) and one this user may not read ({@code permission denied}) are bad input with the reason in
     * words.
     */
    static Path existing(String name) {
        Path file = Path.of(name);
        if (!Files.isRegularFile(file)) {
            if (Files.isDirectory(file)) {
                throw BadInputException.of("read", file, new java.io.IOException("it is a directory"));
            }
            if (Files.exists(file)) {
                throw BadInputException.of("read", file, new java.io.IOException(
                        "not a regular file (a pipe or a device); save it to a file first"));
            }
            throw BadInputException.of("read", file, new NoSuchFileException(name));
        }
        if (!Files.isReadable(file)) {
            throw BadInputException.of("read", file, new java.nio.file.AccessDeniedException(name));
        }
        return file;
    }
}
