package dev.rapport.data.internal;

import dev.rapport.core.KanoAnswer;
import dev.rapport.core.KanoQuestionnaire;
import dev.rapport.core.KanoResponse;
import dev.rapport.core.UnreadableInputException;
import dev.rapport.data.ImportSummary;
import dev.rapport.data.KanoImport;
import dev.rapport.data.RejectedRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The row rules of both Kano readers: required respondent and feature, answers by {@link KanoAnswer#parse} (blank
 * is unknown), one pair per respondent and feature, the questionnaire's features only; accepted pairs and rejected
 * rows collected, the first rejection thrown in strict mode. Mutable, for use from a single thread.
 */
public final class KanoRows {

    private final String source;
    private final boolean strict;
    private final Optional<KanoQuestionnaire> questionnaire;
    private final List<KanoResponse> accepted = new ArrayList<>();
    private final List<RejectedRow> rejected = new ArrayList<>();
    /** The line of each respondent-and-feature pair seen, keyed by both. */
    private final Map<List<String>, Long> seen = new HashMap<>();

    public KanoRows(String source, boolean strict, Optional<KanoQuestionnaire> questionnaire) {
        this.source = source;
        this.strict = strict;
        this.questionnaire = questionnaire;
    }

    public String source() {
        return source;
    }

    /**
     * Checks a row's values and accepts it.
     *
     * @throws IllegalArgumentException with the reason if a value is bad
     */
    void accept(long line, String respondent, String feature, Optional<KanoAnswer> functional,
            Optional<KanoAnswer> dysfunctional) {
        if (questionnaire.isPresent() && questionnaire.get().feature(feature).isEmpty()) {
            throw new IllegalArgumentException("feature '" + feature + "' is not in questionnaire '"
                    + questionnaire.get().name() + "'");
        }
        Long before = seen.putIfAbsent(List.of(respondent, feature), line);
        if (before != null) {
            throw new IllegalArgumentException("respondent '" + respondent + "' answered feature '" + feature
                    + "' twice (first on line " + before + ")");
        }
        accepted.add(new KanoResponse(respondent, feature, functional, dysfunctional));
    }

    /** An answer cell: blank is unknown, else a word or code; the message names the column. */
    static Optional<KanoAnswer> answer(String text, String column) {
        try {
            return KanoAnswer.parseOptional(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(column + ": " + e.getMessage(), e);
        }
    }

    /**
     * Records a rejected row.
     *
     * @throws UnreadableInputException in strict mode, naming the file, line and JSON path
     */
    void reject(long line, String jsonPath, String reason, Throwable cause) {
        if (strict) {
            throw new UnreadableInputException(source, line, 0, jsonPath, reason, cause);
        }
        rejected.add(new RejectedRow(line, jsonPath.isEmpty() ? reason : reason + " at " + jsonPath));
    }

    public KanoImport result() {
        return new KanoImport(accepted, new ImportSummary(source, (long) accepted.size() + rejected.size(),
                accepted.size(), rejected));
    }
}
