package dev.rapport.metrics;

import com.google.common.collect.ImmutableList;
import dev.rapport.core.Ids;
import dev.rapport.core.Interaction;
import dev.rapport.core.SurveyScores;
import dev.rapport.data.InteractionColumns;
import dev.rapport.data.internal.ColumnStore;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The survey-dimension metrics of {@link Metrics}: one family per figure, one metric per dimension id, named
 * {@code <family>:<dimension>}, all over one {@link RatingTally} state so that every figure of a dimension comes
 * from one pass. This is also where {@link MetricRegistry} resolves such names.
 */
final class RatingMetrics {

    /** The name forms, as listed when a name is not understood. */
    static final List<String> FORMS = ImmutableList.of("rating-mean:<dimension>", "rating-top-two:<dimension>",
            "rating-share-1:<dimension>", "rating-share-2:<dimension>", "rating-share-3:<dimension>",
            "rating-share-4:<dimension>", "rating-share-5:<dimension>", "rating-not-applicable:<dimension>");

    private RatingMetrics() {
    }

    /** The tally of every answer about one dimension, per object and over columns. */
    static BuiltInMetric<RatingTally> metric(String name, String dimension, Function<RatingTally, Estimate> finish) {
        Ids.kebab(dimension, "service dimension", "dimension");
        return new BuiltInMetric<>(name, RatingTally.class, RatingTally.empty(),
                (s, i) -> add(s, i.survey(), dimension), RatingTally::merge, finish, kernel(dimension));
    }

    static BuiltInMetric<RatingTally> mean(String dimension) {
        return metric("rating-mean:" + dimension, dimension, RatingTally::mean);
    }

    static BuiltInMetric<RatingTally> topTwo(String dimension) {
        return metric("rating-top-two:" + dimension, dimension, RatingTally::topTwoBox);
    }

    static BuiltInMetric<RatingTally> share(String dimension, int rating) {
        RatingTally.empty().count(rating); // checks the rating
        return metric("rating-share-" + rating + ":" + dimension, dimension, s -> s.share(rating));
    }

    static BuiltInMetric<RatingTally> notApplicable(String dimension) {
        return metric("rating-not-applicable:" + dimension, dimension, RatingTally::notApplicableShare);
    }

    /**
     * The metric a name of the form {@code <family>:<dimension>} means, or empty if the name is not of one of the
     * {@link #FORMS} with a kebab-case dimension id.
     */
    static Optional<Metric<Interaction, ?, Estimate>> parse(String name) {
        int colon = name.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String family = name.substring(0, colon);
        String dimension = name.substring(colon + 1);
        if (!Ids.isKebab(dimension)) {
            return Optional.empty();
        }
        return switch (family) {
            case "rating-mean" -> Optional.of(mean(dimension));
            case "rating-top-two" -> Optional.of(topTwo(dimension));
            case "rating-not-applicable" -> Optional.of(notApplicable(dimension));
            case "rating-share-1", "rating-share-2", "rating-share-3", "rating-share-4", "rating-share-5" ->
                    Optional.of(share(dimension, family.charAt(family.length() - 1) - '0'));
            default -> Optional.empty();
        };
    }

    /** Whether a name has the shape {@code <kebab>:<kebab>} of a parameterized metric (known or not). */
    static boolean isParameterized(String name) {
        return name != null && dev.rapport.metrics.internal.scoring.ScorecardRules.isDimensionName(name);
    }

    private static RatingTally add(RatingTally state, SurveyScores survey, String dimension) {
        Integer rating = survey.ratings().get(dimension);
        if (rating != null) {
            return state.add(rating);
        }
        return survey.notApplicable().contains(dimension) ? state.add(RatingTally.NOT_APPLICABLE) : state;
    }

    /** Counts the dimension's column: a tally for every group with a row, empty where the column is absent. */
    private static BuiltInMetric.Kernel<RatingTally> kernel(String dimension) {
        return BuiltInMetric.Kernel.reading(EnumSet.of(InteractionColumns.Column.SURVEY),
                (c, from, to, groups, groupCount) -> {
            byte[] answers = c.ratings(dimension);
            int[] rows = c.surveyed;
            long[] counts = new long[groupCount * 6];
            for (int i = c.firstSurveyed(from); answers != null && i < rows.length && rows[i] < to; i++) {
                int a = answers[i];
                if (a != ColumnStore.MISSING) {
                    counts[groups[rows[i] - from] * 6 + a]++; // NOT_APPLICABLE is 0, ratings 1 to 5
                }
            }
            boolean[] seen = new boolean[groupCount];
            for (int g : groups) {
                seen[g] = true;
            }
            RatingTally[] states = new RatingTally[groupCount];
            for (int g = 0; g < groupCount; g++) {
                if (seen[g]) {
                    int at = g * 6;
                    states[g] = new RatingTally(counts[at + 1], counts[at + 2], counts[at + 3], counts[at + 4],
                            counts[at + 5], counts[at]);
                }
            }
            return states;
        });
    }
}
