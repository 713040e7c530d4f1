package dev.rapport.kafka;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.Interaction;
import dev.rapport.kafka.internal.DeadLetters;
import dev.rapport.kafka.internal.InteractionJson;
import dev.rapport.kafka.internal.InteractionTimestamps;
import dev.rapport.kafka.internal.LateRecords;
import dev.rapport.kafka.internal.Parsed;
import dev.rapport.kafka.internal.WindowStates;
import dev.rapport.metrics.Breakdown;
import dev.rapport.metrics.Estimate;
import dev.rapport.metrics.Metric;
import dev.rapport.metrics.MetricRegistry;
import dev.rapport.metrics.Scorecard;
import dev.rapport.metrics.ScorecardTally;
import dev.rapport.metrics.ScoringStrategies;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.kstream.Suppressed;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Live scorecards: a Kafka Streams topology that computes a {@link Scorecard} per time window (and per group of a
 * {@link Breakdown}) over a topic of interactions, the same result as the batch library over the interactions of
 * each window. A host adds it to its own {@link StreamsBuilder}:
 * <pre>{@code
 * StreamsBuilder builder = new StreamsBuilder();
 * LiveScorecard live = RapportStreams.of(card)
 *         .tumbling(Duration.ofMinutes(5)).withGrace(Duration.ofMinutes(1))
 *         .groupedBy(Breakdown.channel())
 *         .addTo(builder, "interactions", "scorecards", "interactions-dead");
 * }</pre>
 * Input records are interactions in core's JSON (the key is ignored); event time is the interaction's timestamp.
 * Each window's metric states are kept in an ordinary, changelogged window store (in {@link
 * dev.rapport.metrics.StateCodec} form), so a restarted application continues where it was. Output records are
 * keyed by the group and hold a {@link WindowedScorecard} as JSON: by default one final record per window and group
 * when the window closes (its end plus the grace period has passed in stream time), or, with {@link #everyUpdate()},
 * a record each time the window changes. An interaction that arrives after every window holding it has closed goes
 * to the late-records topic (by default the dead-letter topic) with its original bytes and the reason, and is
 * counted in {@link LiveScorecard#lateRecords()}. A record that is not an interaction (unparseable
 * JSON, a broken rule) goes to the dead-letter topic with its original key and value bytes and the reason in header
 * {@value DeadLetters#REASON}, and is counted in {@link LiveScorecard#deadLetters()}; the stream goes on. This type
 * is immutable and thread-safe.
 */
public final class RapportStreams {

    /** The window size unless set: five minutes, tumbling. */
    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(5);
    /** The group key of every interaction without a grouping. */
    public static final String OVERALL = "overall";

    private final Scorecard scorecard;
    private final MetricRegistry metrics;
    private final ScoringStrategies strategies;
    private final Duration size;
    private final Duration advance;
    private final Duration grace;
    private final Optional<Breakdown> grouping;
    private final boolean everyUpdate;
    private final String name;

    private RapportStreams(Scorecard scorecard, MetricRegistry metrics, ScoringStrategies strategies, Duration size,
            Duration advance, Duration grace, Optional<Breakdown> grouping, boolean everyUpdate, String name) {
        this.scorecard = scorecard;
        this.metrics = metrics;
        this.strategies = strategies;
        this.size = size;
        this.advance = advance;
        this.grace = grace;
        this.grouping = grouping;
        this.everyUpdate = everyUpdate;
        this.name = name;
    }

    /**
     * The scorecard over 5-minute tumbling windows, no grace period, overall, built-in metrics and strategies.
     *
     * @throws dev.rapport.core.UnknownNameException if a KPI's metric or the scoring strategy is not built in
     */
    public static RapportStreams of(Scorecard scorecard) {
        return new RapportStreams(checkNotNull(scorecard, "scorecard"), MetricRegistry.builtIn(),
                ScoringStrategies.builtIn(), DEFAULT_WINDOW, DEFAULT_WINDOW, Duration.ZERO, Optional.empty(), false,
                "rapport-scorecard").checked();
    }

    /** A copy that resolves the KPIs' metrics in {@code registry}. */
    public RapportStreams withMetrics(MetricRegistry registry) {
        return new RapportStreams(scorecard, checkNotNull(registry, "registry"), strategies, size, advance, grace,
                grouping, everyUpdate, name).checked();
    }

    /** A copy that scores with the scorecard's strategy from {@code registry}. */
    public RapportStreams withStrategies(ScoringStrategies registry) {
        return new RapportStreams(scorecard, metrics, checkNotNull(registry, "registry"), size, advance, grace,
                grouping, everyUpdate, name).checked();
    }

    /** A copy over tumbling windows of this size: {@code [0, size)}, {@code [size, 2 size)}, ... from the epoch. */
    public RapportStreams tumbling(Duration windowSize) {
        return hopping(windowSize, windowSize);
    }

    /**
     * A copy over hopping windows of this size starting every {@code advance} from the epoch; an interaction counts
     * in every window that holds its timestamp.
     */
    public RapportStreams hopping(Duration windowSize, Duration windowAdvance) {
        checkArgument(checkNotNull(windowSize, "windowSize").toMillis() > 0,
                "a window must last at least a millisecond, was %s", windowSize);
        checkArgument(checkNotNull(windowAdvance, "windowAdvance").toMillis() > 0
                && windowAdvance.compareTo(windowSize) <= 0,
                "a window must advance by a millisecond to its size %s, was %s", windowSize, windowAdvance);
        return new RapportStreams(scorecard, metrics, strategies, windowSize, windowAdvance, grace, grouping,
                everyUpdate, name);
    }

    /** A copy that still accepts an interaction this long (in stream time) after the end of its window. */
    public RapportStreams withGrace(Duration gracePeriod) {
        checkArgument(!checkNotNull(gracePeriod, "gracePeriod").isNegative(),
                "a grace period cannot be negative, was %s", gracePeriod);
        return new RapportStreams(scorecard, metrics, strategies, size, advance, gracePeriod, grouping, everyUpdate,
                name);
    }

    /** A copy with one scorecard per group of the breakdown in each window (e.g. {@link Breakdown#channel()}). */
    public RapportStreams groupedBy(Breakdown breakdown) {
        return new RapportStreams(scorecard, metrics, strategies, size, advance, grace,
                Optional.of(checkNotNull(breakdown, "breakdown")), everyUpdate, name);
    }

    /**
     * A copy that writes a window's scorecard each time an interaction changes it rather than once when it closes
     * (Kafka Streams' record cache may still combine updates between commits; set
     * {@code statestore.cache.max.bytes} to 0 to see each one).
     */
    public RapportStreams everyUpdate() {
        return new RapportStreams(scorecard, metrics, strategies, size, advance, grace, grouping, true, name);
    }

    /**
     * A copy whose processors, store and internal topics are named after {@code prefix} (default
     * {@code rapport-scorecard}); two scorecards in one application need two prefixes.
     */
    public RapportStreams named(String prefix) {
        checkArgument(checkNotNull(prefix, "prefix").matches("[a-zA-Z0-9._-]+"),
                "a name may hold only letters, digits, '.', '_' and '-', was '%s'", prefix);
        return new RapportStreams(scorecard, metrics, strategies, size, advance, grace, grouping, everyUpdate,
                prefix);
    }

    private RapportStreams checked() {
        scorecard.checkNames(metrics, strategies);
        return this;
    }

    /** The name of the window store, for interactive queries: the prefix and {@code -windows}. */
    public String storeName() {
        return name + "-windows";
    }

    //-----------------------------------------------------------------------
    /**
     * Adds the topology to the host's builder: from {@code inputTopic} to {@code outputTopic}, rejected records and
     * late ones (after every window holding them closed) to {@code deadLetterTopic}.
     *
     * @return the handle that counts this topology's dead letters and late records
     */
    public LiveScorecard addTo(StreamsBuilder builder, String inputTopic, String outputTopic,
            String deadLetterTopic) {
        return addTo(builder, inputTopic, outputTopic, deadLetterTopic, deadLetterTopic);
    }

    /**
     * Adds the topology to the host's builder: from {@code inputTopic} to {@code outputTopic}, rejected records to
     * {@code deadLetterTopic}, and interactions that arrive after every window holding them has closed to
     * {@code lateTopic}: their original value bytes, keyed by their group, with the reason in header
     * {@value DeadLetters#REASON} ({@code late: the window [2026-05-04T09:00:00Z, 2026-05-04T09:05:00Z) closed when
     * stream time passed 2026-05-04T09:06:00Z (grace 60000 ms); stream time is 2026-05-04T09:15:20Z}).
     *
     * @return the handle that counts this topology's dead letters and late records
     */
    public LiveScorecard addTo(StreamsBuilder builder, String inputTopic, String outputTopic,
            String deadLetterTopic, String lateTopic) {
        checkNotNull(builder, "builder");
        checkNotNull(inputTopic, "inputTopic");
        checkNotNull(outputTopic, "outputTopic");
        checkNotNull(deadLetterTopic, "deadLetterTopic");
        checkNotNull(lateTopic, "lateTopic");
        List<Metric<Interaction, ?, Estimate>> resolved = scorecard.kpis().stream()
                .<Metric<Interaction, ?, Estimate>>map(k -> metrics.named(k.metric())).toList();
        AtomicLong deadLetters = new AtomicLong();
        AtomicLong late = new AtomicLong();

        KStream<byte[], Parsed> records = builder.stream(inputTopic,
                Consumed.with(Serdes.ByteArray(), parsedSerde()).withTimestampExtractor(new InteractionTimestamps())
                        .withName(name + "-source"));
        Map<String, KStream<byte[], Parsed>> branches = records.split(Named.as(name + "-"))
                .branch((key, value) -> value.interaction().isEmpty(), Branched.as("rejected"))
                .defaultBranch(Branched.as("read"));
        branches.get(name + "-rejected")
                .process(() -> new DeadLetters(deadLetters), Named.as(name + "-dead-letters"))
                .to(deadLetterTopic, Produced.with(Serdes.ByteArray(), Serdes.ByteArray()));

        // re-keyed by group: the repartition topic carries each interaction's original bytes, read again after it
        Map<String, KStream<String, Parsed>> timely = branches.get(name + "-read")
                .map((key, value) -> KeyValue.pair(groupOf(value.interaction().get()), value),
                        Named.as(name + "-group"))
                .repartition(Repartitioned.with(Serdes.String(), repartitionSerde()).withName(name + "-by-group"))
                .processValues(() -> new LateRecords(size.toMillis(), advance.toMillis(), grace.toMillis(), late),
                        Named.as(name + "-late"))
                .split(Named.as(name + "-timely-"))
                .branch((key, value) -> value.interaction().isEmpty(), Branched.as("late"))
                .defaultBranch(Branched.as("in-time"));
        timely.get(name + "-timely-late")
                .map((group, value) -> KeyValue.pair(group.getBytes(StandardCharsets.UTF_8), value.original()),
                        Named.as(name + "-late-records"))
                .to(lateTopic, Produced.with(Serdes.ByteArray(), Serdes.ByteArray()));

        String groupingName = grouping.map(Breakdown::name).orElse(OVERALL);
        KTable<Windowed<String>, WindowStates> windows = timely.get(name + "-timely-in-time")
                .groupByKey(Grouped.with(Serdes.String(), repartitionSerde()))   // no second repartition: same key
                .windowedBy(TimeWindows.ofSizeAndGrace(size, grace).advanceBy(advance))
                .aggregate(() -> WindowStates.empty(resolved), (group, value, states) -> states.add(resolved,
                        value.interaction().get()), Named.as(name + "-aggregate"),
                        Materialized.<String, WindowStates, WindowStore<Bytes, byte[]>>as(storeName())
                                .withKeySerde(Serdes.String()).withValueSerde(WindowStates.serde(resolved)));
        if (!everyUpdate) {
            windows = windows.suppress(Suppressed.untilWindowCloses(Suppressed.BufferConfig.unbounded())
                    .withName(name + "-until-close"));
        }
        windows.toStream(Named.as(name + "-results"))
                .filter((window, states) -> states != null, Named.as(name + "-present"))
                .map((window, states) -> KeyValue.pair(window.key(), result(groupingName, window, states)),
                        Named.as(name + "-scorecard"))
                .to(outputTopic, Produced.with(Serdes.String(), Serdes.String()));
        return new LiveScorecard(deadLetters, late);
    }

    private String groupOf(Interaction interaction) {
        return grouping.map(b -> b.groupOf(interaction)).orElse(OVERALL);
    }

    private String result(String groupingName, Windowed<String> window, WindowStates states) {
        ScorecardTally tally = ScorecardTally.ofStates(scorecard, metrics, states.states(), Optional.empty(),
                Map.of());
        return new WindowedScorecard(groupingName, window.key(), window.window().startTime(),
                window.window().endTime(), tally.result(strategies)).toJson();
    }

    /**
     * The repartition topic's values: an interaction's original bytes, read again (strictly: they were read once)
     * on the other side.
     */
    private static Serde<Parsed> repartitionSerde() {
        Serializer<Parsed> serializer = (topic, value) -> value == null ? null : value.original();
        Deserializer<Parsed> deserializer = (topic, bytes) -> bytes == null ? null
                : Parsed.of(InteractionJson.read(bytes, topic), bytes);
        return Serdes.serdeFrom(serializer, deserializer);
    }

    /** Reads every record leniently; the topology never writes this serde. */
    private static Serde<Parsed> parsedSerde() {
        Serializer<Parsed> serializer = (topic, value) -> {
            throw new UnsupportedOperationException("parsed records are read only");
        };
        Deserializer<Parsed> deserializer = (topic, bytes) -> InteractionJson.parse(bytes, topic);
        return Serdes.serdeFrom(serializer, deserializer);
    }

    @Override
    public String toString() {
        return "RapportStreams[" + scorecard.name() + ", " + (size.equals(advance) ? "tumbling " + size
                : "hopping " + size + " every " + advance) + ", grace " + grace + ", by "
                + grouping.map(Breakdown::name).orElse(OVERALL) + (everyUpdate ? ", every update" : ", final")
                + "]";
    }
}
