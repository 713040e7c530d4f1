package dev.rapport.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rapport.core.Interaction;
import dev.rapport.metrics.Estimate;
import dev.rapport.metrics.Metric;
import dev.rapport.metrics.MetricRegistry;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** Every built-in metric on Spark gives the single-machine state, exactly, however the rows are partitioned. */
class MetricEqualityTest {

    private static final List<Metric<Interaction, ?, Estimate>> METRICS =
            List.copyOf(MetricRegistry.builtIn().asMap().values());

    private static <S> S fold(Metric<Interaction, S, Estimate> metric, List<Interaction> interactions) {
        S state = metric.empty();
        for (Interaction interaction : interactions) {
            state = metric.add(state, interaction);
        }
        return state;
    }

    private static List<Object> expected(List<Interaction> interactions) {
        List<Object> states = new ArrayList<>();
        METRICS.forEach(m -> states.add(fold(m, interactions)));
        return states;
    }

    private static void assertSameStates(List<Object> expected, SparkResult<List<Object>> actual, String where) {
        for (int m = 0; m < METRICS.size(); m++) {
            assertEquals(expected.get(m), actual.result().get(m), where + ": " + METRICS.get(m).name());
            assertEquals(METRICS.get(m).finish(cast(expected.get(m))), METRICS.get(m).finish(cast(actual.result()
                    .get(m))), where + ": " + METRICS.get(m).name());
        }
    }

    @SuppressWarnings("unchecked")
    private static <S> S cast(Object state) {
        return (S) state;
    }

    @Test
    void everyBuiltInMetric_sameStateAsOneMachine_with1_2_and7PartitionsAndShuffledRows() {
        List<Interaction> interactions = Contacts.library(Contacts.generated());
        List<Object> expected = expected(interactions);
        Dataset<Row> rows = Contacts.spark(Contacts.generated());
        for (int partitions : new int[] {1, 2, 7}) {
            SparkResult<List<Object>> states = RapportSpark.canonical()
                    .states(Contacts.shuffled(rows, partitions, partitions), METRICS);
            assertSameStates(expected, states, partitions + " partitions");
            assertEquals(interactions.size(), states.rows().accepted());
            assertEquals(0, states.rows().rejected());
        }
    }

    @Test
    void aHandWrittenCallCentreExport_sameStatesAsOneMachine() {
        List<Interaction> interactions = Contacts.library(Contacts.resource("call-centre.csv"));
        SparkResult<List<Object>> states = RapportSpark.canonical()
                .states(Contacts.shuffled(Contacts.spark(Contacts.resource("call-centre.csv")), 3, 5), METRICS);
        assertSameStates(expected(interactions), states, "call-centre.csv");
        assertEquals(60, states.rows().rows());
    }
}
