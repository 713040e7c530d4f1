package dev.rapport.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One feature of a Kano questionnaire with its pair of questions: the functional one ("How do you feel if the
 * mobile app shows your queue position?") and the dysfunctional one ("... if it does not?"). Every respondent
 * answers both on the five-point {@link KanoAnswer} scale.
 * <pre>{@code
 * KanoFeature.of("Queue position", "If the app shows your place in the queue, how do you feel?",
 *         "If the app does not show your place in the queue, how do you feel?")
 * }</pre>
 * This type is immutable and thread-safe.
 *
 * @param name  the feature's name, unique within its questionnaire, not blank, no surrounding spaces
 * @param functional  the question about its presence, not blank
 * @param dysfunctional  the question about its absence, not blank
 */
public record KanoFeature(String name, String functional, String dysfunctional) {

    public KanoFeature {
        checkName(name);
        checkNotNull(functional, "functional");
        checkArgument(!functional.isBlank(), "feature '%s' needs a functional question", name);
        checkNotNull(dysfunctional, "dysfunctional");
        checkArgument(!dysfunctional.isBlank(), "feature '%s' needs a dysfunctional question", name);
    }

    /** Obtains a feature with its two questions. */
    public static KanoFeature of(String name, String functional, String dysfunctional) {
        return new KanoFeature(name, functional, dysfunctional);
    }

    static String checkName(String feature) {
        checkNotNull(feature, "feature");
        checkArgument(!feature.isBlank() && feature.strip().equals(feature),
                "a Kano feature name must be non-blank without surrounding spaces, was '%s'", feature);
        return feature;
    }
}
