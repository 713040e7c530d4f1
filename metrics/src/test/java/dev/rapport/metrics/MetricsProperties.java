package dev.rapport.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.rapport.core.Channel;
import dev.rapport.core.Initiator;
import dev.rapport.core.Interaction;
import dev.rapport.core.Outcome;
import dev.rapport.core.RapportJson;
import dev.rapport.core.SurveyScores;
import dev.rapport.data.InteractionColumns;
import dev.rapport.data.InteractionColumns.Dimension;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class MetricsProperties {

    private static final String[] TOUCHPOINTS = {"phone-support", "chat-support", "faq"};
    private static final Channel[] CHANNELS = {Channel.PHONE, Channel.CHAT, Channel.WEB};
    /** Two built-in dimensions and one that is not, each rated 1-5 or answered "not applicable" now and then. */
    private static final String[] RATED = {"reliability", "above-and-beyond", "cleanliness"};
    /** Support tiers, and a team that is not in the order {@link #TIERED} gives. */
    static final String[] TIERS = {"L1", "L2", "L3", "vendor"};
    static final TierPolicy TIERED = TierPolicy.DEFAULT.withOrder("L1", "L2", "L3");

    /**
     * One random interaction from a seed: any outcome, wait up to 10 minutes with milliseconds (unknown in one in
     * five), handling time up to an hour (unknown in one in five), some answers.
     */
    static Interaction interaction(long seed) {
        Random r = new Random(seed);
        SurveyScores survey = SurveyScores.none();
        if (r.nextBoolean()) {
            survey = survey.withNps(r.nextInt(11));
        }
        if (r.nextInt(3) == 0) {
            survey = survey.withCsat(1 + r.nextInt(5));
        }
        if (r.nextInt(3) == 0) {
            survey = survey.withCes(1 + r.nextInt(7));
        }
        for (String dimension : RATED) {
            if (r.nextInt(4) == 0) {
                survey = survey.withRating(dimension, 1 + r.nextInt(5));
            } else if (r.nextInt(8) == 0) {
                survey = survey.withNotApplicable(dimension);
            }
        }
        Interaction.Builder builder = Interaction.builder("i-" + seed, "c-" + r.nextInt(5),
                Instant.ofEpochSecond(1_767_000_000L + r.nextInt(1_500_000)), TOUCHPOINTS[r.nextInt(3)],
                CHANNELS[r.nextInt(3)]);
        if (r.nextInt(4) != 0) {
            builder.caseId("k-" + r.nextInt(12));
        }
        if (r.nextInt(3) != 0) {
            builder.reason(r.nextBoolean() ? "billing" : "delivery");
        }
        if (r.nextInt(3) != 0) {
            builder.agent("a-" + r.nextInt(3));
        }
        // one wait and one handling time in five are unknown, as a real export leaves them empty
        double wait = r.nextInt(600_000) / 1000.0 + (r.nextBoolean() ? 0.0004 : 0);
        if (r.nextInt(5) != 0) {
            builder.waitSeconds(wait);
        }
        double handle = r.nextInt(3_600_000) / 1000.0;
        if (r.nextInt(5) != 0) {
            builder.handleSeconds(handle);
        }
        builder.outcome(Outcome.values()[r.nextInt(Outcome.values().length)])
                .initiator(r.nextInt(5) == 0 ? Initiator.COMPANY : Initiator.CUSTOMER)
                .survey(survey);
        // drawn last, so that every other field is what it was before tiers existed; one in five unknown
        if (r.nextInt(5) != 0) {
            builder.tier(TIERS[r.nextInt(TIERS.length)]);
        }
        if (r.nextInt(5) != 0) {
            builder.stage(TIERS[r.nextInt(TIERS.length)]);
        }
        return builder.build();
    }

    /** A desk open 9-17 on weekdays in Berlin, closed on one holiday inside the generated period. */
    static final BusinessCalendar DESK = BusinessCalendar.of(java.time.ZoneId.of("Europe/Berlin"))
            .withHours(java.time.LocalTime.of(9, 0), java.time.LocalTime.of(17, 0), java.time.DayOfWeek.MONDAY,
                    java.time.DayOfWeek.TUESDAY, java.time.DayOfWeek.WEDNESDAY, java.time.DayOfWeek.THURSDAY,
                    java.time.DayOfWeek.FRIDAY)
            .withHoliday(java.time.LocalDate.of(2026, 1, 6));

    /** Every built-in metric, the reason shares that need the caller's reasons, and case times in business time. */
    static final List<Metric<Interaction, ?, Estimate>> METRICS = com.google.common.collect.ImmutableList
            .<Metric<Interaction, ?, Estimate>>builder().addAll(Metrics.builtIn())
            .add(Metrics.writtenComplaintRate("billing"), Metrics.oralComplaintRate("billing", "delivery"),
                    Metrics.reasonShare("delivery-rate", "delivery"))
            .add(Metrics.resolutionTime(90, DESK), Metrics.resolutionTimeMean(DESK), Metrics.firstResponse(50, DESK),
                    Metrics.resolutionSlaAttainment(java.time.Duration.ofHours(8), DESK),
                    Metrics.resolutionSlaAttainment(java.time.Duration.ofMinutes(90)))
            .add(Metrics.ratingMean("cleanliness"), Metrics.ratingTopTwoBox("reliability"),
                    Metrics.ratingShare("above-and-beyond", 3), Metrics.ratingNotApplicable("cleanliness"),
                    Metrics.ratingMean("in-flight-wifi"))
            .add(Metrics.firstLevelResolution(TIERED), Metrics.escalations(TIERED), Metrics.tierTransfers(TIERED),
                    Metrics.pingPongRate(TIERED.withColumn(TierPolicy.Column.STAGE)),
                    Metrics.teamChanges(TierPolicy.DEFAULT.withColumn(TierPolicy.Column.STAGE)))
            .build();

    static Gen<List<Interaction>> interactions() {
        return lists().of(longs().all().map(MetricsProperties::interaction)).ofSizeBetween(0, 60);
    }

    static <S> S fold(Metric<Interaction, S, Estimate> metric, List<Interaction> interactions) {
        S state = metric.empty();
        for (Interaction interaction : interactions) {
            state = metric.add(state, interaction);
        }
        return state;
    }

    private static <S> void mergeLaws(Metric<Interaction, S, Estimate> metric, List<Interaction> a,
            List<Interaction> b, List<Interaction> c) {
        S x = fold(metric, a);
        S y = fold(metric, b);
        S z = fold(metric, c);
        assertEquals(metric.merge(metric.merge(x, y), z), metric.merge(x, metric.merge(y, z)), metric.name());
        assertEquals(metric.merge(x, y), metric.merge(y, x), metric.name());
        assertEquals(x, metric.merge(x, metric.empty()), metric.name());
        assertEquals(x, metric.merge(metric.empty(), x), metric.name());
    }

    @Test
    void everyMetric_mergeIsAssociativeCommutativeWithIdentity() {
        qt().withExamples(100).forAll(interactions(), interactions(), interactions()).checkAssert((a, b, c) -> {
            for (Metric<Interaction, ?, Estimate> metric : METRICS) {
                mergeLaws(metric, a, b, c);
            }
        });
    }

    private static <S> void sharding(Metric<Interaction, S, Estimate> metric, List<Interaction> all, long seed) {
        Random random = new Random(seed);
        S merged = metric.empty();
        int from = 0;
        while (from < all.size()) {
            int to = Math.min(all.size(), from + 1 + random.nextInt(10));
            S shard = fold(metric, all.subList(from, to));
            merged = random.nextBoolean() ? metric.merge(merged, shard) : metric.merge(shard, merged);
            from = to;
        }
        assertEquals(fold(metric, all), merged, metric.name());
        assertEquals(metric.finish(fold(metric, all)), metric.finish(merged), metric.name());
    }

    @Test
    void everyMetric_randomShardsEqualOnePass() {
        qt().withExamples(100).forAll(interactions(), longs().all()).checkAssert((all, seed) -> {
            for (Metric<Interaction, ?, Estimate> metric : METRICS) {
                sharding(metric, all, seed);
            }
        });
    }

    /**
     * The columnar path stores rows in blocks of {@code InteractionColumns.BLOCK} (32,768) rows and splits large
     * inputs into row ranges of at least 65,536 rows, each with its own mutable accumulators and its own slice of the
     * sparse survey rows; the generated lists above are too small to reach either. 70,000 rows make three blocks
     * and two ranges, the first ending inside the second block; every metric is checked, the reference folding 1,000-row slices per group and
     * merging them.
     */
    @Test
    void largeInput_severalBlocksAndRowRanges_bulkEqualsPerObject() {
        List<Interaction> all = new ArrayList<>();
        for (long i = 0; i < 70_000; i++) {
            all.add(interaction(i * 0x9E3779B97F4A7C15L));
        }
        InteractionColumns columns = InteractionColumns.of(all);
        for (Metric<Interaction, ?, Estimate> metric : METRICS) {
            largeInputAgrees(metric, all, columns);
        }
    }

    /**
     * Every metric over issues or cases, grouped by each dimension alone, gives per group the state of folding that
     * group's interactions: an issue with contacts in two groups is one issue in each.
     */
    @Test
    void everyCaseMetric_groupedByEveryDimension_bulkEqualsPerObject() {
        qt().withExamples(60).forAll(interactions()).checkAssert(all -> {
            InteractionColumns columns = InteractionColumns.of(all);
            for (Metric<Interaction, ?, Estimate> metric : METRICS) {
                if (metric instanceof CaseMetric || metric instanceof CaseTimeMetric) {
                    for (Dimension dimension : Dimension.values()) {
                        groupedAgrees(metric, all, columns, dimension);
                    }
                }
            }
        });
    }

    private static <S> void groupedAgrees(Metric<Interaction, S, Estimate> metric, List<Interaction> all,
            InteractionColumns columns, Dimension dimension) {
        Map<List<String>, List<Interaction>> groups = new LinkedHashMap<>();
        all.forEach(i -> groups.computeIfAbsent(InteractionColumns.keyOf(i, dimension), k -> new ArrayList<>()).add(i));
        Map<List<String>, S> expected = new LinkedHashMap<>();
        groups.forEach((key, rows) -> expected.put(key, fold(metric, rows)));
        assertEquals(expected, Map.copyOf(ColumnMetrics.accumulate(columns, metric, dimension)),
                metric.name() + " by " + dimension);
    }

    /** Issues are folded in one part per core once there are two 65,536-row chunks per core: 200,000 rows. */
    @Test
    void largeInput_issuesOverSeveralParts_bulkEqualsPerObject() {
        List<Interaction> all = new ArrayList<>();
        for (long i = 0; i < 200_000; i++) {
            all.add(interaction(i * 0x9E3779B97F4A7C15L));
        }
        InteractionColumns columns = InteractionColumns.of(all);
        caseMetricAgrees(Metrics.fcr(), all, columns);
        caseMetricAgrees(Metrics.repeatContactRate(), all, columns);
    }

    private static <S> void caseMetricAgrees(Metric<Interaction, S, Estimate> metric, List<Interaction> all,
            InteractionColumns columns) {
        assertEquals(metric.finish(foldInSlices(metric, all)), ColumnMetrics.evaluate(columns, metric), metric.name());
    }

    @Test
    void builder_builtAgainAfterMoreRows_firstColumnsUnchanged() {
        List<Interaction> all = new ArrayList<>();
        for (long i = 0; i < 80_000; i++) {
            all.add(interaction(i * 0x9E3779B97F4A7C15L + 1));
        }
        InteractionColumns.Builder builder = InteractionColumns.builder();
        all.subList(0, 70_000).forEach(builder::add);
        InteractionColumns first = builder.build();
        all.subList(70_000, 80_000).forEach(builder::add);
        InteractionColumns second = builder.build();
        assertEquals(70_000, first.size());
        assertEquals(80_000, second.size());
        assertEquals(ColumnMetrics.evaluate(InteractionColumns.of(all.subList(0, 70_000)), Metrics.waitMean()),
                ColumnMetrics.evaluate(first, Metrics.waitMean()));
        assertEquals(ColumnMetrics.evaluate(InteractionColumns.of(all), Metrics.nps(), Dimension.TOUCHPOINT),
                ColumnMetrics.evaluate(second, Metrics.nps(), Dimension.TOUCHPOINT));
        assertEquals(Metrics.fcr().finish(foldInSlices(Metrics.fcr(), all.subList(0, 70_000))),
                ColumnMetrics.evaluate(first, Metrics.fcr()));
    }

    private static <S> void largeInputAgrees(Metric<Interaction, S, Estimate> metric, List<Interaction> all,
            InteractionColumns columns) {
        Map<List<String>, List<Interaction>> groups = new LinkedHashMap<>();
        for (Interaction interaction : all) {
            groups.computeIfAbsent(InteractionColumns.keyOf(interaction, Dimension.TOUCHPOINT, Dimension.CHANNEL),
                    k -> new ArrayList<>()).add(interaction);
        }
        Map<List<String>, S> expected = new LinkedHashMap<>();
        groups.forEach((key, rows) -> expected.put(key, foldInSlices(metric, rows)));
        assertEquals(expected, Map.copyOf(ColumnMetrics.accumulate(columns, metric, Dimension.TOUCHPOINT, Dimension.CHANNEL)),
                metric.name());
        assertEquals(metric.finish(foldInSlices(metric, all)), ColumnMetrics.evaluate(columns, metric), metric.name());
    }

    private static <S> S foldInSlices(Metric<Interaction, S, Estimate> metric, List<Interaction> rows) {
        S state = metric.empty();
        for (int from = 0; from < rows.size(); from += 1_000) {
            state = metric.merge(state, fold(metric, rows.subList(from, Math.min(rows.size(), from + 1_000))));
        }
        return state;
    }

    private static <S> void bulkEqualsPerObject(Metric<Interaction, S, Estimate> metric, List<Interaction> all) {
        Map<List<String>, List<Interaction>> groups = new LinkedHashMap<>();
        for (Interaction interaction : all) {
            groups.computeIfAbsent(InteractionColumns.keyOf(interaction, Dimension.TOUCHPOINT, Dimension.CHANNEL),
                    k -> new ArrayList<>()).add(interaction);
        }
        Map<List<String>, S> expected = new LinkedHashMap<>();
        groups.forEach((key, rows) -> expected.put(key, fold(metric, rows)));
        InteractionColumns columns = InteractionColumns.of(all);
        if (metric instanceof CaseMetric || metric instanceof CaseTimeMetric) {
            assertEquals(Map.of(List.of(), fold(metric, all)), ColumnMetrics.accumulate(columns, metric), metric.name());
        }
        assertEquals(expected, Map.copyOf(ColumnMetrics.accumulate(columns, metric, Dimension.TOUCHPOINT, Dimension.CHANNEL)),
                metric.name());
        assertEquals(metric.finish(fold(metric, all)), ColumnMetrics.evaluate(columns, metric), metric.name());
    }

    @Test
    void fcrPolicies_bulkEqualsPerObject() {
        qt().withExamples(100).forAll(interactions()).checkAssert(all -> {
            FcrPolicy byReason = FcrPolicy.DEFAULT.withSameIssue(FcrPolicy.SameIssue.CUSTOMER_AND_REASON)
                    .withWindow(java.time.Duration.ofDays(3)).withChannels(Channel.PHONE, Channel.CHAT);
            bulkEqualsPerObject(Metrics.fcr(byReason), all);
            bulkEqualsPerObject(Metrics.reasonShare("billing-rate", "billing"), all);
            bulkEqualsPerObject(Metrics.repeatContactRate(byReason), all);
            sharding(Metrics.fcr(byReason), all, all.size());
            for (Metric<Interaction, CaseTimes, Estimate> times : List.of(Metrics.resolutionTime(90, DESK),
                    Metrics.firstResponseMean(), Metrics.unresolvedCaseRate())) {
                Metric<Interaction, CaseTimes, Estimate> byIssue = Metrics.withPolicy(times, byReason);
                bulkEqualsPerObject(byIssue, all);
                sharding(byIssue, all, all.size());
                mergeLaws(byIssue, all.subList(0, all.size() / 3), all.subList(all.size() / 3, all.size() / 2),
                        all.subList(all.size() / 2, all.size()));
            }
        });
    }

    @Test
    void everyMetric_bulkEqualsPerObject() {
        qt().withExamples(100).forAll(interactions()).checkAssert(all -> {
            for (Metric<Interaction, ?, Estimate> metric : METRICS) {
                bulkEqualsPerObject(metric, all);
            }
        });
    }

    private static <S> void jsonRoundTrip(Metric<Interaction, S, Estimate> metric, List<Interaction> all) {
        S state = fold(metric, all);
        @SuppressWarnings("unchecked")
        Class<S> type = metric instanceof BuiltInMetric<?> builtIn ? ((BuiltInMetric<S>) builtIn).stateType()
                : metric instanceof CaseTimeMetric ? (Class<S>) CaseTimes.class : (Class<S>) CaseContacts.class;
        String json = RapportJson.mapper().writeValueAsString(state);
        assertEquals(state, RapportJson.mapper().readValue(json, type), json);
    }

    @Test
    void everyMetric_stateJsonRoundTripIsExact() {
        qt().withExamples(100).forAll(interactions()).checkAssert(all -> {
            for (Metric<Interaction, ?, Estimate> metric : METRICS) {
                jsonRoundTrip(metric, all);
            }
        });
    }

    private static <S> Estimate finishFold(Metric<Interaction, S, Estimate> metric, List<Interaction> all) {
        return metric.finish(fold(metric, all));
    }

    @Test
    void everyMetric_estimateContainsPointAndNetScoresStayInRange() {
        qt().withExamples(100).forAll(interactions()).checkAssert(all -> {
            for (Metric<Interaction, ?, Estimate> metric : METRICS) {
                Estimate e = finishFold(metric, all);
                if (!e.isEmpty()) {
                    assertTrue(e.lower() <= e.point() && e.point() <= e.upper(), metric.name() + " " + e);
                }
            }
            Estimate nps = Metrics.nps().finish(fold(Metrics.nps(), all));
            assertTrue(nps.isEmpty() || -100 <= nps.lower() && nps.upper() <= 100, nps::toString);
        });
    }

    /** Durations in ms, enough of them to pass the exact limit and use the histogram. */
    static Gen<long[]> durations() {
        return integers().between(0, 3000).zip(longs().all(), (n, seed) -> {
            Random r = new Random(seed);
            long[] values = new long[n];
            for (int i = 0; i < n; i++) {
                values[i] = (long) Math.exp(r.nextDouble() * 16);
            }
            return values;
        });
    }

    @Test
    void distribution_largeInputs_mergeLawsJsonAndBoundedError() {
        qt().withExamples(40).forAll(durations(), durations(), durations()).checkAssert((a, b, c) -> {
            Distribution x = Distribution.of(a);
            Distribution y = Distribution.of(b);
            Distribution z = Distribution.of(c);
            assertEquals(x.merge(y).merge(z), x.merge(y.merge(z)));
            assertEquals(x.merge(y), y.merge(x));
            assertEquals(x, RapportJson.mapper().readValue(RapportJson.mapper().writeValueAsString(x),
                    Distribution.class));
            assertTrue(x.isExact()); // at most 3,000 values: always exact now
            if (a.length > 0) {
                long[] sorted = a.clone();
                java.util.Arrays.sort(sorted);
                for (int p : new int[] {50, 90, 99}) {
                    long exact = sorted[(int) Math.max(0, Math.ceil(p / 100.0 * a.length - 1e-9) - 1)];
                    double read = x.estimate(p, 1).point();
                    assertEquals(exact, read, p + ": " + read + " vs " + exact);
                }
            }
        });
    }
}
