package dev.rapport.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rapport.core.Interaction;
import dev.rapport.core.RapportException;
import dev.rapport.core.RapportJson;
import dev.rapport.core.UnreadableInputException;
import dev.rapport.data.EventLogReader;
import dev.rapport.journey.JourneyMap;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Every JSON document and stored state Rapport reads, over hostile bytes (Jazzer): scorecard definitions, journey
 * maps, scorecard results, JSON states of every state type and their {@link StateCodec} bytes. The property: a value
 * (which then computes: a scorecard evaluates, a map draws, a state gives its estimate), or one of Rapport's
 * documented exceptions ({@link RapportException} with the source, {@code StateCodec}'s
 * {@code IllegalArgumentException} naming the metric); no other exception, no hang.
 * <p>
 * Regression mode in {@code verify} over the corpus in
 * {@code src/test/resources/dev/rapport/metrics/DocumentsFuzzTestInputs/<method>/}; fuzzing mode by hand (README,
 * "Reliability"): {@code JAZZER_FUZZ=1 ./mvnw -B -o test -pl metrics -am -Dtest='DocumentsFuzzTest#scorecard'
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class DocumentsFuzzTest {

    private static final String SOURCE = "fuzz.json";
    private static final List<Interaction> LOG = EventLogReader.strict().csv(
            java.nio.file.Path.of("src/test/resources/logs/call-centre.csv")).interactions();

    /** One metric per state type, with what computes its result. */
    private static final List<Metric<?, ?, ?>> STATE_TYPES = stateTypes();

    private static List<Metric<?, ?, ?>> stateTypes() {
        List<Metric<?, ?, ?>> metrics = new ArrayList<>();
        List<Class<?>> seen = new ArrayList<>();
        for (Metric<Interaction, ?, Estimate> metric : Metrics.builtIn()) {
            if (!seen.contains(metric.empty().getClass())) {
                seen.add(metric.empty().getClass());
                metrics.add(metric);
            }
        }
        metrics.add(GapTally.metric());
        return metrics;
    }

    private static String text(FuzzedDataProvider data) {
        return new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);
    }

    /** Runs a read that may refuse its input with the library's own exception, naming the source. */
    private static <T> T readOrRefuse(Function<String, T> read, String text) {
        try {
            return read.apply(text);
        } catch (UnreadableInputException e) {
            assertEquals(true, !e.source().isEmpty(), e::getMessage);
        } catch (RapportException e) {
            // InvalidModelException with every violation and its JSON path; UnknownNameException with the names
            assertEquals(true, e.getMessage() != null && !e.getMessage().isBlank());
        }
        return null;
    }

    @FuzzTest(maxDuration = "2m")
    void scorecard(FuzzedDataProvider data) {
        Scorecard card = readOrRefuse(t -> Scorecard.parse(t, MetricRegistry.builtIn(), ScoringStrategies.builtIn()),
                text(data));
        if (card != null) {
            card.evaluate(LOG, MetricRegistry.builtIn()).toString();
            card.evaluate(LOG, MetricRegistry.builtIn(), Breakdown.channel()).toJson();
        }
    }

    @FuzzTest(maxDuration = "1m")
    void journeyMap(FuzzedDataProvider data) {
        JourneyMap map = readOrRefuse(t -> RapportJson.read(new java.io.StringReader(t), SOURCE, JourneyMap.class),
                text(data));
        if (map != null) {
            map.toMermaidFlowchart();
            map.toMermaidJourney();
            map.toDot();
            map.toSvg();
            map.allPaths();
        }
    }

    @FuzzTest(maxDuration = "1m")
    void scorecardResult(FuzzedDataProvider data) {
        ScorecardResult result = readOrRefuse(
                t -> RapportJson.read(new java.io.StringReader(t), SOURCE, ScorecardResult.class), text(data));
        if (result != null) {
            result.toString();
            result.toJson();
        }
    }

    @FuzzTest(maxDuration = "2m")
    void jsonState(FuzzedDataProvider data) {
        String text = text(data);
        for (Metric<?, ?, ?> metric : STATE_TYPES) {
            finish(metric, readOrRefuse(t -> RapportJson.read(new java.io.StringReader(t), SOURCE,
                    metric.empty().getClass()), text));
        }
    }

    @FuzzTest(maxDuration = "2m")
    void stateCodec(FuzzedDataProvider data) {
        byte[] bytes = data.consumeRemainingAsBytes();
        for (Metric<?, ?, ?> metric : STATE_TYPES) {
            try {
                finish(metric, StateCodec.decode(metric, bytes));
            } catch (IllegalArgumentException e) {
                // documented: not a state of this metric's type, naming the metric
                if (!String.valueOf(e.getMessage()).contains(metric.name())) {
                    throw e;
                }
            }
        }
    }

    /** Found by fuzzing: a state breaking its type's own rule escaped without the metric's name. */
    @org.junit.jupiter.api.Test
    void stateCodec_moreResolvedThanContacts_namesTheMetric() throws java.io.IOException {
        byte[] bytes = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src/test/resources/dev/rapport/metrics/"
                + "DocumentsFuzzTestInputs/stateCodec/found-resolved-beyond-contacts.bin"));
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> StateCodec.decode(Metrics.productivity(), bytes));
        // the stored waits' moments are refused first now (StateRules): either way the message names the metric
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().startsWith("state of metric 'productivity' is not "
                + "a valid state: "), e.getMessage());
    }

    @SuppressWarnings("unchecked")
    private static <S> void finish(Metric<?, S, ?> metric, Object state) {
        if (state != null) {
            S typed = (S) state;
            String.valueOf(metric.finish(typed));
            metric.merge(typed, typed);
        }
    }
}
