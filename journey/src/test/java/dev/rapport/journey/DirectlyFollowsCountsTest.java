package dev.rapport.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rapport.core.Channel;
import dev.rapport.core.Interaction;
import dev.rapport.core.Outcome;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A graph from counted paths and gaps is the graph of the journeys counted. */
class DirectlyFollowsCountsTest {

    private static Interaction contact(String id, String customer, long seconds, String touchpoint) {
        return Interaction.builder(id, customer, Instant.ofEpochSecond(seconds), touchpoint, Channel.WEB)
                .outcome(Outcome.RESOLVED).build();
    }

    @Test
    void countedPathsAndGaps_theGraphOfTheJourneys() {
        List<Interaction> contacts = List.of(contact("1", "a", 0, "faq"), contact("2", "a", 60, "chat"),
                contact("3", "b", 0, "faq"), contact("4", "b", 120, "chat"), contact("5", "b", 150, "phone"),
                contact("6", "c", 10, "faq"), contact("7", "c", 70, "chat"));
        DirectlyFollowsGraph counted = DirectlyFollowsGraph.ofCounts(
                Map.of(List.of("faq", "chat"), 2L, List.of("faq", "chat", "phone"), 1L),
                Map.of(Transition.of("faq", "chat"), Map.of(60_000L, 2L, 120_000L, 1L),
                        Transition.of("chat", "phone"), Map.of(30_000L, 1L)));
        DirectlyFollowsGraph expected = DirectlyFollowsGraph.of(JourneyLog.of(contacts, Grouping.BY_CUSTOMER));
        assertEquals(expected, counted);
        assertEquals(expected.toString(), counted.toString());
    }

    @Test
    void gapsOfAPairNoPathTakes_areRefusedNamingThePairs() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DirectlyFollowsGraph.ofCounts(Map.of(List.of("faq"), 1L),
                        Map.of(Transition.of("faq", "chat"), Map.of(1L, 1L))));
        assertEquals("the gaps must be of the pairs the paths take, [], were of [faq -> chat]", e.getMessage());
    }
}
