package dev.rapport.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rapport.core.Interaction;
import dev.rapport.journey.DirectlyFollowsGraph;
import dev.rapport.journey.Grouping;
import dev.rapport.journey.JourneyLog;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** Directly-follows discovery over a Dataset is the library's graph, by case and by customer. */
class DiscoveryOnSparkTest {

    @Test
    void byCaseAndByCustomer_theLibrarysGraph_fromShuffledRows() {
        List<Interaction> interactions = Contacts.library(Contacts.generated());
        Dataset<Row> rows = Contacts.shuffled(Contacts.spark(Contacts.generated()), 3, 4);
        for (Grouping grouping : Grouping.values()) {
            DirectlyFollowsGraph expected = DirectlyFollowsGraph.of(JourneyLog.of(interactions, grouping));
            SparkResult<DirectlyFollowsGraph> actual = RapportSpark.canonical().directlyFollows(rows, grouping);
            assertEquals(expected, actual.result(), grouping.name());
            assertEquals(expected.variants(), actual.result().variants(), grouping.name());
            assertEquals(interactions.size(), actual.rows().accepted());
        }
    }

    @Test
    void aHandWrittenExport_tiesInFileOrder_andRejectedRowsCounted() {
        List<Interaction> interactions = Contacts.library(Contacts.resource("call-centre.csv"));
        SparkResult<DirectlyFollowsGraph> actual = RapportSpark.canonical()
                .directlyFollows(Contacts.spark(Contacts.resource("call-centre.csv")), Grouping.BY_CUSTOMER);
        assertEquals(DirectlyFollowsGraph.of(JourneyLog.of(interactions, Grouping.BY_CUSTOMER)), actual.result());
        assertEquals(60, actual.rows().rows());
        assertEquals(actual.rows().rows(), actual.rows().accepted() + actual.rows().rejected());
    }
}
