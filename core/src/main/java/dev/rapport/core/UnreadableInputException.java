package dev.rapport.core;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * Input that Rapport cannot read: malformed JSON or CSV, a wrong type, a missing required value, an unknown
 * property, a document beyond the reading limits. The message names the source, and where known the line,
 * column and JSON path, e.g. {@code map.json line 7, column 18, at $.touchpoints[2].channel: ...}.
 * <pre>{@code
 * catch (UnreadableInputException e) { System.err.println(e.getMessage()); }
 * }</pre>
 */
public class UnreadableInputException extends RapportException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final long column;
    private final String jsonPath;
    private final String problem;

    /**
     * Creates an exception for a problem at a place in a source.
     *
     * @param source  the file name or a description of the input, e.g. "journey-map.json", not null
     * @param line  the 1-based line, or 0 if unknown
     * @param column  the 1-based column, or 0 if unknown
     * @param jsonPath  the JSON path such as {@code $.stages[1].id}, or empty if not JSON or unknown, not null
     * @param problem  what is wrong, not null
     * @param cause  the cause, may be null
     */
    public UnreadableInputException(String source, long line, long column, String jsonPath, String problem,
            Throwable cause) {
        super(format(source, line, column, jsonPath, problem), cause);
        this.source = source;
        this.line = line;
        this.column = column;
        this.jsonPath = jsonPath;
        this.problem = problem;
    }

    /**
     * The exception for a file that cannot be opened or read, with the reason in words:
     * {@code contacts.csv: cannot read file: permission denied} (or {@code no such file or directory},
     * {@code it is a directory}, or the system's own words), never only the path again.
     *
     * @param file  the file, not null
     * @param e  what went wrong, not null
     * @return the exception, never null
     */
    public static UnreadableInputException cannotRead(java.nio.file.Path file, java.io.IOException e) {
        return cannotRead(file.toString(), e);
    }

    /** As {@link #cannotRead(java.nio.file.Path, java.io.IOException)}, naming the source as given. */
    public static UnreadableInputException cannotRead(String source, java.io.IOException e) {
        return new UnreadableInputException(source, 0, 0, "", "cannot read file: " + reason(e), e);
    }

    /** The reason an input/output operation failed, in words, without the file name the message repeats. */
    public static String reason(java.io.IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().equals("Is a directory") ? "it is a directory" : fs.getReason();
        }
        String message = e.getMessage();
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        return message.equals("Is a directory") ? "it is a directory" : message;
    }

    private static String format(String source, long line, long column, String jsonPath, String problem) {
        checkNotNull(source, "source");
        checkNotNull(jsonPath, "jsonPath");
        checkNotNull(problem, "problem");
        StringBuilder where = new StringBuilder(source);
        if (line > 0) {
            where.append(" line ").append(line);
            if (column > 0) {
                where.append(", column ").append(column);
            }
        }
        if (!jsonPath.isEmpty()) {
            where.append(line > 0 ? ", at " : " at ").append(jsonPath);
        }
        return where + ": " + problem;
    }

    /** The file name or description of the input. */
    public String source() {
        return source;
    }

    /** The 1-based line of the problem, if known. */
    public Optional<Long> line() {
        return line > 0 ? Optional.of(line) : Optional.empty();
    }

    /** The 1-based column of the problem, if known. */
    public Optional<Long> column() {
        return column > 0 ? Optional.of(column) : Optional.empty();
    }

    /** The JSON path of the problem such as {@code $.touchpoints[2].channel}, if the input is JSON. */
    public Optional<String> jsonPath() {
        return jsonPath.isEmpty() ? Optional.empty() : Optional.of(jsonPath);
    }

    /** What is wrong, without the location. */
    public String problem() {
        return problem;
    }
}
