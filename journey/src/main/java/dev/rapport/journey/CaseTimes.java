package dev.rapport.journey;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import dev.rapport.core.Interaction;
import dev.rapport.core.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Time per journey (usually per case): how long it spent in each stage, and how long until it was resolved.
 * <p>
 * A stretch of consecutive interactions in one stage lasts from the first one's timestamp to the next
 * interaction's timestamp, or, when the stretch ends the journey, to the end of its last interaction (timestamp
 * plus wait plus handling time); a stage's duration in a journey is the sum of its stretches. An interaction's
 * stage comes from the map, else from the interaction; one with neither ends the stretch and counts nowhere.
 * Time to resolution runs from the first interaction's timestamp to the end of the first {@code resolved}
 * interaction; a journey never resolved has none.
 * <pre>{@code
 * CaseTimes times = CaseTimes.of(map, log);
 * times.byStage()        // support n=120 median 900s p90 5400s ...
 * times.resolution()     // n=98 median 1200s ...
 * }</pre>
 * This type is immutable and thread-safe.
 */
public final class CaseTimes {

    private final ImmutableSortedMap<String, ImmutableMap<String, Duration>> stageDurations;
    private final ImmutableSortedMap<String, Optional<Duration>> timeToResolution;
    private final ImmutableMap<String, DurationStats> byStage;
    private final Optional<DurationStats> resolution;

    private CaseTimes(ImmutableSortedMap<String, ImmutableMap<String, Duration>> stageDurations,
            ImmutableSortedMap<String, Optional<Duration>> timeToResolution,
            ImmutableMap<String, DurationStats> byStage, Optional<DurationStats> resolution) {
        this.stageDurations = stageDurations;
        this.timeToResolution = timeToResolution;
        this.byStage = byStage;
        this.resolution = resolution;
    }

    /**
     * Measures the journeys of a log against a map's stages.
     *
     * @param map  gives the stages, not null
     * @param log  the journeys, not null
     * @return the times, never null
     */
    public static CaseTimes of(JourneyMap map, JourneyLog log) {
        checkNotNull(map, "map");
        checkNotNull(log, "log");
        ConformanceReport.StageIndex stages = new ConformanceReport.StageIndex(map);
        ImmutableSortedMap.Builder<String, ImmutableMap<String, Duration>> perJourney =
                ImmutableSortedMap.naturalOrder();
        ImmutableSortedMap.Builder<String, Optional<Duration>> resolved = ImmutableSortedMap.naturalOrder();
        Map<Integer, List<Double>> perStage = new java.util.TreeMap<>();
        List<Double> resolutions = new ArrayList<>();
        for (Journey journey : log.journeys()) {
            List<Interaction> in = journey.interactions();
            long[] nanos = new long[stages.size()];
            boolean[] present = new boolean[stages.size()];
            for (int i = 0; i < in.size(); i++) {
                int stage = stages.of(in.get(i));
                if (stage < 0) {
                    continue;
                }
                Instant until = i + 1 < in.size() ? in.get(i + 1).timestamp() : end(in.get(i));
                nanos[stage] += Duration.between(in.get(i).timestamp(), until).toNanos();
                present[stage] = true;
            }
            Map<String, Duration> durations = new LinkedHashMap<>();
            for (int s = 0; s < nanos.length; s++) {
                if (present[s]) {
                    durations.put(stages.id(s), Duration.ofNanos(nanos[s]));
                    perStage.computeIfAbsent(s, k -> new ArrayList<>()).add(nanos[s] / 1e9);
                }
            }
            perJourney.put(journey.key(), ImmutableMap.copyOf(durations));
            Optional<Duration> toResolution = in.stream().filter(x -> x.outcome() == Outcome.RESOLVED).findFirst()
                    .map(x -> Duration.between(journey.first().timestamp(), end(x)));
            toResolution.ifPresent(d -> resolutions.add(d.toNanos() / 1e9));
            resolved.put(journey.key(), toResolution);
        }
        ImmutableMap.Builder<String, DurationStats> byStage = ImmutableMap.builder();
        perStage.forEach((s, seconds) -> byStage.put(stages.id(s), DurationStats.of(seconds)));
        return new CaseTimes(perJourney.buildOrThrow(), resolved.buildOrThrow(), byStage.buildOrThrow(),
                resolutions.isEmpty() ? Optional.empty() : Optional.of(DurationStats.of(resolutions)));
    }

    private static Instant end(Interaction interaction) {
        return interaction.knownEnd();
    }

    /** Per journey key, the time spent in each stage it visited, in stage order. */
    public Map<String, Map<String, Duration>> stageDurations() {
        return ImmutableMap.copyOf(stageDurations);
    }

    /** Per journey key, the time to resolution, empty if never resolved. */
    public Map<String, Optional<Duration>> timeToResolution() {
        return timeToResolution;
    }

    /** Per stage id (in stage order), the distribution of time spent over the journeys that visited it. */
    public Map<String, DurationStats> byStage() {
        return byStage;
    }

    /** The distribution of time to resolution over resolved journeys; empty if none was resolved. */
    public Optional<DurationStats> resolution() {
        return resolution;
    }

    /** How many journeys were resolved. */
    public long resolvedJourneys() {
        return timeToResolution.values().stream().filter(Optional::isPresent).count();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("times of " + timeToResolution.size() + " journeys");
        byStage.forEach((stage, stats) -> text.append("\n  ").append(String.format("%-18s", stage)).append(stats));
        text.append("\n  ").append(String.format("%-18s", "to resolution"))
                .append(resolution.map(DurationStats::toString).orElse("none resolved"));
        return text.toString();
    }
}
