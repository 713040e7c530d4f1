package dev.rapport.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.rapport.core.Interaction;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StateCodecProperties {

    private static <S> void roundTrip(Metric<?, S, ?> metric, S state) {
        byte[] bytes = StateCodec.encode(metric, state);
        S back = StateCodec.decode(metric, bytes);
        assertEquals(state, back, metric.name());
        assertArrayEquals(bytes, StateCodec.encode(metric, back), metric.name());
    }

    @Test
    void everyBuiltInState_roundTripsExactly() {
        qt().withExamples(60).forAll(MetricsProperties.interactions()).checkAssert(interactions -> {
            for (Metric<Interaction, ?, Estimate> metric : MetricsProperties.METRICS) {
                foldAndRoundTrip(metric, interactions);
            }
        });
    }

    private static <S> void foldAndRoundTrip(Metric<Interaction, S, Estimate> metric, List<Interaction> all) {
        roundTrip(metric, MetricsProperties.fold(metric, all));
    }

    @Test
    void caseTimesWithAnUnknownFirstWait_roundTripExactly() {
        Long unknown = null;
        CaseTimes state = CaseTimes.empty().add("k-1", 1_000, unknown, unknown)
                .add("k-2", 5_000, Long.valueOf(0), Long.valueOf(9_000))
                .add("k-3", 2_000, Long.valueOf(30_000), unknown)
                .add("k-4", 7_000, unknown, Long.valueOf(8_000));
        roundTrip(Metrics.resolutionTimeMean(), state);
        roundTrip(Metrics.firstResponseMean(), state);
    }

    @Test
    void distributions_bothForms_roundTripExactly() {
        Metric<Interaction, Distribution, Estimate> p90 = Metrics.waitPercentile(90);
        qt().withExamples(100).forAll(lists().of(longs().between(0, 1L << 40)).ofSizeBetween(0, 50))
                .checkAssert(values -> roundTrip(p90, Distribution.of(values.stream().mapToLong(v -> v).toArray())));
        Random random = new Random(7);
        Distribution.Accumulator many = new Distribution.Accumulator();
        for (int i = 0; i < Distribution.EXACT_DISTINCT_LIMIT + 500; i++) {
            many.add(random.nextInt(50_000_000));
        }
        Distribution histogram = many.snapshot();
        assertFalse(histogram.isExact());
        roundTrip(p90, histogram);
    }

    @Test
    void exactMeansGapsAndPromises_roundTripExactly() {
        Metric<Double, ExactMean, ExactMean> mean = ownMetric("gap-mean", ExactMean.empty());
        qt().withExamples(100).forAll(lists().of(doubles().any()).ofSizeBetween(0, 20)).checkAssert(values -> {
            ExactMean m = ExactMean.of(values.stream().filter(Double::isFinite).mapToDouble(v -> v).toArray());
            roundTrip(mean, m);
            roundTrip(ownMetric("gaps", GapTally.empty()),
                    new GapTally(values.size(), 3, 0, m, ExactMean.of(-0.125, 1e-300), ExactMean.empty()));
        });
        roundTrip(ownMetric("promises", PromiseTally.empty()), new PromiseTally(3, 0, Long.MAX_VALUE - 3)); // the largest total
    }

    @Test
    void stateOfAnotherType_roundTripsThroughItsJson() {
        Metric<String, Tally, Tally> own = ownMetric("own-tally", new Tally(0, "none"));
        roundTrip(own, new Tally(42, "vip"));
    }

    /** A state of one's own. */
    record Tally(long count, String label) {
    }

    @Test
    void compact_fewBytesPerCounter() {
        assertEquals(4, StateCodec.encode(Metrics.nps(), new NetPromoterScore(12, 3, 100)).length);
        assertEquals(3, StateCodec.encode(Metrics.transferRate(), new Proportion(1, 2)).length);
        CaseContacts two = CaseContacts.empty().add("case-000001", 1_767_000_000_000L, dev.rapport.core.Outcome.RESOLVED)
                .add("case-000002", 1_767_000_000_500L, dev.rapport.core.Outcome.TRANSFERRED);
        // tag, count, then per issue: shared prefix, suffix length, suffix, time difference, outcome, no second
        assertEquals(2 + (1 + 1 + 11 + 6 + 1 + 1) + (1 + 1 + 1 + 2 + 1 + 1), StateCodec.encode(Metrics.fcr(), two).length);
    }

    //-----------------------------------------------------------------------
    @Test
    void truncatedBytes_areRefusedNamingTheMetric() {
        byte[] bytes = StateCodec.encode(Metrics.nps(), new NetPromoterScore(300, 1, 2));
        var e = assertThrows(IllegalArgumentException.class,
                () -> StateCodec.decode(Metrics.nps(), Arrays.copyOf(bytes, 2)));
        assertEquals("state of metric 'nps' is truncated (byte 2 of 2)", e.getMessage());
    }

    @Test
    void bytesOfAnotherStateType_areRefused() {
        byte[] bytes = StateCodec.encode(Metrics.transferRate(), new Proportion(1, 2));
        var e = assertThrows(IllegalArgumentException.class, () -> StateCodec.decode(Metrics.nps(), bytes));
        assertEquals("state of metric 'nps' is a Proportion, the metric's states are NetPromoterScore",
                e.getMessage());
    }

    @Test
    void leftOverBytesAndUnknownTags_areRefused() {
        byte[] bytes = Arrays.copyOf(StateCodec.encode(Metrics.transferRate(), new Proportion(1, 2)), 4);
        var e = assertThrows(IllegalArgumentException.class, () -> StateCodec.decode(Metrics.transferRate(), bytes));
        assertEquals("state of metric 'transfer-rate' has 1 bytes left over (byte 3 of 4)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> StateCodec.decode(Metrics.transferRate(), new byte[] {99}));
        assertEquals("state of metric 'transfer-rate' has unknown state tag 99 (byte 1 of 1)", e.getMessage());
    }

    @Test
    void bytesBreakingTheStatesRules_areRefusedWithTheStatesMessage() {
        // a case whose second contact comes before its first cannot be built, so it cannot be decoded either
        byte[] bytes = StateCodec.encode(Metrics.fcr(), CaseContacts.of(Map.of("k", new CaseContacts.Issue(10,
                dev.rapport.core.Outcome.RESOLVED, null))));
        bytes[bytes.length - 1] = 0x7F; // second = first + 126: valid
        assertEquals(Long.valueOf(136), StateCodec.decode(Metrics.fcr(), bytes).issues().get("k").secondMillis());
        bytes[bytes.length - 2] = 9; // outcome 9 does not exist
        byte[] broken = bytes;
        var e = assertThrows(IllegalArgumentException.class, () -> StateCodec.decode(Metrics.fcr(), broken));
        assertEquals("state of metric 'fcr' has unknown outcome 9 (byte 7 of 8)", e.getMessage());
    }

    /** A metric of one's own whose only use here is to name a state type. */
    private static <T, S> Metric<T, S, S> ownMetric(String name, S empty) {
        return new Metric<>() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public S empty() {
                return empty;
            }

            @Override
            public S add(S state, T observation) {
                throw new UnsupportedOperationException();
            }

            @Override
            public S merge(S left, S right) {
                throw new UnsupportedOperationException();
            }

            @Override
            public S finish(S state) {
                return state;
            }
        };
    }
}
