package dev.rapport.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.rapport.core.Interaction;
import dev.rapport.data.InteractionColumns;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Missing is not zero, as a law: a row whose wait (or handling time) is unknown leaves every metric over waits
 * (handling times) exactly where it was, per object and over the columns alike. If an unknown value were read as
 * zero, the mean, the percentiles and the attainment would all move.
 */
class MissingDurationProperties {

    private static final List<Metric<Interaction, ?, Estimate>> WAIT_METRICS = List.of(Metrics.waitMean(),
            Metrics.waitPercentile(50), Metrics.waitPercentile(90), Metrics.waitPercentileLinear(90),
            Metrics.slaAttainment(Duration.ofSeconds(20)), Metrics.slaAttainment(Duration.ofMinutes(5)));

    private static final List<Metric<Interaction, ?, Estimate>> HANDLE_METRICS = List.of(Metrics.handleMean(),
            Metrics.handlePercentile(50), Metrics.handlePercentile(90), Metrics.handlePercentileLinear(50));

    /** The same interaction with its wait (or handling time) unknown and a new id. */
    private static Interaction withoutDuration(Interaction i, boolean wait) {
        return new Interaction(i.interactionId() + "-unknown", i.customerId(), i.caseId(), i.timestamp(),
                i.touchpoint(), i.stage(), i.channel(), i.mode(), i.initiator(),
                wait ? OptionalDouble.empty() : i.waitSeconds(), wait ? i.handleSeconds() : OptionalDouble.empty(),
                i.outcome(), i.agent(), i.segment(), i.reason(), i.survey());
    }

    private static <S> void unchanged(Metric<Interaction, S, Estimate> metric, List<Interaction> known,
            List<Interaction> withUnknown) {
        S expected = MetricsProperties.fold(metric, known);
        assertEquals(expected, MetricsProperties.fold(metric, withUnknown), metric.name());
        assertEquals(expected, ColumnMetrics.accumulate(InteractionColumns.of(withUnknown), metric)
                .getOrDefault(List.of(), metric.empty()),
                metric.name() + " over columns");
    }

    private static void check(List<Metric<Interaction, ?, Estimate>> metrics, List<Interaction> all, boolean wait) {
        List<Interaction> withUnknown = new ArrayList<>();
        for (Interaction i : all) {
            withUnknown.add(i);
            withUnknown.add(withoutDuration(i, wait));
        }
        for (Metric<Interaction, ?, Estimate> metric : metrics) {
            unchanged(metric, all, withUnknown);
        }
    }

    @Test
    void rowsWithUnknownWaits_changeNoWaitMetric() {
        qt().withExamples(60).forAll(MetricsProperties.interactions())
                .checkAssert(all -> check(WAIT_METRICS, all, true));
    }

    @Test
    void rowsWithUnknownHandlingTimes_changeNoHandlingMetric() {
        qt().withExamples(60).forAll(MetricsProperties.interactions())
                .checkAssert(all -> check(HANDLE_METRICS, all, false));
    }
}
