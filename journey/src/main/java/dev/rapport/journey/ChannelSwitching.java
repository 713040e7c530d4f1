package dev.rapport.journey;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.rapport.core.Channel;
import dev.rapport.core.Interaction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The omnichannel question: how often customers change channel within a journey (usually a case), and which
 * switches are most common. A switch is two consecutive interactions on different channels.
 * <pre>{@code
 * ChannelSwitching.of(log).switchRate()   // share of multi-contact journeys with at least one switch
 * }</pre>
 * This type is immutable and thread-safe.
 *
 * @param journeys  all journeys
 * @param multiContactJourneys  journeys with at least two interactions
 * @param journeysWithSwitch  journeys with at least one switch
 * @param transitions  consecutive pairs of interactions in all journeys
 * @param switches  the pairs on different channels, most frequent first (ties by channel ids)
 */
public record ChannelSwitching(long journeys, long multiContactJourneys, long journeysWithSwitch, long transitions,
        List<Switch> switches) {

    /**
     * One kind of switch and how often it happened.
     *
     * @param from  the channel left
     * @param to  the channel taken next
     * @param count  how many times
     */
    public record Switch(Channel from, Channel to, long count) {
        @Override
        public String toString() {
            return from + " -> " + to + " x" + count;
        }
    }

    public ChannelSwitching {
        switches = ImmutableList.copyOf(switches);
    }

    /** Counts channel switches in every journey of a log. */
    public static ChannelSwitching of(JourneyLog log) {
        checkNotNull(log, "log");
        long multi = 0, withSwitch = 0, transitions = 0;
        Map<List<Channel>, Long> counts = new HashMap<>();
        for (Journey journey : log.journeys()) {
            List<Interaction> in = journey.interactions();
            boolean switched = false;
            for (int i = 1; i < in.size(); i++) {
                transitions++;
                Channel from = in.get(i - 1).channel(), to = in.get(i).channel();
                if (!from.equals(to)) {
                    switched = true;
                    counts.merge(List.of(from, to), 1L, Long::sum);
                }
            }
            multi += in.size() > 1 ? 1 : 0;
            withSwitch += switched ? 1 : 0;
        }
        List<Switch> switches = new ArrayList<>();
        counts.forEach((pair, n) -> switches.add(new Switch(pair.get(0), pair.get(1), n)));
        switches.sort(Comparator.comparingLong(Switch::count).reversed()
                .thenComparing(s -> s.from().id()).thenComparing(s -> s.to().id()));
        return new ChannelSwitching(log.size(), multi, withSwitch, transitions, switches);
    }

    /** The number of switches. */
    public long switchCount() {
        return switches.stream().mapToLong(Switch::count).sum();
    }

    /** Journeys with a switch / journeys with at least two interactions, in [0, 1]; 0 if there are none. */
    public double switchRate() {
        return multiContactJourneys == 0 ? 0 : (double) journeysWithSwitch / multiContactJourneys;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%d of %d multi-contact journeys switched channel (%.1f%%); "
                + "%d of %d transitions were switches; most common: %s", journeysWithSwitch, multiContactJourneys,
                100 * switchRate(), switchCount(), transitions, switches.stream().limit(5).toList());
    }
}
