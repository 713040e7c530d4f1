package dev.rapport.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * One respondent's pair of answers about one feature of a Kano questionnaire: how they feel if the feature is there
 * (functional) and if it is not (dysfunctional). A skipped question is an unknown answer: such a pair is counted
 * as answered-but-unknown, never given a category.
 * <pre>{@code
 * KanoResponse.of("r-17", "Live chat", KanoAnswer.LIKE, KanoAnswer.LIVE_WITH).category()   // Optional[ATTRACTIVE]
 * }</pre>
 * This type is immutable and thread-safe.
 *
 * @param respondentId  who answered, not blank
 * @param feature  the feature asked about, as the questionnaire names it, not blank, no surrounding spaces
 * @param functional  the answer about the feature's presence, empty if skipped, not null
 * @param dysfunctional  the answer about its absence, empty if skipped, not null
 */
public record KanoResponse(String respondentId, String feature, Optional<KanoAnswer> functional,
        Optional<KanoAnswer> dysfunctional) {

    public KanoResponse {
        checkNotNull(respondentId, "respondentId");
        checkArgument(!respondentId.isBlank(), "a Kano response needs a respondent id");
        KanoFeature.checkName(feature);
        checkNotNull(functional, "functional");
        checkNotNull(dysfunctional, "dysfunctional");
    }

    /**
     * Obtains a response with both answers known.
     *
     * @param respondentId  who answered, not blank
     * @param feature  the feature, not blank
     * @param functional  the answer about the feature's presence, not null
     * @param dysfunctional  the answer about its absence, not null
     * @return the response, never null
     */
    public static KanoResponse of(String respondentId, String feature, KanoAnswer functional,
            KanoAnswer dysfunctional) {
        return new KanoResponse(respondentId, feature, Optional.of(checkNotNull(functional, "functional")),
                Optional.of(checkNotNull(dysfunctional, "dysfunctional")));
    }

    /** The category of the pair by the evaluation table, or empty if either answer is unknown. */
    public Optional<KanoCategory> category() {
        return functional.isPresent() && dysfunctional.isPresent()
                ? Optional.of(KanoCategory.of(functional.get(), dysfunctional.get())) : Optional.empty();
    }

    /** Returns e.g. {@code r-17 on Live chat: like / live-with}, with {@code ?} for an unknown answer. */
    @Override
    public String toString() {
        return respondentId + " on " + feature + ": " + functional.map(KanoAnswer::word).orElse("?") + " / "
                + dysfunctional.map(KanoAnswer::word).orElse("?");
    }
}
