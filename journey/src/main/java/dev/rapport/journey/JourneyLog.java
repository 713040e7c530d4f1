package dev.rapport.journey;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedMap;
import dev.rapport.core.Interaction;
import dev.rapport.data.EventLogReader;
import dev.rapport.data.ImportResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Many journeys: interactions grouped by customer or by case ({@link Grouping}), each group sorted by timestamp.
 * The sort is stable: interactions with equal timestamps in one group keep the order in which they were given
 * (for an import, their order in the file). Journeys are ordered by key.
 * <pre>{@code
 * JourneyLog log = JourneyLog.of(EventLogReader.strict().csv(Path.of("contacts.csv")).interactions(), Grouping.BY_CASE);
 * }</pre>
 * This type is immutable and thread-safe.
 */
public final class JourneyLog {

    private final Grouping grouping;
    private final ImmutableSortedMap<String, Journey> journeys;

    private JourneyLog(Grouping grouping, ImmutableSortedMap<String, Journey> journeys) {
        this.grouping = grouping;
        this.journeys = journeys;
    }

    /**
     * Groups what an import accepted into journeys, as {@link #of(List, Grouping)} does.
     * <pre>{@code
     * JourneyLog log = JourneyLog.of(EventLogReader.lenient().csv(Path.of("contacts.csv")), Grouping.BY_CASE);
     * }</pre>
     */
    public static JourneyLog of(ImportResult imported, Grouping grouping) {
        return of(checkNotNull(imported, "imported").interactions(), grouping);
    }

    /**
     * Groups interactions into journeys.
     *
     * @param interactions  the interactions in input order, not null
     * @param grouping  by customer or by case, not null
     * @return the log, never null
     */
    public static JourneyLog of(List<Interaction> interactions, Grouping grouping) {
        checkNotNull(interactions, "interactions");
        checkNotNull(grouping, "grouping");
        Map<String, List<Interaction>> groups = new HashMap<>();
        for (Interaction interaction : interactions) {
            groups.computeIfAbsent(grouping.keyOf(interaction), k -> new ArrayList<>()).add(interaction);
        }
        TreeMap<String, Journey> sorted = new TreeMap<>();
        for (Map.Entry<String, List<Interaction>> group : groups.entrySet()) {
            List<Interaction> list = group.getValue();
            list.sort(Comparator.comparing(Interaction::timestamp)); // List.sort is stable
            sorted.put(group.getKey(), new Journey(group.getKey(), list));
        }
        return new JourneyLog(grouping, ImmutableSortedMap.copyOfSorted(sorted));
    }

    /** Wraps journeys already made; their keys must be distinct. */
    public static JourneyLog ofJourneys(List<Journey> journeys, Grouping grouping) {
        ImmutableSortedMap.Builder<String, Journey> byKey = ImmutableSortedMap.naturalOrder();
        journeys.forEach(j -> byKey.put(j.key(), j));
        return new JourneyLog(checkNotNull(grouping, "grouping"), byKey.buildOrThrow());
    }

    /** How the interactions were grouped. */
    public Grouping grouping() {
        return grouping;
    }

    /** The journeys, ordered by key. */
    public List<Journey> journeys() {
        return journeys.values().asList();
    }

    /** The journey with this customer or case id. */
    public Optional<Journey> journey(String key) {
        return Optional.ofNullable(journeys.get(key));
    }

    /** The number of journeys. */
    public int size() {
        return journeys.size();
    }

    /** The number of interactions in all journeys. */
    public long interactionCount() {
        return journeys.values().stream().mapToLong(Journey::size).sum();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JourneyLog that && grouping == that.grouping && journeys.equals(that.journeys);
    }

    @Override
    public int hashCode() {
        return grouping.hashCode() * 31 + journeys.hashCode();
    }

    /** Returns e.g. {@code 3 journeys by case, 9 interactions} and the first journeys, one a line. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(size() + " journeys " + grouping.name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' ') + ", " + interactionCount() + " interactions");
        journeys.values().stream().limit(10).forEach(j -> text.append("\n  ").append(j));
        if (size() > 10) {
            text.append("\n  ...");
        }
        return text.toString();
    }
}
