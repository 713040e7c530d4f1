package dev.rapport.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rapport.core.Interaction;
import dev.rapport.examples.SampleData;
import dev.rapport.examples.internal.Analysis;
import dev.rapport.kafka.internal.InteractionJson;
import dev.rapport.metrics.Breakdown;
import dev.rapport.metrics.MetricRegistry;
import dev.rapport.metrics.Scorecard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.BuiltInDslStoreSuppliers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Interactions per second through the live scorecard in {@link TopologyTestDriver}: the demo's scorecard by channel
 * over 5-minute windows, a busy day of the demo's sample data in time order, next to the batch scorecard over the
 * same interactions. A measurement, not a test of speed: it runs only when asked, and prints.
 * <pre>
 * ./mvnw -B -o -q verify -pl kafka -am -Dtest=LiveThroughputTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Drapport.throughput=200000
 * </pre>
 */
@EnabledIfSystemProperty(named = "rapport.throughput", matches = "\\d+")
class LiveThroughputTest {

    /** A memory file system: the driver's per-record commit then costs no disk sync. */
    private static final Path SHM = Path.of("/dev/shm");

    @TempDir
    Path stateDir;

    @Test
    void demoScorecardByChannel_fiveMinuteWindows() throws IOException {
        int rows = Integer.parseInt(System.getProperty("rapport.throughput"));
        boolean inMemory = System.getProperty("rapport.throughput.store", "rocksdb").equals("in-memory");
        Path dir = Files.isDirectory(SHM) ? Files.createTempDirectory(SHM, "rapport-throughput") : stateDir;
        Scorecard card = Analysis.serviceQuality();
        List<Interaction> day = SampleData.of(rows).withPeriod(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 5))
                .interactions().sorted(Comparator.comparing(Interaction::timestamp)).toList();
        List<byte[]> records = day.stream().map(InteractionJson::write).toList();

        StreamsBuilder builder = new StreamsBuilder();
        RapportStreams.of(card).tumbling(Duration.ofMinutes(5)).groupedBy(Breakdown.channel())
                .addTo(builder, "interactions", "scorecards", "dead");
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "rapport-throughput");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, dir.toString());
        if (inMemory) {
            props.put(StreamsConfig.DSL_STORE_SUPPLIERS_CLASS_CONFIG,
                    BuiltInDslStoreSuppliers.InMemoryDslStoreSuppliers.class);
        }
        long live;
        long windows;
        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), props)) {
            TestInputTopic<byte[], byte[]> in = driver.createInputTopic("interactions", new ByteArraySerializer(),
                    new ByteArraySerializer());
            TestOutputTopic<String, String> out = driver.createOutputTopic("scorecards", new StringDeserializer(),
                    new StringDeserializer());
            long start = System.nanoTime();
            for (byte[] record : records) {
                in.pipeInput(null, record);
            }
            live = System.nanoTime() - start;
            windows = out.getQueueSize();
        }
        card.evaluate(day, MetricRegistry.builtIn(), Breakdown.channel());   // once to warm up, then timed
        long start = System.nanoTime();
        card.evaluate(day, MetricRegistry.builtIn(), Breakdown.channel());
        long batch = System.nanoTime() - start;

        System.out.printf(Locale.ROOT, "RESULT live store=%s state_dir=%s interactions=%d windows_emitted=%d"
                + " live_s=%.2f live_per_s=%.0f batch_ms=%.1f batch_per_s=%.0f%n", inMemory ? "in-memory" : "rocksdb",
                dir, day.size(), windows, live / 1e9, day.size() / (live / 1e9), batch / 1e6,
                day.size() / (batch / 1e9));
        assertEquals(rows, day.size());
    }
}
