package dev.rapport.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The survey answers attached to one interaction, each optional: NPS (0-10), CSAT (1-5), CES (1-7), and a
 * rating (1-5) per {@link ServiceDimension}, keyed by the dimension's id. In the canonical CSV these are the
 * columns {@code nps}, {@code csat}, {@code ces} and {@code rating_<dimension>}, empty where not answered.
 * <p>
 * Ranges are checked when the value is made: these values arrive by the million, so the check is cheap
 * and immediate rather than a validation pass.
 * <pre>{@code
 * SurveyScores.none().withNps(9).withCsat(5).withRating("timeliness", 4)
 * }</pre>
 * This type is immutable and thread-safe.
 *
 * @param nps  likelihood to recommend, 0 to 10, if answered
 * @param csat  satisfaction, 1 to 5, if answered
 * @param ces  ease (customer effort score), 1 to 7, if answered
 * @param ratings  rating per service dimension id, 1 to 5, not null
 */
public record SurveyScores(OptionalInt nps, OptionalInt csat, OptionalInt ces, Map<String, Integer> ratings) {

    private static final SurveyScores NONE =
            new SurveyScores(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), Map.of());

    public SurveyScores {
        nps = checkOn(nps, Scale.NPS);
        csat = checkOn(csat, Scale.CSAT);
        ces = checkOn(ces, Scale.CES);
        ratings = ratings == null ? ImmutableSortedMap.of() : ImmutableSortedMap.copyOf(ratings);
        for (Map.Entry<String, Integer> rating : ratings.entrySet()) {
            Ids.kebab(rating.getKey(), "service dimension", "ratings key");
            checkNotNull(rating.getValue(), "rating of %s", rating.getKey());
            checkArgument(Scale.RATING.contains(rating.getValue()), "rating of %s must be between 1 and 5, was %s",
                    rating.getKey(), rating.getValue());
        }
    }

    private static OptionalInt checkOn(OptionalInt score, Scale scale) {
        if (score == null) {
            return OptionalInt.empty();
        }
        score.ifPresent(s -> checkArgument(scale.contains(s), "%s answer must be between %s and %s, was %s",
                scale.id().toUpperCase(java.util.Locale.ROOT), (int) scale.min(), (int) scale.max(), s));
        return score;
    }

    //-----------------------------------------------------------------------
    /** No answers: the interaction was not surveyed. */
    public static SurveyScores none() {
        return NONE;
    }

    /** Returns a copy with an NPS answer. */
    public SurveyScores withNps(int nps) {
        return new SurveyScores(OptionalInt.of(nps), csat, ces, ratings);
    }

    /** Returns a copy with a CSAT answer. */
    public SurveyScores withCsat(int csat) {
        return new SurveyScores(nps, OptionalInt.of(csat), ces, ratings);
    }

    /** Returns a copy with a CES answer. */
    public SurveyScores withCes(int ces) {
        return new SurveyScores(nps, csat, OptionalInt.of(ces), ratings);
    }

    /** Returns a copy with a rating of the given dimension, replacing any earlier one. */
    public SurveyScores withRating(String dimension, int rating) {
        java.util.TreeMap<String, Integer> copy = new java.util.TreeMap<>(ratings);
        copy.put(checkNotNull(dimension, "dimension"), rating);
        return new SurveyScores(nps, csat, ces, copy);
    }

    /** Returns the rating of a dimension, if answered. */
    public OptionalInt rating(ServiceDimension dimension) {
        Integer rating = ratings.get(dimension.id());
        return rating == null ? OptionalInt.empty() : OptionalInt.of(rating);
    }

    /** Whether no question was answered. */
    public boolean isEmpty() {
        return nps.isEmpty() && csat.isEmpty() && ces.isEmpty() && ratings.isEmpty();
    }

    /** Returns e.g. {@code nps 9, csat 5, timeliness 4}, or {@code no answers}. */
    @Override
    public String toString() {
        if (isEmpty()) {
            return "no answers";
        }
        StringBuilder text = new StringBuilder();
        nps.ifPresent(v -> text.append(", nps ").append(v));
        csat.ifPresent(v -> text.append(", csat ").append(v));
        ces.ifPresent(v -> text.append(", ces ").append(v));
        ratings.forEach((k, v) -> text.append(", ").append(k).append(' ').append(v));
        return text.substring(2);
    }
}
