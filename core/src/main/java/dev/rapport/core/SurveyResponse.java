package dev.rapport.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Optional;

/**
 * A customer's answer to one survey question, on a {@link Scale}, about a touchpoint, a service dimension or
 * the whole experience ({@link Subject}). Answers attached directly to an interaction are held in its
 * {@link SurveyScores}; a survey response stands alone (a relationship survey, a post-visit e-mail).
 * <pre>{@code
 * SurveyResponse r = SurveyResponse.of("cust-7", Instant.now(), Subject.overall(), Scale.NPS, 9);
 * }</pre>
 * This type is immutable and thread-safe.
 *
 * @param customerId  who answered, not blank
 * @param timestamp  when, not null
 * @param subject  what the question was about, not null
 * @param scale  the answer scale, not null
 * @param score  the answer, on the scale
 * @param interactionId  the interaction the survey followed, if any, not null
 */
@Consistent
public record SurveyResponse(@JsonProperty(required = true) @NotBlank String customerId,
        @JsonProperty(required = true) @NotNull Instant timestamp,
        @JsonProperty(required = true) @NotNull @Valid Subject subject,
        @JsonProperty(required = true) @NotNull @Valid Scale scale,
        @JsonProperty(required = true) double score,
        Optional<String> interactionId) implements CrossFieldChecked {

    public SurveyResponse {
        checkNotNull(customerId, "customerId");
        checkNotNull(timestamp, "timestamp");
        checkNotNull(subject, "subject");
        checkNotNull(scale, "scale");
        interactionId = interactionId == null ? Optional.empty() : interactionId;
    }

    /**
     * Obtains a response, checking every rule.
     *
     * @param customerId  who answered, not blank
     * @param timestamp  when, not null
     * @param subject  what about, not null
     * @param scale  the scale, not null
     * @param score  the answer, on the scale
     * @return the response, never null
     * @throws InvalidModelException if the id is blank or the score is off the scale
     */
    public static SurveyResponse of(String customerId, Instant timestamp, Subject subject, Scale scale,
            double score) {
        return Models.validate(new SurveyResponse(customerId, timestamp, subject, scale, score, Optional.empty()));
    }

    /** Returns a copy tied to the interaction the survey followed. */
    public SurveyResponse withInteraction(String interactionId) {
        checkArgument(!checkNotNull(interactionId, "interactionId").isBlank(), "interactionId must not be blank");
        return new SurveyResponse(customerId, timestamp, subject, scale, score, Optional.of(interactionId));
    }

    @Override
    public void checkCrossFields(Problems problems) {
        if (!scale.contains(score)) {
            problems.add("score", "must be on the " + scale.id() + " scale (" + Scale.format(scale.min()) + " to "
                    + Scale.format(scale.max()) + ")", score);
        }
    }

    /** Returns e.g. {@code cust-7 rated overall 9 on nps (2026-01-05T10:00:00Z)}. */
    @Override
    public String toString() {
        return customerId + " rated " + subject + " " + Scale.format(score) + " on " + scale.id() + " (" + timestamp
                + ")";
    }
}
