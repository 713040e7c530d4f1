package dev.rapport.benchmarks.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rapport.core.Interaction;
import dev.rapport.examples.SampleData;
import dev.rapport.journey.DirectlyFollowsGraph;
import dev.rapport.journey.Grouping;
import dev.rapport.journey.JourneyLog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's Rapport side is the library's columnar discovery, and gives what DirectlyFollowsGraph gives. */
class DiscoveryWorkloadTest {

    @Test
    void rapport_sampleData_sameCountsAndMediansAsDirectlyFollowsGraph() {
        int rows = 4000;
        try (Dataset data = Dataset.load(rows, new PrintStream(new ByteArrayOutputStream()))) {
            List<Interaction> interactions = SampleData.of(rows).withSeed(Dataset.SEED).interactions().toList();
            DirectlyFollowsGraph graph = DirectlyFollowsGraph.of(JourneyLog.of(interactions, Grouping.BY_CASE));

            assertEquals(graph, DirectlyFollowsGraph.of(data.columns, Grouping.BY_CASE));
            assertEquals(DiscoveryWorkload.edges(graph), new DiscoveryWorkload(data).rapport());
        }
    }
}
