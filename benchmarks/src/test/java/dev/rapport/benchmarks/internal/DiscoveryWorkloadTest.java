package dev.rapport.benchmarks.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.rapport.core.Interaction;
import dev.rapport.examples.SampleData;
import dev.rapport.journey.DirectlyFollowsGraph;
import dev.rapport.journey.FollowStats;
import dev.rapport.journey.Grouping;
import dev.rapport.journey.JourneyLog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The benchmark's columnar discovery kernel gives what the library's DirectlyFollowsGraph gives. */
class DiscoveryWorkloadTest {

    @Test
    void discover_sampleData_sameCountsAndMediansAsDirectlyFollowsGraph() {
        int rows = 4000;
        try (Dataset data = Dataset.load(rows, new PrintStream(new ByteArrayOutputStream()))) {
            List<Interaction> interactions = SampleData.of(rows).withSeed(Dataset.SEED).interactions().toList();
            DirectlyFollowsGraph graph = DirectlyFollowsGraph.of(JourneyLog.of(interactions, Grouping.BY_CASE));
            Map<List<String>, DiscoveryWorkload.Edge> expected = new HashMap<>();
            for (FollowStats edge : graph.edges()) {
                expected.put(List.of(edge.transition().from(), edge.transition().to()),
                        new DiscoveryWorkload.Edge(edge.count(), edge.medianSeconds()));
            }

            assertEquals(expected, DiscoveryWorkload.discover(data.raw));
        }
    }

    @Test
    void median_anyValues_sameAsSorting() {
        qt().withExamples(200).forAll(lists().of(longs().between(-1000, 1000)).ofSizeBetween(1, 300))
                .checkAssert(list -> {
                    long[] values = list.stream().mapToLong(Long::longValue).toArray();
                    long[] sorted = values.clone();
                    Arrays.sort(sorted);
                    int n = sorted.length;
                    double expected = n % 2 == 1 ? sorted[n / 2]
                            : sorted[n / 2 - 1] + (sorted[n / 2] - sorted[n / 2 - 1]) * 0.5;
                    assertEquals(expected, DiscoveryWorkload.median(values));
                });
    }
}
