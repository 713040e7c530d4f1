package dev.rapport.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rapport.core.Direction;
import dev.rapport.core.Interaction;
import dev.rapport.core.RapportJson;
import dev.rapport.core.UnreadableInputException;
import dev.rapport.kafka.internal.InteractionJson;
import dev.rapport.metrics.Breakdown;

import dev.rapport.metrics.MetricRegistry;
import dev.rapport.metrics.Scorecard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The live scorecard of a call centre's morning feed, through {@link TopologyTestDriver} (no broker): every window's
 * result is the batch library's scorecard over the interactions of that window, JSON for JSON.
 */
class LiveScorecardTest {

    private static final Scorecard CARD = Scorecard.builder("Service desk now")
            .kpi("nps", Direction.HIGHER_IS_BETTER, 10, -10, -20)
            .kpi("csat", Direction.HIGHER_IS_BETTER, 0.70, 0.60, 0.45)
            .kpi("fcr", Direction.HIGHER_IS_BETTER, 0.60, 0.50, 0.40)
            .kpi("resolution-rate", Direction.HIGHER_IS_BETTER, 0.65, 0.50, 0.40)
            .kpi("wait-p90", Direction.LOWER_IS_BETTER, 30, 60, 120)
            .build();
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);
    /** Advances stream time far past every window of the feed, so that all of them close. */
    private static final String LATER = "{\"interaction_id\":\"c-9999\",\"customer_id\":\"cu-00\","
            + "\"timestamp\":\"2026-05-04T12:00:00Z\",\"touchpoint\":\"faq\",\"channel\":\"web\","
            + "\"outcome\":\"resolved\"}";

    @TempDir
    Path stateDir;

    @Test
    void tumblingByChannel_eachWindowIsTheBatchScorecardOfItsInteractions() {
        RapportStreams live = RapportStreams.of(CARD).tumbling(FIVE_MINUTES).groupedBy(Breakdown.channel());
        List<String> feed = feed();

        Map<String, JsonNode> actual = results(run(live, stateDir, withLater(feed)));

        assertEquals(batch(feed, FIVE_MINUTES, FIVE_MINUTES, Breakdown.channel()), actual);
        assertEquals(10, actual.size()); // 4 windows of phone and chat, 2 of web
    }

    @Test
    void hoppingOverall_anInteractionCountsInEveryWindowThatHoldsIt() {
        Duration tenMinutes = Duration.ofMinutes(10);
        RapportStreams live = RapportStreams.of(CARD).hopping(tenMinutes, FIVE_MINUTES);
        List<String> feed = feed();

        Map<String, JsonNode> actual = results(run(live, stateDir, withLater(feed)));

        assertEquals(batch(feed, tenMinutes, FIVE_MINUTES, null), actual);
        assertEquals(List.of("overall 2026-05-04T08:55:00Z", "overall 2026-05-04T09:00:00Z",
                "overall 2026-05-04T09:05:00Z", "overall 2026-05-04T09:10:00Z", "overall 2026-05-04T09:15:00Z"),
                List.copyOf(actual.keySet()));
    }

    @Test
    void outOfOrderWithinGrace_sameResultsAsInOrder() {
        RapportStreams live = RapportStreams.of(CARD).tumbling(FIVE_MINUTES).withGrace(Duration.ofMinutes(30))
                .groupedBy(Breakdown.touchpoint());
        List<String> shuffled = new ArrayList<>(feed());
        Collections.shuffle(shuffled, new Random(15));

        Map<String, JsonNode> inOrder = results(run(live, stateDir.resolve("a"), withLater(feed())));
        Map<String, JsonNode> outOfOrder = results(run(live, stateDir.resolve("b"), withLater(shuffled)));

        assertEquals(inOrder, outOfOrder);
        assertEquals(batch(feed(), FIVE_MINUTES, FIVE_MINUTES, Breakdown.touchpoint()), outOfOrder);
    }

    @Test
    void lateEvent_toTheLateTopicWithItsBytesAndReason_counted() {
        RapportStreams live = RapportStreams.of(CARD).tumbling(FIVE_MINUTES).withGrace(Duration.ofMinutes(1));
        List<String> feed = feed();
        // c-1002 (09:01:05) arrives after c-1016 (09:15:20): its window closed at 09:06 in stream time
        List<String> late = new ArrayList<>(feed);
        String c1002 = late.remove(1);
        late.add(15, c1002);

        Run run = run(live, stateDir, withLater(late));

        List<String> onTime = new ArrayList<>(feed);
        onTime.remove(1);
        assertEquals(batch(onTime, FIVE_MINUTES, FIVE_MINUTES, null), results(run));
        assertEquals(1, run.counts.lateRecords());
        assertEquals(List.of(c1002), run.late.stream().map(r -> new String(r.value(), StandardCharsets.UTF_8))
                .toList());
        assertEquals("overall", new String(run.late.get(0).key(), StandardCharsets.UTF_8));
        assertEquals("late: the window [2026-05-04T09:00:00Z, 2026-05-04T09:05:00Z) closed when stream time passed"
                + " 2026-05-04T09:06:00Z (grace 60000 ms); stream time is 2026-05-04T09:15:20Z",
                header(run.late.get(0), "rapport.reason"));
        assertEquals(0, run.counts.deadLetters());
        assertEquals(0.0, run.dropped);   // diverted before the aggregation: Kafka Streams drops nothing
    }

    @Test
    void lateEvent_withoutALateTopic_goesToTheDeadLetterTopic() {
        RapportStreams live = RapportStreams.of(CARD).tumbling(FIVE_MINUTES);
        List<String> input = new ArrayList<>(feed());
        String c1002 = input.remove(1);
        input.add(15, c1002);
        StreamsBuilder builder = new StreamsBuilder();
        LiveScorecard counts = live.addTo(builder, "interactions", "scorecards", "interactions-dead");
        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), properties(stateDir))) {
            TestInputTopic<String, String> in = driver.createInputTopic("interactions", new StringSerializer(),
                    new StringSerializer());
            TestOutputTopic<byte[], byte[]> dead = driver.createOutputTopic("interactions-dead",
                    new ByteArrayDeserializer(), new ByteArrayDeserializer());
            input.forEach(line -> in.pipeInput("", line));
            List<TestRecord<byte[], byte[]>> letters = dead.readRecordsToList();
            assertEquals(List.of(c1002), letters.stream().map(r -> new String(r.value(), StandardCharsets.UTF_8))
                    .toList());
            assertEquals("late: the window [2026-05-04T09:00:00Z, 2026-05-04T09:05:00Z) closed when stream time"
                    + " passed 2026-05-04T09:05:00Z (grace 0 ms); stream time is 2026-05-04T09:15:20Z",
                    header(letters.get(0), "rapport.reason"));
            assertEquals(1, counts.lateRecords());
            assertEquals(0, counts.deadLetters());
        }
    }

    @Test
    void badRecords_goToTheDeadLetterTopicWithReasonAndBytes_andTheStreamGoesOn() {
        RapportStreams live = RapportStreams.of(CARD).tumbling(FIVE_MINUTES);
        List<String> feed = feed();
        List<String> input = new ArrayList<>(feed);
        String notJson = "agent=priya;outcome=resolved";
        String brokenRule = feed.get(1).replace("\"nps\":9", "\"nps\":11");
        String missingChannel = feed.get(2).replace("\"channel\":\"chat\",", "");
        input.add(3, notJson);
        input.add(6, brokenRule);
        input.add(9, missingChannel);
        input.add(12, "");

        Run run = run(live, stateDir, withLater(input));

        assertEquals(batch(feed, FIVE_MINUTES, FIVE_MINUTES, null), results(run));
        assertEquals(4, run.counts.deadLetters());
        assertEquals(List.of(notJson, brokenRule, missingChannel, ""),
                run.deadLetters.stream().map(r -> new String(r.value(), StandardCharsets.UTF_8)).toList());
        assertEquals(List.of(
                "interactions line 1, column 1, at $: Unrecognized token 'agent': was expecting (JSON String,"
                        + " Number, Array, Object or token 'null', 'true' or 'false')",
                "interactions line 1, column 274, at $.survey: NPS answer must be between 0 and 10, was 11",
                "interactions line 1, column 221, at $.channel: missing required property 'channel'",
                "empty record: expected an interaction as JSON"),
                run.deadLetters.stream().map(r -> header(r, "rapport.reason")).toList());
        assertEquals("interactions-0@3", header(run.deadLetters.get(0), "rapport.origin"));
    }

    @Test
    void restartOverTheSameStateDirectory_everyUpdate_continuesTheOpenWindows() {
        // every update: the window store (RocksDB in the state directory) is what carries a restart here; the
        // suppression buffer of final results is restored from its changelog topic, which needs a broker
        RapportStreams live = RapportStreams.of(CARD).tumbling(FIVE_MINUTES).groupedBy(Breakdown.channel())
                .everyUpdate();
        List<String> feed = feed();
        Path stopped = stateDir.resolve("stopped");

        // the driver deletes its state directory on close, so the first run leaves a copy as a stopped instance would
        Run first = run(live, stateDir.resolve("app"), feed.subList(0, 8), dir -> copy(dir, stopped));
        Run second = run(live, stopped, feed.subList(8, feed.size()), dir -> { });

        Map<String, JsonNode> latest = results(first);
        latest.putAll(results(second));
        assertEquals(batch(feed, FIVE_MINUTES, FIVE_MINUTES, Breakdown.channel()), latest);
    }

    @Test
    void interactionSerde_roundTripsCoreJson_andRefusesWithTheLibrarysMessage() {
        Interaction interaction = InteractionJson.read(feed().get(1).getBytes(StandardCharsets.UTF_8), "feed");
        var serde = RapportSerdes.interactions();

        assertEquals(interaction, serde.deserializer().deserialize("t", serde.serializer().serialize("t",
                interaction)));
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> serde.deserializer().deserialize("calls", "{\"interaction_id\":".getBytes(StandardCharsets.UTF_8)));
        assertEquals("calls line 1, column 19, at $: Unexpected end-of-input within/between Object entries",
                e.getMessage());
    }

    //-----------------------------------------------------------------------
    private record Run(List<KeyValue<String, String>> output, List<TestRecord<byte[], byte[]>> deadLetters,
            List<TestRecord<byte[], byte[]>> late, LiveScorecard counts, double dropped) {
    }

    private static Run run(RapportStreams live, Path stateDir, List<String> input) {
        return run(live, stateDir, input, dir -> { });
    }

    /** Runs the input through a fresh driver, then hands its state directory (committed, still open) to {@code atEnd}. */
    private static Run run(RapportStreams live, Path stateDir, List<String> input, Consumer<Path> atEnd) {
        StreamsBuilder builder = new StreamsBuilder();
        LiveScorecard counts = live.addTo(builder, "interactions", "scorecards", "interactions-dead",
                "interactions-late");
        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), properties(stateDir))) {
            TestInputTopic<String, String> in = driver.createInputTopic("interactions", new StringSerializer(),
                    new StringSerializer());
            TestOutputTopic<String, String> out = driver.createOutputTopic("scorecards", new StringDeserializer(),
                    new StringDeserializer());
            TestOutputTopic<byte[], byte[]> dead = driver.createOutputTopic("interactions-dead",
                    new ByteArrayDeserializer(), new ByteArrayDeserializer());
            TestOutputTopic<byte[], byte[]> late = driver.createOutputTopic("interactions-late",
                    new ByteArrayDeserializer(), new ByteArrayDeserializer());
            input.forEach(line -> in.pipeInput("", line));
            double dropped = driver.metrics().entrySet().stream()
                    .filter(m -> m.getKey().name().equals("dropped-records-total")
                            && m.getKey().group().equals("stream-task-metrics"))
                    .mapToDouble(m -> ((Number) m.getValue().metricValue()).doubleValue()).sum();
            atEnd.accept(stateDir);
            return new Run(out.readKeyValuesToList(), dead.readRecordsToList(), late.readRecordsToList(), counts,
                    dropped);
        }
    }

    private static Properties properties(Path stateDir) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "rapport-live-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0);
        return props;
    }

    /** The latest result per group and window start, without the format version. */
    private static Map<String, JsonNode> results(Run run) {
        Map<String, JsonNode> results = new TreeMap<>();
        for (KeyValue<String, String> record : run.output) {
            JsonNode tree = RapportJson.mapper().readTree(record.value);
            assertEquals(record.key, tree.get("group").asString());
            results.put(record.key + " " + tree.get("window_start").asString(), tree.get("result"));
        }
        return results;
    }

    /** The batch library's scorecard over the interactions of each window (and group), as JSON. */
    private static Map<String, JsonNode> batch(List<String> feed, Duration size, Duration advance,
            Breakdown grouping) {
        Map<String, List<Interaction>> byWindow = new TreeMap<>();
        for (String line : feed) {
            Interaction i = InteractionJson.read(line.getBytes(StandardCharsets.UTF_8), "feed");
            long t = i.timestamp().toEpochMilli();
            String group = grouping == null ? "overall" : grouping.groupOf(i);
            for (long start = t - Math.floorMod(t, advance.toMillis()); start > t - size.toMillis();
                    start -= advance.toMillis()) {
                byWindow.computeIfAbsent(group + " " + Instant.ofEpochMilli(start), k -> new ArrayList<>()).add(i);
            }
        }
        Map<String, JsonNode> expected = new TreeMap<>();
        byWindow.forEach((key, interactions) -> {
            ObjectNode tree = (ObjectNode) RapportJson.mapper().readTree(
                    CARD.evaluate(interactions, MetricRegistry.builtIn()).toJson());
            tree.remove(RapportJson.FORMAT_PROPERTY);
            expected.put(key, tree);
        });
        return expected;
    }

    private static List<String> feed() {
        try {
            return Files.readAllLines(Path.of("src/test/resources/feeds/call-centre-morning.jsonl"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, to.resolve(from.relativize(file).toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> withLater(List<String> feed) {
        List<String> all = new ArrayList<>(feed);
        all.add(LATER);
        return all;
    }

    private static String header(TestRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "(none)" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
