package dev.rapport.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * The survey answers attached to one interaction, each optional: NPS (0-10), CSAT (1-5), CES (1-7), and a
 * rating (1-5) per {@link ServiceDimension}, keyed by the dimension's id. In the canonical CSV these are the
 * columns {@code nps}, {@code csat}, {@code ces} and {@code rating_<dimension>}, empty where not answered.
 * <p>
 * A dimension the customer was asked about but marked "not applicable" (no baggage checked, so no rating of
 * baggage handling) is neither a rating nor unanswered: it is listed in {@link #notApplicable()}, counted by the
 * survey metrics as such, and never enters a mean. A dimension is rated or not applicable, not both.
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
 * @param notApplicable  the service dimension ids answered "not applicable", none also rated; null for none
 */
public record SurveyScores(OptionalInt nps, OptionalInt csat, OptionalInt ces, Map<String, Integer> ratings,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Set<String> notApplicable) {

    private static final SurveyScores NONE =
            new SurveyScores(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), Map.of(), Set.of());

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
        notApplicable = notApplicable == null ? ImmutableSortedSet.of() : ImmutableSortedSet.copyOf(notApplicable);
        for (String dimension : notApplicable) {
            Ids.kebab(dimension, "service dimension", "notApplicable element");
            checkArgument(!ratings.containsKey(dimension), "%s is both rated and not applicable", dimension);
        }
    }

    /** Answers without any "not applicable" dimension. */
    public SurveyScores(OptionalInt nps, OptionalInt csat, OptionalInt ces, Map<String, Integer> ratings) {
        this(nps, csat, ces, ratings, Set.of());
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
        return new SurveyScores(OptionalInt.of(nps), csat, ces, ratings, notApplicable);
    }

    /** Returns a copy with a CSAT answer. */
    public SurveyScores withCsat(int csat) {
        return new SurveyScores(nps, OptionalInt.of(csat), ces, ratings, notApplicable);
    }

    /** Returns a copy with a CES answer. */
    public SurveyScores withCes(int ces) {
        return new SurveyScores(nps, csat, OptionalInt.of(ces), ratings, notApplicable);
    }

    /** Returns a copy with a rating of the given dimension, replacing any earlier rating or "not applicable". */
    public SurveyScores withRating(String dimension, int rating) {
        java.util.TreeMap<String, Integer> copy = new java.util.TreeMap<>(ratings);
        copy.put(checkNotNull(dimension, "dimension"), rating);
        TreeSet<String> without = new TreeSet<>(notApplicable);
        without.remove(dimension);
        return new SurveyScores(nps, csat, ces, copy, without);
    }

    /** Returns a copy in which the given dimension was answered "not applicable", replacing any earlier rating. */
    public SurveyScores withNotApplicable(String dimension) {
        java.util.TreeMap<String, Integer> without = new java.util.TreeMap<>(ratings);
        without.remove(checkNotNull(dimension, "dimension"));
        TreeSet<String> copy = new TreeSet<>(notApplicable);
        copy.add(dimension);
        return new SurveyScores(nps, csat, ces, without, copy);
    }

    /** Whether the given dimension was answered "not applicable". */
    public boolean isNotApplicable(ServiceDimension dimension) {
        return notApplicable.contains(dimension.id());
    }

    /** Returns the rating of a dimension, if answered. */
    public OptionalInt rating(ServiceDimension dimension) {
        Integer rating = ratings.get(dimension.id());
        return rating == null ? OptionalInt.empty() : OptionalInt.of(rating);
    }

    /** Whether no question was answered. */
    public boolean isEmpty() {
        return nps.isEmpty() && csat.isEmpty() && ces.isEmpty() && ratings.isEmpty() && notApplicable.isEmpty();
    }

    /** Returns e.g. {@code nps 9, csat 5, timeliness 4, wifi n/a}, or {@code no answers}. */
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
        notApplicable.forEach(k -> text.append(", ").append(k).append(" n/a"));
        return text.substring(2);
    }
}
