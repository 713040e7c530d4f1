package dev.rapport.core;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * What a feature means to one customer, from the pair of answers to its functional and dysfunctional question, by
 * the evaluation table of Kano et al. (1984), "Attractive quality and must-be quality", <i>Journal of the Japanese
 * Society for Quality Control</i> 14(2), as tabled by Berger et al. (1993), "Kano's methods for understanding
 * customer-defined quality", <i>Center for Quality Management Journal</i> 2(4):
 * <pre>
 *                        dysfunctional (if the feature is absent)
 * functional (present)   like  expect  neutral  live-with  dislike
 *   like                  Q     A       A        A          O
 *   expect                R     I       I        I          M
 *   neutral               R     I       I        I          M
 *   live-with             R     I       I        I          M
 *   dislike               R     R       R        R          Q
 * </pre>
 * Attractive features delight when present and are not missed when absent ("WOW"); one-dimensional ones satisfy
 * the more they are delivered; must-be ones are taken for granted and only dissatisfy when missing; indifferent
 * ones do not matter; reverse ones are unwanted; a questionable pair contradicts itself (liking both the feature
 * and its absence). In JSON: {@code "attractive"}, {@code "one_dimensional"}, ... .
 * <pre>{@code
 * KanoCategory.of(KanoAnswer.LIKE, KanoAnswer.LIVE_WITH)   // ATTRACTIVE
 * }</pre>
 */
public enum KanoCategory {
    /** A: delights when present, not missed when absent. */
    ATTRACTIVE("A"),
    /** O: the more, the better; satisfies when present and dissatisfies when absent. */
    ONE_DIMENSIONAL("O"),
    /** M: expected; its absence dissatisfies, its presence goes unnoticed. */
    MUST_BE("M"),
    /** I: neither its presence nor its absence matters. */
    INDIFFERENT("I"),
    /** R: the customer prefers the feature absent. */
    REVERSE("R"),
    /** Q: the two answers contradict each other. */
    QUESTIONABLE("Q");

    private static final KanoCategory A = ATTRACTIVE;
    private static final KanoCategory O = ONE_DIMENSIONAL;
    private static final KanoCategory M = MUST_BE;
    private static final KanoCategory I = INDIFFERENT;
    private static final KanoCategory R = REVERSE;
    private static final KanoCategory Q = QUESTIONABLE;

    /** Rows: functional answer; columns: dysfunctional answer; both in code order like ... dislike. */
    private static final KanoCategory[][] TABLE = {
        {Q, A, A, A, O},
        {R, I, I, I, M},
        {R, I, I, I, M},
        {R, I, I, I, M},
        {R, R, R, R, Q},
    };

    private final String letter;

    KanoCategory(String letter) {
        this.letter = letter;
    }

    /** The letter of the evaluation table, e.g. {@code O}. */
    public String letter() {
        return letter;
    }

    /**
     * Classifies one customer's pair of answers.
     *
     * @param functional  the answer to "how do you feel if the feature is there?", not null
     * @param dysfunctional  the answer to "how do you feel if it is not?", not null
     * @return the category, never null
     */
    public static KanoCategory of(KanoAnswer functional, KanoAnswer dysfunctional) {
        checkNotNull(functional, "functional");
        checkNotNull(dysfunctional, "dysfunctional");
        return TABLE[functional.ordinal()][dysfunctional.ordinal()];
    }
}
