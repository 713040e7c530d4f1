package dev.rapport.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.rapport.core.Channel;
import dev.rapport.core.Interaction;
import dev.rapport.core.Outcome;
import dev.rapport.core.SurveyScores;
import dev.rapport.data.InteractionColumns;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Every dimension's tally is one state: the same from interactions and from columns, whatever the row order and
 * however the rows are cut into shards, for built-in and the survey's own dimensions, with ratings, "not
 * applicable" answers and skipped questions mixed.
 */
class SurveyDimensionsProperties {

    private static final String[] DIMENSIONS = {"reliability", "baggage-handling", "gate-location",
        "inflight-wifi-service", "cleanliness"};

    private static Interaction survey(long seed, int index) {
        Random r = new Random(seed * 31 + index);
        SurveyScores survey = SurveyScores.none();
        if (r.nextInt(3) > 0) {
            survey = survey.withCsat(1 + r.nextInt(5));
        }
        for (String dimension : DIMENSIONS) {
            switch (r.nextInt(4)) {
                case 0 -> survey = survey.withNotApplicable(dimension);
                case 1 -> { }
                default -> survey = survey.withRating(dimension, 1 + r.nextInt(5));
            }
        }
        return Interaction.builder("px-" + index, "pax-" + r.nextInt(50),
                Instant.ofEpochSecond(1_767_000_000L + r.nextInt(1_500_000)), "post-flight-survey", Channel.EMAIL)
                .outcome(Outcome.RESOLVED).survey(survey).build();
    }

    private static Gen<List<Interaction>> surveys() {
        return SourceDSL.longs().between(0, 1L << 40).zip(SourceDSL.integers().between(0, 120), (seed, n) -> {
            List<Interaction> all = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                all.add(survey(seed, i));
            }
            return all;
        });
    }

    @Test
    void tallies_sameFromObjectsColumnsAnyOrderAndAnySharding() {
        qt().withExamples(60).forAll(surveys(), SourceDSL.longs().all()).checkAssert((all, seed) -> {
            SortedMap<String, RatingTally> expected = SurveyDimensions.tallies(all);
            assertEquals(expected, SurveyDimensions.tallies(InteractionColumns.of(all)));
            List<Interaction> shuffled = new ArrayList<>(all);
            Collections.shuffle(shuffled, new Random(seed));
            assertEquals(expected, SurveyDimensions.tallies(shuffled));
            assertEquals(expected, SurveyDimensions.tallies(InteractionColumns.of(shuffled)));
            Random random = new Random(seed);
            SortedMap<String, RatingTally> merged = new TreeMap<>();
            for (int from = 0; from < shuffled.size(); ) {
                int to = Math.min(shuffled.size(), from + 1 + random.nextInt(20));
                SurveyDimensions.tallies(InteractionColumns.of(shuffled.subList(from, to)))
                        .forEach((dimension, tally) -> merged.merge(dimension, tally, RatingTally::merge));
                from = to;
            }
            assertEquals(expected, merged);
        });
    }

    @Test
    void tally_mergeAssociativeCommutativeWithIdentity() {
        Gen<RatingTally> tallies = SourceDSL.lists().of(SourceDSL.integers().between(0, 5)).ofSizeBetween(0, 30)
                .map(answers -> RatingTally.of(answers.stream().mapToInt(Integer::intValue).toArray()));
        qt().withExamples(200).forAll(tallies, tallies, tallies).checkAssert((a, b, c) -> {
            assertEquals(a.merge(b).merge(c), a.merge(b.merge(c)));
            assertEquals(a.merge(b), b.merge(a));
            assertEquals(a, a.merge(RatingTally.empty()));
            assertEquals(a.rated() + a.notApplicable(), a.asked());
        });
    }
}
