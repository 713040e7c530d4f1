package dev.rapport.core;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One answer to a Kano question ("How do you feel if the feature is there?" or "... if it is not?"), on the
 * five-point scale of Kano et al. (1984) in the wording of Berger et al. (1993): I like it, I expect it (it must be
 * that way), I am neutral, I can live with it, I dislike it. The codes 1 to 5 follow that order, as survey tools
 * export them.
 * <pre>{@code
 * KanoAnswer.parse("Live with")   // LIVE_WITH
 * KanoAnswer.parse("2")           // EXPECT
 * }</pre>
 * {@link #parse} accepts, in any case and with spaces, underscores or hyphens between words: the words
 * {@code like}, {@code expect} (or {@code must-be}), {@code neutral}, {@code live-with}, {@code dislike}; the
 * codes {@code 1} to {@code 5}; and the full answers of Berger et al.'s questionnaire ("I like it that way", "It must
 * be that way", "I am neutral", "I can live with it that way", "I dislike it that way"). JSON writes the word.
 */
public enum KanoAnswer {
    /** I like it that way (code 1). */
    LIKE(1, "like"),
    /** It must be that way: I expect it (code 2). */
    EXPECT(2, "expect"),
    /** I am neutral (code 3). */
    NEUTRAL(3, "neutral"),
    /** I can live with it that way (code 4). */
    LIVE_WITH(4, "live-with"),
    /** I dislike it that way (code 5). */
    DISLIKE(5, "dislike");

    private static final Map<String, KanoAnswer> SPELLINGS = Map.ofEntries(Map.entry("like", LIKE),
            Map.entry("expect", EXPECT), Map.entry("must-be", EXPECT), Map.entry("neutral", NEUTRAL),
            Map.entry("live-with", LIVE_WITH), Map.entry("dislike", DISLIKE), Map.entry("1", LIKE),
            Map.entry("2", EXPECT), Map.entry("3", NEUTRAL), Map.entry("4", LIVE_WITH), Map.entry("5", DISLIKE),
            Map.entry("i-like-it-that-way", LIKE), Map.entry("it-must-be-that-way", EXPECT),
            Map.entry("i-am-neutral", NEUTRAL), Map.entry("i-can-live-with-it-that-way", LIVE_WITH),
            Map.entry("i-dislike-it-that-way", DISLIKE));

    private final int code;
    private final String word;

    KanoAnswer(int code, String word) {
        this.code = code;
        this.word = word;
    }

    /** The code survey tools export, 1 (like) to 5 (dislike). */
    public int code() {
        return code;
    }

    /** The word, e.g. {@code live-with}; what JSON writes. */
    @JsonValue
    public String word() {
        return word;
    }

    /**
     * Reads an answer: a word, a code 1 to 5 or a full answer (see the class comment), any case, trimmed.
     *
     * @param text  the answer, not null and not blank (a blank cell is an unknown answer: use {@link #parseOptional})
     * @return the answer, never null
     * @throws IllegalArgumentException if the text is none of them, quoting it
     */
    public static KanoAnswer parse(String text) {
        checkNotNull(text, "text");
        KanoAnswer answer = SPELLINGS.get(text.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "-"));
        if (answer == null) {
            throw new IllegalArgumentException("'" + text.trim() + "' is not a Kano answer; expected like, expect, "
                    + "neutral, live-with, dislike or a code 1 to 5");
        }
        return answer;
    }

    /**
     * Reads an answer where a blank text is an unknown answer (a question the respondent skipped).
     *
     * @param text  the answer or blank, not null
     * @return the answer, or empty if the text is blank
     * @throws IllegalArgumentException if the text is not blank and not an answer, quoting it
     */
    public static Optional<KanoAnswer> parseOptional(String text) {
        checkNotNull(text, "text");
        return text.isBlank() ? Optional.empty() : Optional.of(parse(text));
    }

    /** Reads an answer from JSON: a word, a code as text or a number 1 to 5. */
    @com.fasterxml.jackson.annotation.JsonCreator
    static KanoAnswer fromJson(Object value) {
        return parse(String.valueOf(value));
    }
}
