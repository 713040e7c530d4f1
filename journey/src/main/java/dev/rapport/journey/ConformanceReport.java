package dev.rapport.journey;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMultiset;
import com.google.common.collect.Multiset;
import com.google.common.collect.Multisets;
import dev.rapport.core.Interaction;
import dev.rapport.data.InteractionColumns;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Conformance of actual journeys against a designed {@link JourneyMap}: per journey ({@link JourneyConformance})
 * and in total. The total fitness is the share of all moves of all journeys that the map allows (long journeys
 * weigh more); {@link #meanFitness()} is the plain mean of the journeys' fitness.
 * <pre>{@code
 * ConformanceReport report = ConformanceReport.of(map, log);
 * report.fitness();                 // 0.87
 * report.unexpectedTransitions();   // faq -> survey x 12, ...
 * }</pre>
 * This type is immutable and thread-safe.
 */
public final class ConformanceReport {

    private final ImmutableList<JourneyConformance> journeys;

    private ConformanceReport(ImmutableList<JourneyConformance> journeys) {
        this.journeys = journeys;
    }

    /** The report of journeys already checked, in log order (the columnar path's). */
    static ConformanceReport ofChecked(List<JourneyConformance> journeys) {
        return new ConformanceReport(ImmutableList.copyOf(journeys));
    }

    /**
     * Checks every journey of a log against a map. A touchpoint's stage is taken from the map, or from the
     * interaction when the map does not know the touchpoint.
     *
     * @param map  the designed journey, not null
     * @param log  the actual journeys, not null
     * @return the report, never null
     */
    public static ConformanceReport of(JourneyMap map, JourneyLog log) {
        checkNotNull(map, "map");
        checkNotNull(log, "log");
        Set<String> entries = ids(map.entryPoints());
        Set<String> exits = ids(map.exitPoints());
        Set<Transition> expected = new HashSet<>(map.paths());
        StageIndex stages = new StageIndex(map);
        ImmutableList.Builder<JourneyConformance> result = ImmutableList.builder();
        for (Journey journey : log.journeys()) {
            result.add(check(journey, entries, exits, expected, stages));
        }
        return new ConformanceReport(result.build());
    }

    /**
     * Checks every journey held in columns against a map, without an {@code Interaction} per row: the journeys
     * cut and ordered as {@link JourneyLog#of(List, Grouping)} cuts and orders them (by key; each by time, equal
     * times in row order). Columns hold no stage, so a touchpoint the map does not know is placed in no stage;
     * the report is the one {@link #of(JourneyMap, JourneyLog)} gives for the same interactions whenever none of
     * those at such a touchpoint names a stage of the map (always, when the map knows every touchpoint of
     * {@link InteractionColumns#touchpoints()}).
     * <pre>{@code
     * ConformanceReport report = ConformanceReport.of(map, ColumnsReader.strict().csv(file).columns(), Grouping.BY_CUSTOMER);
     * }</pre>
     *
     * @param map  the designed journey, not null
     * @param columns  the interactions, not null
     * @param grouping  one journey per customer, or per case; not null
     * @return the report, never null
     */
    public static ConformanceReport of(JourneyMap map, InteractionColumns columns, Grouping grouping) {
        return ColumnarJourneys.conformance(checkNotNull(map, "map"), checkNotNull(columns, "columns"),
                checkNotNull(grouping, "grouping"));
    }

    private static Set<String> ids(List<MapTouchpoint> touchpoints) {
        Set<String> ids = new HashSet<>();
        touchpoints.forEach(t -> ids.add(t.id()));
        return ids;
    }

    private static JourneyConformance check(Journey journey, Set<String> entries, Set<String> exits,
            Set<Transition> expected, StageIndex stages) {
        List<String> path = journey.touchpoints();
        List<Transition> unexpected = new ArrayList<>();
        Set<String> unknown = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        int repeats = 0;
        int allowed = 0;
        boolean startsAtEntry = entries.contains(path.get(0));
        boolean endsAtExit = exits.contains(path.get(path.size() - 1));
        allowed += (startsAtEntry ? 1 : 0) + (endsAtExit ? 1 : 0);
        Set<Integer> visitedStages = new HashSet<>();
        int first = Integer.MAX_VALUE;
        int furthest = -1;
        for (int i = 0; i < path.size(); i++) {
            String touchpoint = path.get(i);
            if (!stages.knows(touchpoint)) {
                unknown.add(touchpoint);
            }
            if (!seen.add(touchpoint)) {
                repeats++;
            }
            int stage = stages.of(journey.interactions().get(i));
            if (stage >= 0) {
                visitedStages.add(stage);
                first = Math.min(first, stage);
                furthest = Math.max(furthest, stage);
            }
            if (i > 0) {
                Transition move = Transition.of(path.get(i - 1), touchpoint);
                if (expected.contains(move)) {
                    allowed++;
                } else {
                    unexpected.add(move);
                }
            }
        }
        List<String> skipped = new ArrayList<>();
        for (int s = first; s <= furthest; s++) {
            if (!visitedStages.contains(s)) {
                skipped.add(stages.id(s));
            }
        }
        return new JourneyConformance(journey.key(), unexpected, ImmutableList.copyOf(unknown), skipped, repeats,
                startsAtEntry, endsAtExit, allowed, path.size() + 1);
    }

    /** The stages of a map by position, and each touchpoint's stage position. */
    static final class StageIndex {
        private final List<String> ids = new ArrayList<>();
        private final Map<String, Integer> byStageId = new HashMap<>();
        private final Map<String, Integer> byTouchpoint = new HashMap<>();

        StageIndex(JourneyMap map) {
            for (int i = 0; i < map.stages().size(); i++) {
                ids.add(map.stages().get(i).id());
                byStageId.putIfAbsent(map.stages().get(i).id(), i);
            }
            map.touchpoints().forEach(t -> byTouchpoint.put(t.id(), byStageId.getOrDefault(t.stage(), -1)));
        }

        boolean knows(String touchpoint) {
            return byTouchpoint.containsKey(touchpoint);
        }

        /** The stage position of an interaction, -1 if neither the map nor the interaction places it. */
        int of(Interaction interaction) {
            Integer stage = byTouchpoint.get(interaction.touchpoint());
            if (stage != null) {
                return stage;
            }
            return interaction.stage().map(id -> byStageId.getOrDefault(id, -1)).orElse(-1);
        }

        /** The stage position the map gives a touchpoint, -1 if it does not know the touchpoint or its stage. */
        int ofTouchpoint(String touchpoint) {
            return byTouchpoint.getOrDefault(touchpoint, -1);
        }

        String id(int position) {
            return ids.get(position);
        }

        int size() {
            return ids.size();
        }
    }

    //-----------------------------------------------------------------------
    /** Each journey's conformance, in log order. */
    public List<JourneyConformance> journeys() {
        return journeys;
    }

    /** Allowed moves / all moves over every journey, in [0, 1]; 1 for an empty log. */
    public double fitness() {
        long moves = journeys.stream().mapToLong(JourneyConformance::moves).sum();
        long allowed = journeys.stream().mapToLong(JourneyConformance::allowedMoves).sum();
        return moves == 0 ? 1 : (double) allowed / moves;
    }

    /** The mean of the journeys' fitness; 1 for an empty log. */
    public double meanFitness() {
        return journeys.stream().mapToDouble(JourneyConformance::fitness).average().orElse(1);
    }

    /** How many journeys fit the map perfectly. */
    public long fittingJourneys() {
        return journeys.stream().filter(JourneyConformance::fits).count();
    }

    /** Every unexpected transition with how often it happened, most frequent first. */
    public Multiset<Transition> unexpectedTransitions() {
        ImmutableMultiset.Builder<Transition> all = ImmutableMultiset.builder();
        journeys.forEach(j -> all.addAll(j.unexpectedTransitions()));
        return ImmutableMultiset.copyOf(Multisets.copyHighestCountFirst(all.build()));
    }

    /** How many journeys skipped each stage, most frequent first. */
    public Multiset<String> skippedStages() {
        ImmutableMultiset.Builder<String> all = ImmutableMultiset.builder();
        journeys.forEach(j -> all.addAll(j.skippedStages()));
        return ImmutableMultiset.copyOf(Multisets.copyHighestCountFirst(all.build()));
    }

    /** The number of repeat contacts in all journeys. */
    public long repeatContacts() {
        return journeys.stream().mapToLong(JourneyConformance::repeatContacts).sum();
    }

    /** How many journeys ended outside an exit point. */
    public long endingOutsideExit() {
        return journeys.stream().filter(j -> !j.endsAtExit()).count();
    }

    /** How many journeys started outside an entry point. */
    public long startingOutsideEntry() {
        return journeys.stream().filter(j -> !j.startsAtEntry()).count();
    }

    /** Returns a summary followed by the journeys that do not fit, at most 20. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(String.format(java.util.Locale.ROOT,
                "conformance of %d journeys: fitness %.3f (mean %.3f), %d fit, %d end outside an exit, "
                        + "%d repeat contacts", journeys.size(), fitness(), meanFitness(), fittingJourneys(),
                endingOutsideExit(), repeatContacts()));
        Multiset<Transition> unexpected = unexpectedTransitions();
        if (!unexpected.isEmpty()) {
            text.append("\n  unexpected: ");
            text.append(String.join(", ", unexpected.entrySet().stream().limit(10)
                    .map(e -> e.getElement() + " x" + e.getCount()).toList()));
        }
        journeys.stream().filter(j -> !j.fits()).limit(20).forEach(j -> text.append("\n  ").append(j));
        return text.toString();
    }
}
