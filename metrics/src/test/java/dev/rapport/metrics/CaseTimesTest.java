package dev.rapport.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.core.Channel;
import dev.rapport.core.Interaction;
import dev.rapport.core.Outcome;
import dev.rapport.core.RapportJson;
import dev.rapport.data.InteractionColumns;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseTimesTest {

    /** Open 9-17 UTC on weekdays; Tuesday 6 January 2026 is a holiday. */
    static final BusinessCalendar DESK = BusinessCalendar.of(ZoneOffset.UTC)
            .withHours(LocalTime.of(9, 0), LocalTime.of(17, 0), DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                    DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
            .withHoliday(LocalDate.of(2026, 1, 6));

    static Interaction contact(String id, String caseId, String at, Outcome outcome, double wait, double handle) {
        Interaction.Builder b = Interaction.builder(id, "cust-" + caseId, Instant.parse(at), "phone-support",
                Channel.PHONE);
        if (!caseId.isEmpty()) {
            b.caseId(caseId);
        }
        return b.outcome(outcome).waitSeconds(wait).handleSeconds(handle).build();
    }

    /**
     * Case a: Mon 5 Jan 10:00 (wait 60 s, transferred), resolved at a contact Mon 15:00 + 120 s wait + 600 s
     * handling, ending 15:12: 5 h 12 min = 18,720 s, all inside business hours.
     * Case b: Fri 9 Jan 16:00 (wait 30 s), resolved Mon 12 Jan 10:00 + 30 min: calendar 66.5 h = 239,400 s;
     * business Fri 16-17 plus Mon 9-10:30 = 2.5 h = 9,000 s (the weekend does not count).
     * Case c: Mon 5 Jan 16:00 (wait 300 s, escalated), resolved Wed 7 Jan 11:00 + 1 h: calendar 44 h = 158,400 s;
     * business Mon 16-17 plus Wed 9-12 = 4 h = 14,400 s (Tuesday is a holiday).
     * Case d: Tue 6 Jan 08:00 (the holiday), waited 2 h, never resolved: open.
     * One contact has no case id and is not counted.
     */
    static final List<Interaction> CASES = List.of(
            contact("i-1", "k-a", "2026-01-05T10:00:00Z", Outcome.TRANSFERRED, 60, 300),
            contact("i-2", "k-a", "2026-01-05T15:00:00Z", Outcome.RESOLVED, 120, 600),
            contact("i-3", "k-b", "2026-01-09T16:00:00Z", Outcome.UNRESOLVED, 30, 270),
            contact("i-4", "k-b", "2026-01-12T10:00:00Z", Outcome.RESOLVED, 0, 1800),
            contact("i-5", "k-c", "2026-01-05T16:00:00Z", Outcome.ESCALATED, 300, 600),
            contact("i-6", "k-c", "2026-01-07T11:00:00Z", Outcome.RESOLVED, 0, 3600),
            contact("i-7", "k-d", "2026-01-06T08:00:00Z", Outcome.UNRESOLVED, 7200, 60),
            contact("i-8", "", "2026-01-05T09:00:00Z", Outcome.RESOLVED, 10, 10));

    private static <S> Estimate perObject(Metric<Interaction, S, Estimate> metric) {
        S state = metric.empty();
        for (Interaction interaction : CASES) {
            state = metric.add(state, interaction);
        }
        Estimate result = metric.finish(state);
        assertEquals(result, ColumnMetrics.evaluate(InteractionColumns.of(CASES), metric), metric.name());
        assertEquals(result, CASES.parallelStream().collect(metric.collector()), metric.name());
        return result;
    }

    //-----------------------------------------------------------------------
    @Test
    void resolutionTime_workedExample_calendarTime() {
        // Resolved cases sorted: 18,720, 158,400, 239,400 s. p50 = rank ⌈1.5⌉ = 2; p90 = rank ⌈2.7⌉ = 3.
        Estimate p50 = perObject(Metrics.resolutionTime(50));
        assertEquals(158_400, p50.point(), 1e-9);
        assertEquals(3, p50.sampleSize());
        assertEquals(239_400, perObject(Metrics.resolutionTime(90)).point(), 1e-9);
        // Mean 416,520 / 3 = 138,840 s; sd 111,632.70; t(0.975, 2) = 4.302653; log-t: w = 4.302653 × 111,632.70
        // / 138,840 / √3 = 1.997342, 138,840 × e^∓w = 18,839.95 to 1,023,173.73 (the t interval went below 0).
        Estimate mean = perObject(Metrics.resolutionTimeMean());
        assertEquals("resolution-time-mean", Metrics.resolutionTimeMean().name());
        assertEquals(138_840, mean.point(), 1e-9);
        assertEquals(18_839.95, mean.lower(), 1e-1);
        assertEquals(1_023_173.73, mean.upper(), 1);
        assertEquals("log-t", mean.method());
    }

    @Test
    void resolutionTime_workedExample_businessHoursAcrossWeekendAndHoliday() {
        // Business: 18,720, 9,000, 14,400 s; sorted 9,000, 14,400, 18,720.
        assertEquals("resolution-time-p50-business", Metrics.resolutionTime(50, DESK).name());
        assertEquals(14_400, perObject(Metrics.resolutionTime(50, DESK)).point(), 1e-9);
        assertEquals(18_720, perObject(Metrics.resolutionTime(90, DESK)).point(), 1e-9);
        // Mean 42,120 / 3 = 14,040 s; sd 4,869.99; log-t: w = 4.302653 × 4,869.99 / 14,040 / √3 = 0.861661,
        // 14,040 × e^∓w = 5,931.33 to 33,233.95.
        Estimate mean = perObject(Metrics.resolutionTimeMean(DESK));
        assertEquals(14_040, mean.point(), 1e-9);
        assertEquals(5_931.33, mean.lower(), 1e-1);
        assertEquals(33_233.95, mean.upper(), 1e-1);
    }

    @Test
    void resolutionSlaAttainment_workedExample_calendarAndBusiness() {
        // 24 h calendar: only case a (18,720 s) of 3 resolved; Wilson for 1 of 3: 0.0615 to 0.7923.
        Estimate day = perObject(Metrics.resolutionSlaAttainment(Metrics.DEFAULT_RESOLUTION_SLA));
        assertEquals("resolution-sla-attainment", Metrics.resolutionSlaAttainment(Duration.ofHours(24)).name());
        assertEquals(1.0 / 3, day.point(), 1e-12);
        assertEquals(0.061492, day.lower(), 1e-6);
        assertEquals(0.792340, day.upper(), 1e-6);
        // One business day (8 h = 28,800 s): all three; 4 business hours (14,400 s, inclusive): b and c.
        assertEquals(1.0, perObject(Metrics.resolutionSlaAttainment(Duration.ofHours(8), DESK)).point(), 1e-12);
        Metric<Interaction, CaseTimes, Estimate> four = Metrics.resolutionSlaAttainment(Duration.ofHours(4), DESK);
        assertEquals("resolved-within-4h-business", four.name());
        assertEquals(2.0 / 3, perObject(four).point(), 1e-12);
    }

    @Test
    void firstResponse_workedExample_waitOfTheFirstContact() {
        // First waits: a 60, b 30, c 300, d 7,200 s; sorted 30, 60, 300, 7,200; p50 rank 2, p90 rank ⌈3.6⌉ = 4.
        assertEquals(60, perObject(Metrics.firstResponse(50)).point(), 1e-9);
        assertEquals(7_200, perObject(Metrics.firstResponse(90)).point(), 1e-9);
        // Mean 7,590 / 4 = 1,897.5; sd 3,537.06; t(0.975, 3) = 3.182446; log-t: w = 3.182446 × 3,537.06 / 1,897.5
        // / 2 = 2.966145, 1,897.5 × e^∓w = 97.72 to 36,843.59 (the t interval, -3,730.76 to 7,525.76, went below 0).
        Estimate mean = perObject(Metrics.firstResponseMean());
        assertEquals(1_897.5, mean.point(), 1e-9);
        assertEquals(97.72, mean.lower(), 1e-2);
        assertEquals(36_843.59, mean.upper(), 1e-1);
        // Business: d waited on the holiday, 0 s; sorted 0, 30, 60, 300.
        assertEquals(30, perObject(Metrics.firstResponse(50, DESK)).point(), 1e-9);
        assertEquals(300, perObject(Metrics.firstResponse(90, DESK)).point(), 1e-9);
    }

    @Test
    void unresolvedCaseRate_workedExample_openCasesCounted() {
        // Case d is open: 1 of 4 cases; Wilson: centre 0.372473, half 0.326886.
        Estimate e = perObject(Metrics.unresolvedCaseRate());
        assertEquals(0.25, e.point(), 1e-12);
        assertEquals(4, e.sampleSize());
        assertEquals(0.045587, e.lower(), 1e-6);
        assertEquals(0.699358, e.upper(), 1e-6);
    }

    //-----------------------------------------------------------------------
    @Test
    void merge_caseSplitAcrossShards_sameAsOnePass() {
        Metric<Interaction, CaseTimes, Estimate> metric = Metrics.resolutionTime(90, DESK);
        CaseTimes even = metric.empty();
        CaseTimes odd = metric.empty();
        for (int i = 0; i < CASES.size(); i++) {
            if (i % 2 == 0) {
                even = metric.add(even, CASES.get(i));
            } else {
                odd = metric.add(odd, CASES.get(i));
            }
        }
        CaseTimes all = ColumnMetrics.accumulate(InteractionColumns.of(CASES), metric).get(List.of());
        assertEquals(all, metric.merge(odd, even));
        assertEquals(new CaseTimes.Case(Instant.parse("2026-01-09T16:00:00Z").toEpochMilli(), 30_000,
                Instant.parse("2026-01-12T10:30:00Z").toEpochMilli()), all.cases().get("k-b"));
        assertEquals(all, RapportJson.mapper().readValue(RapportJson.mapper().writeValueAsString(all),
                CaseTimes.class));
    }

    @Test
    void case_sameStartTwoWaits_shorterWaitIsFirstEitherOrder() {
        CaseTimes.Case slow = new CaseTimes.Case(1_000, 900, null);
        CaseTimes.Case fast = new CaseTimes.Case(1_000, 100, 5_000L);
        assertEquals(new CaseTimes.Case(1_000, 100, 5_000L), slow.merge(fast));
        assertEquals(slow.merge(fast), fast.merge(slow));
    }

    @Test
    void builtIn_registersCaseTimes() {
        List<String> names = Metrics.builtIn().stream().map(Metric::name).toList();
        assertTrue(names.containsAll(List.of("resolution-time-p50", "resolution-time-p90", "resolution-time-p95",
                "resolution-time-p99", "resolution-time-mean", "first-response-p50", "first-response-p90",
                "first-response-mean", "resolution-sla-attainment", "unresolved-case-rate")), names::toString);
    }

    @Test
    void withPolicy_customerAndReason_groupsByReasonAndCountsPolicyChannels() {
        // Same customer, two reasons: "billing" resolved 1 h after its first contact; "delivery" never resolved.
        // A chat contact on "delivery" is left out by the phone-only policy.
        List<Interaction> contacts = List.of(
                Interaction.builder("i-1", "c-1", Instant.parse("2026-01-05T10:00:00Z"), "phone-support",
                        Channel.PHONE).reason("billing").outcome(Outcome.UNRESOLVED).waitSeconds(10).build(),
                Interaction.builder("i-2", "c-1", Instant.parse("2026-01-05T10:50:00Z"), "phone-support",
                        Channel.PHONE).reason("billing").outcome(Outcome.RESOLVED).handleSeconds(600).build(),
                Interaction.builder("i-3", "c-1", Instant.parse("2026-01-05T11:00:00Z"), "phone-support",
                        Channel.PHONE).reason("delivery").outcome(Outcome.UNRESOLVED).build(),
                Interaction.builder("i-4", "c-1", Instant.parse("2026-01-05T12:00:00Z"), "chat-support",
                        Channel.CHAT).reason("delivery").outcome(Outcome.RESOLVED).build());
        FcrPolicy phoneByReason = FcrPolicy.DEFAULT.withSameIssue(FcrPolicy.SameIssue.CUSTOMER_AND_REASON)
                .withChannels(Channel.PHONE);
        Metric<Interaction, CaseTimes, Estimate> mean = Metrics.withPolicy(Metrics.resolutionTimeMean(), phoneByReason);
        assertEquals(3_600, contacts.stream().collect(mean.collector()).point(), 1e-9);
        assertEquals(1, contacts.stream().collect(mean.collector()).sampleSize());
        Metric<Interaction, CaseTimes, Estimate> open = Metrics.withPolicy(Metrics.unresolvedCaseRate(),
                phoneByReason);
        assertEquals(0.5, contacts.stream().collect(open.collector()).point(), 1e-12);
    }

    //-----------------------------------------------------------------------
    @Test
    void withPolicy_notACaseTimeMetric_rejectedWithItsName() {
        Metric<Interaction, CaseTimes, Estimate> other = new Metric<>() {
            public String name() {
                return "mine";
            }

            public CaseTimes empty() {
                return CaseTimes.empty();
            }

            public CaseTimes add(CaseTimes state, Interaction observation) {
                return state;
            }

            public CaseTimes merge(CaseTimes left, CaseTimes right) {
                return left.merge(right);
            }

            public Estimate finish(CaseTimes state) {
                return state.unresolved().estimate();
            }
        };
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Metrics.withPolicy(other, FcrPolicy.DEFAULT));
        assertEquals("metric 'mine' is not a case-time metric of Metrics", e.getMessage());
    }

    @Test
    void resolutionTime_percentileOutOfRange_rejectedWithTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Metrics.resolutionTime(0, DESK));
        assertEquals("percentile must be between 1 and 100, was 0", e.getMessage());
    }

    @Test
    void resolutionSlaAttainment_negativeThreshold_rejectedWithTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Metrics.resolutionSlaAttainment(Duration.ofHours(-1)));
        assertEquals("resolution SLA threshold must not be negative, was PT-1H", e.getMessage());
    }

    @Test
    void case_resolvedBeforeFirstContact_rejectedWithBothTimes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CaseTimes.Case(2_000, 0, 1_000L));
        assertEquals("resolution at 1000 must not precede the first contact at 2000", e.getMessage());
    }

    @Test
    void columns_caseTimesGrouped_eachChannelsCasesAlone() {
        var byChannel = ColumnMetrics.accumulate(InteractionColumns.of(CASES), Metrics.unresolvedCaseRate(),
                InteractionColumns.Dimension.CHANNEL);
        for (var entry : byChannel.entrySet()) {
            List<Interaction> rows = CASES.stream().filter(i -> InteractionColumns.keyOf(i,
                    InteractionColumns.Dimension.CHANNEL).equals(entry.getKey())).toList();
            assertEquals(MetricsProperties.fold(Metrics.unresolvedCaseRate(), rows), entry.getValue(),
                    entry.getKey().toString());
        }
    }
}
