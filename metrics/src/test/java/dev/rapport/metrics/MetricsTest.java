package dev.rapport.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.core.Channel;
import dev.rapport.core.Initiator;
import dev.rapport.core.Interaction;
import dev.rapport.core.Outcome;
import dev.rapport.core.ServiceDimension;
import dev.rapport.core.SurveyScores;
import dev.rapport.data.InteractionColumns;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsTest {

    static Interaction contact(int n, Outcome outcome, double waitSeconds, SurveyScores survey) {
        return Interaction.builder("i-" + n, "c-" + n % 3, Instant.parse("2026-01-05T09:00:00Z").plusSeconds(60L * n),
                n % 2 == 0 ? "phone-support" : "chat-support", n % 2 == 0 ? Channel.PHONE : Channel.CHAT)
                .outcome(outcome).waitSeconds(waitSeconds).handleSeconds(2 * waitSeconds).survey(survey).build();
    }

    /** Six contacts: NPS 10, 9, 9, 7, 3, 6; CSAT 5, 4, 2 on three of them; waits 10, 20, 30, 40, 50, 60 s. */
    static final List<Interaction> SIX = List.of(
            contact(1, Outcome.RESOLVED, 10, SurveyScores.none().withNps(10).withCsat(5).withCes(7)),
            contact(2, Outcome.TRANSFERRED, 20, SurveyScores.none().withNps(9).withCsat(4).withCes(6)),
            contact(3, Outcome.RESOLVED, 30, SurveyScores.none().withNps(9).withCsat(2).withCes(2)),
            contact(4, Outcome.ABANDONED, 40, SurveyScores.none().withNps(7)),
            contact(5, Outcome.ESCALATED, 50, SurveyScores.none().withNps(3)),
            contact(6, Outcome.TRANSFERRED, 60.0004, SurveyScores.none().withNps(6)));

    static Estimate perObject(Metric<Interaction, ?, Estimate> metric, List<Interaction> interactions) {
        return fold(metric, interactions);
    }

    private static <S> Estimate fold(Metric<Interaction, S, Estimate> metric, List<Interaction> interactions) {
        S state = metric.empty();
        for (Interaction interaction : interactions) {
            state = metric.add(state, interaction);
        }
        return metric.finish(state);
    }

    @Test
    void nps_workedExample_adjustedWald() {
        // 3 promoters, 1 passive, 2 detractors: 100 × (3 − 2) / 6 = 16.67; interval as in IntervalsTest.
        Estimate e = perObject(Metrics.nps(), SIX);
        assertEquals(16.666667, e.point(), 1e-6);
        assertEquals(-43.934, e.lower(), 1e-3);
        assertEquals(66.156, e.upper(), 1e-3);
        assertEquals(6, e.sampleSize());
    }

    @Test
    void csat_workedExample_topTwoBoxWilson() {
        // 2 of 3 answers are 4 or 5: p = 0.6667; z² = 3.841459; centre = (0.666667 + 0.640243) / 2.280486
        // = 0.573083; half = 1.959964 / 2.280486 × sqrt(0.074074 + 0.106707) = 0.859452 × 0.425184 = 0.365425.
        Estimate e = perObject(Metrics.csat(), SIX);
        assertEquals(2.0 / 3, e.point(), 1e-12);
        assertEquals(0.207658, e.lower(), 1e-5);
        assertEquals(0.938508, e.upper(), 1e-5);
        assertEquals(3, e.sampleSize());
    }

    @Test
    void csatMean_workedExample_t() {
        // 5, 4, 2: mean 3.6667, sd = sqrt(((1.3333)² + (0.3333)² + (1.6667)²) / 2) = sqrt(2.3333) = 1.527525;
        // half = 4.302653 × 1.527525 / 1.732051 = 3.794583: -0.127917 to 7.461250, clipped to the CSAT scale 1 to 5.
        Estimate e = perObject(Metrics.csatMean(), SIX);
        assertEquals(3.666667, e.point(), 1e-6);
        assertEquals(1.0, e.lower(), 0);
        assertEquals(5.0, e.upper(), 0);
    }

    @Test
    void cesViews_workedExample() {
        // CES 7, 6, 2: agree (5-7) 2 of 3; net = 100 × (2 − 1) / 3 = 33.33; mean 5.
        assertEquals(2.0 / 3, perObject(Metrics.cesAgree(), SIX).point(), 1e-12);
        assertEquals(33.333333, perObject(Metrics.cesNet(), SIX).point(), 1e-6);
        assertEquals(5.0, perObject(Metrics.cesMean(), SIX).point(), 1e-12);
    }

    @Test
    void outcomeRates_workedExample() {
        // 2 of 6 transferred: centre = 0.653455 / 1.640243 = 0.398390, half = 1.194923 × 0.252416 = 0.301617; 1 of 6 abandoned, 1 of 6 escalated.
        Estimate transfer = perObject(Metrics.transferRate(), SIX);
        assertEquals(1.0 / 3, transfer.point(), 1e-12);
        assertEquals(0.096773, transfer.lower(), 1e-5);
        assertEquals(0.700007, transfer.upper(), 1e-5);
        assertEquals(1.0 / 6, perObject(Metrics.abandonmentRate(), SIX).point(), 1e-12);
        assertEquals(1.0 / 6, perObject(Metrics.escalationRate(), SIX).point(), 1e-12);
    }

    @Test
    void waitMean_workedExample_millisecondsThenSeconds() {
        // 60.0004 s rounds to 60000 ms; mean 35 s, sd 18.708287; log-t: w = 2.570582 × 18.708287 / 35 / 2.449490
        // = 0.560947, 35 × e^∓w = 19.973 to 61.332.
        Estimate e = perObject(Metrics.waitMean(), SIX);
        assertEquals(35.0, e.point(), 1e-12);
        assertEquals(19.973, e.lower(), 1e-3);
        assertEquals(61.332, e.upper(), 1e-3);
        assertEquals("log-t", e.method());
    }

    @Test
    void waitPercentiles_workedExample_nearestRank() {
        // p50: rank ceil(3) = 3 -> 30 s; p90: rank ceil(5.4) = 6 -> 60 s.
        assertEquals(30.0, perObject(Metrics.waitPercentile(50), SIX).point(), 0);
        assertEquals(60.0, perObject(Metrics.waitPercentile(90), SIX).point(), 0);
        // handling 2 × 60.0004 = 120.0008 s is 120001 ms after rounding to the millisecond
        assertEquals(120.001, perObject(Metrics.handlePercentile(99), SIX).point(), 0);
        Estimate median = perObject(Metrics.waitPercentile(50), SIX);
        // ranks 3 ∓ 1.96 × sqrt(1.5) = 0.6 .. 5.4 -> ranks 1 and 7 (clamped to 6)
        assertEquals(10.0, median.lower(), 0);
        assertEquals(60.0, median.upper(), 0);
    }

    @Test
    void slaAttainment_workedExample() {
        // waits of at most 20 s: 2 of 6; at most 45 s: 4 of 6.
        assertEquals(1.0 / 3, perObject(Metrics.slaAttainment(Duration.ofSeconds(20)), SIX).point(), 1e-12);
        Metric<Interaction, Proportion, Estimate> within45 = Metrics.slaAttainment(Duration.ofSeconds(45));
        assertEquals("wait-within-45s", within45.name());
        assertEquals(2.0 / 3, perObject(within45, SIX).point(), 1e-12);
    }

    @Test
    void proactiveContactRate_countsCompanyInitiated() {
        Interaction outbound = Interaction.builder("o-1", "c-1", Instant.parse("2026-01-06T09:00:00Z"), "callback",
                Channel.PHONE).initiator(Initiator.COMPANY).outcome(Outcome.RESOLVED).build();
        assertEquals(1.0 / 7, perObject(Metrics.proactiveContactRate(),
                com.google.common.collect.ImmutableList.<Interaction>builder().addAll(SIX).add(outbound).build())
                .point(), 1e-12);
    }

    static Interaction onCase(String id, String caseId, String at, Outcome outcome, Channel channel) {
        return Interaction.builder(id, "c-1", Instant.parse(at), "support", channel).caseId(caseId)
                .reason("billing-" + caseId).outcome(outcome).build();
    }

    /**
     * Case a: resolved, no repeat: FCR. Case b: resolved, repeat 3 days later: not FCR, repeat. Case c: resolved,
     * repeat 8 days later (outside the window): FCR. Case d: first contact transferred: not FCR. Case e: a web
     * contact only.
     */
    static final List<Interaction> CASES = List.of(
            onCase("a1", "a", "2026-01-05T09:00:00Z", Outcome.RESOLVED, Channel.PHONE),
            onCase("b2", "b", "2026-01-08T09:00:00Z", Outcome.UNRESOLVED, Channel.PHONE),
            onCase("b1", "b", "2026-01-05T09:00:00Z", Outcome.RESOLVED, Channel.PHONE),
            onCase("c1", "c", "2026-01-05T09:00:00Z", Outcome.RESOLVED, Channel.PHONE),
            onCase("c2", "c", "2026-01-13T09:00:01Z", Outcome.RESOLVED, Channel.CHAT),
            onCase("d1", "d", "2026-01-05T09:00:00Z", Outcome.TRANSFERRED, Channel.PHONE),
            onCase("d2", "d", "2026-01-05T09:10:00Z", Outcome.RESOLVED, Channel.PHONE),
            onCase("e1", "e", "2026-01-05T09:00:00Z", Outcome.RESOLVED, Channel.WEB));

    @Test
    void fcr_workedExample_sevenDayWindow() {
        // 5 cases; a, c and e resolved first time with no repeat within 7 days: 3 / 5; Wilson
        // centre = (0.6 + 0.384146) / 1.768292 = 0.556550, half = 1.108393 × sqrt(0.048 + 0.038415) = 0.325828.
        Estimate e = perObject(Metrics.fcr(), CASES);
        assertEquals(0.6, e.point(), 1e-12);
        assertEquals(0.230722, e.lower(), 1e-5);
        assertEquals(0.882378, e.upper(), 1e-5);
        assertEquals(e, ColumnMetrics.evaluate(InteractionColumns.of(CASES), Metrics.fcr()));
        // b and d were contacted again within 7 days: 2 / 5.
        assertEquals(0.4, perObject(Metrics.repeatContactRate(), CASES).point(), 1e-12);
    }

    @Test
    void fcr_policy_windowChannelsAndSameIssue() {
        // 9-day window: c's repeat now counts, so a and e: 2 / 5.
        assertEquals(0.4, perObject(Metrics.fcr(FcrPolicy.DEFAULT.withWindow(Duration.ofDays(9))), CASES).point(),
                1e-12);
        // phone only: e is ignored and c's chat repeat too: a, c of a, b, c, d: 2 / 4.
        FcrPolicy phone = FcrPolicy.DEFAULT.withChannels(Channel.PHONE);
        assertEquals(0.5, perObject(Metrics.fcr(phone), CASES).point(), 1e-12);
        assertEquals(0.5, ColumnMetrics.evaluate(InteractionColumns.of(CASES), Metrics.fcr(phone)).point(), 1e-12);
        // customer + reason gives the same issues here, since each case has its own reason.
        FcrPolicy byReason = FcrPolicy.DEFAULT.withSameIssue(FcrPolicy.SameIssue.CUSTOMER_AND_REASON);
        assertEquals(0.6, perObject(Metrics.fcr(byReason), CASES).point(), 1e-12);
    }

    @Test
    void fcrPolicy_zeroWindow_rejectedWithTheWindow() {
        var e = assertThrows(IllegalArgumentException.class, () -> FcrPolicy.DEFAULT.withWindow(Duration.ZERO));
        assertEquals("FCR window must be positive, was PT0S", e.getMessage());
    }

    @Test
    void fcr_groupedByTouchpoint_issuesOfEachTouchpointAlone() {
        Map<List<String>, Estimate> byTouchpoint = ColumnMetrics.evaluate(InteractionColumns.of(CASES), Metrics.fcr(),
                InteractionColumns.Dimension.TOUCHPOINT);
        for (var entry : byTouchpoint.entrySet()) {
            assertEquals(CASES.stream().filter(i -> i.touchpoint().equals(entry.getKey().get(0)))
                    .collect(Metrics.fcr().collector()), entry.getValue(), entry.getKey().toString());
        }
    }

    @Test
    void reasonShare_countsTaggedContacts_sameOnColumns() {
        // reasons billing-a .. billing-e on 8 contacts: billing-b appears twice, billing-d twice: 4 / 8.
        Metric<Interaction, Proportion, Estimate> complaints = Metrics.reasonShare("complaint-rate", "billing-b",
                "billing-d", "not-present");
        assertEquals(0.5, perObject(complaints, CASES).point(), 1e-12);
        assertEquals(perObject(complaints, CASES), ColumnMetrics.evaluate(InteractionColumns.of(CASES), complaints));
        assertEquals(perObject(complaints, CASES), ColumnMetrics.evaluate(InteractionColumns.of(CASES), complaints, InteractionColumns.Dimension.TOUCHPOINT).get(List.of("support")));
    }

    private static Interaction served(int n, String customer, String caseId, String agent, double handleSeconds,
            Outcome outcome, SurveyScores survey) {
        Interaction.Builder b = Interaction.builder("i-" + n, customer, Instant.parse("2026-01-05T09:00:00Z")
                .plusSeconds(3600L * n), "phone-support", Channel.PHONE).handleSeconds(handleSeconds).outcome(outcome)
                .survey(survey);
        if (caseId != null) {
            b.caseId(caseId);
        }
        if (agent != null) {
            b.agent(agent);
        }
        return b.build();
    }

    @Test
    void ratingMean_workedExample_t() {
        // reliability rated 5, 4, 2 (the other contacts rate other dimensions or nothing): mean 11 / 3 = 3.6667,
        // sd = sqrt(((4/3)² + (1/3)² + (5/3)²) / 2) = sqrt(7/3) = 1.527525;
        // half = t(0.975, 2) × sd / sqrt(3) = 4.302653 × 0.881917 = 3.794583, clipped to the rating scale 1 to 5.
        List<Interaction> rated = List.of(
                served(1, "c-1", null, "a-1", 60, Outcome.RESOLVED, SurveyScores.none().withRating("reliability", 5)
                        .withRating("timeliness", 1)),
                served(2, "c-2", null, "a-1", 60, Outcome.RESOLVED, SurveyScores.none().withRating("reliability", 4)),
                served(3, "c-3", null, "a-1", 60, Outcome.RESOLVED, SurveyScores.none().withRating("cleanliness", 1)),
                served(4, "c-4", null, "a-1", 60, Outcome.RESOLVED, SurveyScores.none().withRating("reliability", 2)),
                served(5, "c-5", null, "a-1", 60, Outcome.RESOLVED, SurveyScores.none()));
        Metric<Interaction, RatingTally, Estimate> reliability = Metrics.ratingMean(ServiceDimension.RELIABILITY);
        assertEquals("rating-mean:reliability", reliability.name());
        Estimate e = perObject(reliability, rated);
        assertEquals(11 / 3.0, e.point(), 1e-12);
        assertEquals(3, e.sampleSize());
        assertEquals(1.0, e.lower(), 0);
        assertEquals(5.0, e.upper(), 0);
        assertEquals("t", e.method());
        assertEquals(e, ColumnMetrics.evaluate(InteractionColumns.of(rated), reliability));
        assertEquals(1.0, perObject(Metrics.ratingMean(ServiceDimension.TIMELINESS), rated).point(), 0);
        assertTrue(perObject(Metrics.ratingMean(ServiceDimension.FLEXIBILITY), rated).isEmpty());
        assertTrue(ColumnMetrics.evaluate(InteractionColumns.of(rated), Metrics.ratingMean(ServiceDimension.FLEXIBILITY)).isEmpty());
        // the older registered name of a built-in dimension's mean gives the same figure
        assertEquals(e, perObject(MetricRegistry.builtIn().named("rating-reliability"), rated));
        assertEquals(e, ColumnMetrics.evaluate(InteractionColumns.of(rated),
                MetricRegistry.builtIn().named("rating-reliability")));
    }

    @Test
    void ratingMean_dimensionNotBuiltIn_firstClassOnBothPaths() {
        Interaction clean = served(1, "c-1", null, "a-1", 60, Outcome.RESOLVED,
                SurveyScores.none().withRating("cleanliness", 2));
        Interaction notApplicable = served(2, "c-2", null, "a-1", 60, Outcome.RESOLVED,
                SurveyScores.none().withNotApplicable("cleanliness"));
        List<Interaction> rated = List.of(clean, notApplicable);
        Metric<Interaction, RatingTally, Estimate> cleanliness = Metrics.ratingMean(ServiceDimension.of("cleanliness"));
        assertEquals("rating-mean:cleanliness", cleanliness.name());
        assertEquals(new RatingTally(0, 1, 0, 0, 0, 1), ColumnMetrics.accumulate(InteractionColumns.of(rated),
                cleanliness).get(List.of()));
        assertEquals(2.0, perObject(cleanliness, rated).point(), 0);
        assertEquals(1, perObject(cleanliness, rated).sampleSize());
        assertEquals(perObject(cleanliness, rated), ColumnMetrics.evaluate(InteractionColumns.of(rated), cleanliness));
    }

    @Test
    void ratingMean_idNotKebabCase_rejectedWithTheId() {
        var e = assertThrows(IllegalArgumentException.class, () -> Metrics.ratingMean("Gate Location"));
        assertEquals("service dimension id must be lower-case kebab-case, was 'Gate Location'", e.getMessage());
    }

    @Test
    void productivity_workedExample_deltaMethod() {
        // Agent contacts: 0.5 h resolved, 0.5 h not, 0.25 h resolved, 1 h resolved; a self-service contact (no
        // agent) is not counted. R = 3 / 2.25 h = 1.3333 per hour. Residuals y − R x: 1/3, −2/3, 2/3, −1/3, squares
        // sum to 10/9; x̄ = 0.5625 h; Var(R) = (10/9) / (3 × 4 × 0.5625²) = 0.292638; se = 0.540961;
        // half = 1.959964 × 0.540961 = 1.060264: 0.273070 to 2.393597.
        List<Interaction> work = List.of(
                served(1, "c-1", "k-1", "a-1", 1800, Outcome.RESOLVED, SurveyScores.none()),
                served(2, "c-2", "k-2", "a-1", 1800, Outcome.TRANSFERRED, SurveyScores.none()),
                served(3, "c-3", "k-3", "a-2", 900, Outcome.RESOLVED, SurveyScores.none()),
                served(4, "c-4", "k-4", "a-2", 3600, Outcome.RESOLVED, SurveyScores.none()),
                served(5, "c-5", "k-5", null, 600, Outcome.RESOLVED, SurveyScores.none()));
        Estimate e = perObject(Metrics.productivity(), work);
        assertEquals(4 / 3.0, e.point(), 1e-12);
        assertEquals(4, e.sampleSize());
        assertEquals(0.273070, e.lower(), 1e-6);
        assertEquals(2.393597, e.upper(), 1e-6);
        assertEquals("ratio-delta", e.method());
        assertEquals(e, ColumnMetrics.evaluate(InteractionColumns.of(work), Metrics.productivity()));
    }

    @Test
    void productivity_noHandlingTime_emptyNotInfinite() {
        List<Interaction> instant = List.of(served(1, "c-1", "k-1", "a-1", 0, Outcome.RESOLVED, SurveyScores.none()));
        assertTrue(perObject(Metrics.productivity(), instant).isEmpty());
        // one contact with time: no spread to measure, so open above from 0 rather than the certainty [R, R]
        Estimate one = perObject(Metrics.productivity(),
                List.of(served(1, "c-1", "k-1", "a-1", 1800, Outcome.RESOLVED, SurveyScores.none())));
        assertEquals(2.0, one.point(), 1e-12);
        assertEquals(0.0, one.lower(), 0);
        assertEquals(Double.POSITIVE_INFINITY, one.upper(), 0);
        assertEquals(Estimate.Bounds.LOWER_ONLY, one.bounds());
        assertTrue(one.isSmallSample());
    }

    @Test
    void repeatBusinessRate_workedExample_wilson() {
        // c-1: k-1, k-1, k-2 (returning); c-2: k-3 (once); c-3: k-5, k-4 (returning); c-4: no case (not counted).
        // 2 of 3: p = 0.6667, z² = 3.841459, centre = (0.666667 + 0.640243) / 2.280486 = 0.573083,
        // half = 0.859452 × sqrt(0.074074 + 0.106707) = 0.365425: 0.207660 to 0.938508.
        List<Interaction> contacts = List.of(
                served(1, "c-1", "k-1", "a-1", 60, Outcome.RESOLVED, SurveyScores.none()),
                served(2, "c-1", "k-1", "a-1", 60, Outcome.RESOLVED, SurveyScores.none()),
                served(3, "c-2", "k-3", "a-1", 60, Outcome.RESOLVED, SurveyScores.none()),
                served(4, "c-1", "k-2", "a-1", 60, Outcome.RESOLVED, SurveyScores.none()),
                served(5, "c-3", "k-5", "a-1", 60, Outcome.RESOLVED, SurveyScores.none()),
                served(6, "c-3", "k-4", "a-1", 60, Outcome.RESOLVED, SurveyScores.none()),
                served(7, "c-4", null, "a-1", 60, Outcome.RESOLVED, SurveyScores.none()));
        Estimate e = perObject(Metrics.repeatBusinessRate(), contacts);
        assertEquals(2 / 3.0, e.point(), 1e-12);
        assertEquals(3, e.sampleSize());
        assertEquals(0.207660, e.lower(), 1e-6);
        assertEquals(0.938508, e.upper(), 1e-6);
        assertEquals(e, ColumnMetrics.evaluate(InteractionColumns.of(contacts), Metrics.repeatBusinessRate()));
        assertEquals(CustomerCases.of(java.util.Map.of("c-1", new CustomerCases.Customer("k-1", true),
                "c-2", new CustomerCases.Customer("k-3", false), "c-3", new CustomerCases.Customer("k-4", true))),
                MetricsProperties.fold(Metrics.repeatBusinessRate(), contacts));
    }

    @Test
    void complaintRates_workedExample_byChannelType() {
        // written: e-mail complaint, chat complaint, web billing: 2 of 3 (Wilson 0.207660 to 0.938508, as above);
        // oral: phone complaint, phone billing, in-person billing: 1 of 3, p = 0.333333, centre = (0.333333 +
        // 0.640243) / 2.280486 = 0.426916, half = 0.365424: 0.061492 to 0.792340. The kiosk complaint is neither.
        String[][] rows = {{"email", "complaint"}, {"chat", "complaint"}, {"web", "billing"}, {"phone", "complaint"},
            {"phone", "billing"}, {"in-person", "billing"}, {"kiosk", "complaint"}};
        List<Interaction> contacts = new java.util.ArrayList<>();
        for (int n = 0; n < rows.length; n++) {
            contacts.add(Interaction.builder("i-" + n, "c-" + n, Instant.parse("2026-01-05T09:00:00Z"), "support",
                    Channel.of(rows[n][0])).reason(rows[n][1]).outcome(Outcome.RESOLVED).build());
        }
        Estimate written = perObject(Metrics.writtenComplaintRate("complaint"), contacts);
        assertEquals(2 / 3.0, written.point(), 1e-12);
        assertEquals(3, written.sampleSize());
        assertEquals(0.207660, written.lower(), 1e-6);
        assertEquals(0.938508, written.upper(), 1e-6);
        Estimate oral = perObject(Metrics.oralComplaintRate("complaint"), contacts);
        assertEquals(1 / 3.0, oral.point(), 1e-12);
        assertEquals(0.061492, oral.lower(), 1e-6);
        assertEquals(0.792340, oral.upper(), 1e-6);
        assertEquals("oral-complaint-rate", Metrics.oralComplaintRate("complaint").name());
        InteractionColumns columns = InteractionColumns.of(contacts);
        assertEquals(written, ColumnMetrics.evaluate(columns, Metrics.writtenComplaintRate("complaint")));
        assertEquals(oral, ColumnMetrics.evaluate(columns, Metrics.oralComplaintRate("complaint")));
        assertTrue(ColumnMetrics.evaluate(columns, Metrics.oralComplaintRate("complaint"), InteractionColumns.Dimension.CHANNEL)
                .get(List.of("email")).isEmpty());
    }

    @Test
    void reasonShare_badName_rejectedWithTheName() {
        var e = assertThrows(IllegalArgumentException.class, () -> Metrics.reasonShare("Complaints", "x"));
        assertEquals("metric name must be lower-case kebab-case, was 'Complaints'", e.getMessage());
    }

    @Test
    void everyMetric_noInteractions_empty() {
        for (Metric<Interaction, ?, Estimate> metric : Metrics.builtIn()) {
            assertTrue(perObject(metric, List.of()).isEmpty(), metric.name());
            assertTrue(ColumnMetrics.evaluate(InteractionColumns.of(List.of()), metric).isEmpty(), metric.name());
        }
    }

    @Test
    void registry_builtIn_knowsEveryMetricByName() {
        assertEquals(List.of("abandonment-rate", "ces-agree", "ces-mean", "ces-net", "csat", "csat-mean",
                "escalation-rate", "escalations", "fcr", "first-level-resolution", "first-response-mean", "first-response-p50", "first-response-p90",
                "first-response-p95", "first-response-p99", "handle-mean", "handle-p50", "handle-p50-linear",
                "handle-p90", "handle-p90-linear", "handle-p95", "handle-p95-linear", "handle-p99",
                "handle-p99-linear", "nps", "ping-pong-rate",
                "proactive-contact-rate", "productivity", "rating-above-and-beyond", "rating-approachability",
                "rating-flexibility", "rating-personalization", "rating-reliability", "rating-timeliness",
                "repeat-business-rate", "repeat-contact-rate", "resolution-rate", "resolution-sla-attainment",
                "resolution-time-mean", "resolution-time-p50", "resolution-time-p90", "resolution-time-p95",
                "resolution-time-p99", "sla-attainment", "team-changes", "tier-transfers", "transfer-rate", "unresolved-case-rate",
                "unresolved-rate", "wait-mean", "wait-p50", "wait-p50-linear", "wait-p90", "wait-p90-linear",
                "wait-p95", "wait-p95-linear", "wait-p99", "wait-p99-linear"),
                List.copyOf(MetricRegistry.builtIn().names()));
    }

    @Test
    void collector_givesTheSameAsFolding() {
        for (Metric<Interaction, ?, Estimate> metric : Metrics.builtIn()) {
            assertEquals(perObject(metric, SIX), SIX.parallelStream().collect(metric.collector()), metric.name());
        }
    }

    @Test
    void waitPercentile_outOfRange_rejectedWithTheValue() {
        var e = assertThrows(IllegalArgumentException.class, () -> Metrics.waitPercentile(0));
        assertEquals("percentile must be between 1 and 100, was 0", e.getMessage());
    }

    @Test
    void slaAttainment_negative_rejectedWithTheValue() {
        var e = assertThrows(IllegalArgumentException.class, () -> Metrics.slaAttainment(Duration.ofSeconds(-1)));
        assertEquals("SLA threshold must be between 0 and 2147483647 ms, was PT-1S", e.getMessage());
    }

    @Test
    void proportion_moreSuccessesThanTrials_rejectedWithBoth() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Proportion(3, 2));
        assertEquals("a proportion needs 0 <= successes <= trials, was 3 of 2", e.getMessage());
    }

    @Test
    void distribution_negative_rejectedWithTheValue() {
        var e = assertThrows(IllegalArgumentException.class, () -> Distribution.of(5, -3));
        assertEquals("durations must not be negative, was -3", e.getMessage());
    }

    @Test
    void columns_userMetric_rejectedByName() {
        Metric<Interaction, Proportion, Estimate> mine = new Metric<>() {
            public String name() { return "mine"; }
            public Proportion empty() { return Proportion.empty(); }
            public Proportion add(Proportion s, Interaction i) { return s.add(true); }
            public Proportion merge(Proportion a, Proportion b) { return a.merge(b); }
            public Estimate finish(Proportion s) { return s.estimate(); }
        };
        var e = assertThrows(IllegalArgumentException.class, () -> ColumnMetrics.evaluate(InteractionColumns.of(SIX), mine));
        assertEquals("metric 'mine' has no columnar form", e.getMessage());
    }
}
