package dev.rapport.kafka.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rapport.core.Interaction;
import dev.rapport.examples.SampleData;
import dev.rapport.examples.internal.Analysis;
import dev.rapport.metrics.Estimate;
import dev.rapport.metrics.Metric;
import dev.rapport.metrics.MetricRegistry;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

/** The window store's values round-trip exactly after every interaction. */
class WindowStatesTest {

    /**
     * Every 5-minute window and channel of a busy day, after each interaction it receives. Found a StateCodec bug:
     * a case key sharing more bytes with the previous key than the state had left was refused.
     */
    @Test
    void demoScorecardStates_perWindowAndChannel_roundTripAfterEachInteraction() {
        List<Metric<Interaction, ?, Estimate>> metrics = Analysis.serviceQuality().kpis().stream()
                .<Metric<Interaction, ?, Estimate>>map(k -> MetricRegistry.builtIn().named(k.metric())).toList();
        Serde<WindowStates> serde = WindowStates.serde(metrics);
        List<Interaction> day = SampleData.of(5_000).withPeriod(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 5))
                .interactions().sorted(Comparator.comparing(Interaction::timestamp)).toList();
        Map<String, WindowStates> windows = new TreeMap<>();
        for (Interaction interaction : day) {
            String key = interaction.channel() + " " + interaction.timestamp().toEpochMilli() / 300_000;
            WindowStates states = windows.getOrDefault(key, WindowStates.empty(metrics)).add(metrics, interaction);
            windows.put(key, states);

            assertEquals(states, serde.deserializer().deserialize("t", serde.serializer().serialize("t", states)));
        }
    }
}
