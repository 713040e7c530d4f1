package dev.rapport.journey;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.rapport.data.InteractionColumns;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How many journeys reach each stage of a map, and where they drop off. A journey reaches a stage when it
 * visits that stage or a later one (so the funnel never widens); it drops off at its furthest stage. A
 * touchpoint's stage comes from the map, or from the interaction when the map does not know the touchpoint;
 * journeys that touch none of the map's stages are not in the funnel.
 * <pre>{@code
 * Funnel.of(map, log)
 * // awareness   120 reached  (100.0%)  dropped 20
 * // support     100 reached  ( 83.3%)  dropped 70 ...
 * }</pre>
 * This type is immutable and thread-safe.
 *
 * @param steps  one step per stage of the map, in stage order
 * @param journeys  the journeys in the funnel
 */
public record Funnel(List<Step> steps, long journeys) {

    /**
     * One stage of a funnel.
     *
     * @param stage  the stage id
     * @param visited  journeys with an interaction in this stage
     * @param reached  journeys whose furthest stage is this one or later
     * @param droppedOff  journeys whose furthest stage is this one
     */
    public record Step(String stage, long visited, long reached, long droppedOff) {
        /** Reached / journeys that reached the first stage, in [0, 1]; 0 if none did. */
        public double conversionFrom(Step first) {
            return first.reached == 0 ? 0 : (double) reached / first.reached;
        }
    }

    public Funnel {
        steps = ImmutableList.copyOf(steps);
    }

    /**
     * Computes the funnel of a log over a map's stages.
     *
     * @param map  gives the stages and each touchpoint's stage, not null
     * @param log  the journeys, not null
     * @return the funnel, never null
     */
    public static Funnel of(JourneyMap map, JourneyLog log) {
        checkNotNull(map, "map");
        checkNotNull(log, "log");
        ConformanceReport.StageIndex stages = new ConformanceReport.StageIndex(map);
        int n = stages.size();
        long[] visited = new long[n];
        long[] furthestCount = new long[n];
        long inFunnel = 0;
        for (Journey journey : log.journeys()) {
            Set<Integer> seen = new HashSet<>();
            int furthest = -1;
            for (var interaction : journey.interactions()) {
                int stage = stages.of(interaction);
                if (stage >= 0) {
                    seen.add(stage);
                    furthest = Math.max(furthest, stage);
                }
            }
            seen.forEach(s -> visited[s]++);
            if (furthest >= 0) {
                furthestCount[furthest]++;
                inFunnel++;
            }
        }
        return of(stages, visited, furthestCount, inFunnel);
    }

    /**
     * Computes the funnel of the journeys held in columns, without an {@code Interaction} per row. Columns hold no
     * stage, so a touchpoint the map does not know is placed in no stage; the funnel is the one
     * {@link #of(JourneyMap, JourneyLog)} gives for the same interactions whenever none of those at such a
     * touchpoint names a stage of the map (always, when the map knows every touchpoint of the columns).
     * <pre>{@code
     * Funnel funnel = Funnel.of(map, ColumnsReader.strict().csv(file).columns(), Grouping.BY_CUSTOMER);
     * }</pre>
     *
     * @param map  gives the stages and each touchpoint's stage, not null
     * @param columns  the interactions, not null
     * @param grouping  one journey per customer, or per case; not null
     * @return the funnel, never null
     */
    public static Funnel of(JourneyMap map, InteractionColumns columns, Grouping grouping) {
        return ColumnarJourneys.funnel(checkNotNull(map, "map"), checkNotNull(columns, "columns"),
                checkNotNull(grouping, "grouping"));
    }

    /** The funnel of per-stage counts: journeys that visited each stage, and whose furthest stage it is. */
    static Funnel of(ConformanceReport.StageIndex stages, long[] visited, long[] furthestCount, long inFunnel) {
        int n = stages.size();
        ImmutableList.Builder<Step> steps = ImmutableList.builder();
        long reached = inFunnel;
        for (int s = 0; s < n; s++) {
            steps.add(new Step(stages.id(s), visited[s], reached, furthestCount[s]));
            reached -= furthestCount[s];
        }
        return new Funnel(steps.build(), inFunnel);
    }

    /** Returns a table: stage, visited, reached (share of the first stage), dropped off. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("funnel of " + journeys + " journeys");
        for (Step step : steps) {
            text.append(String.format(java.util.Locale.ROOT, "%n  %-18s visited %6d  reached %6d (%5.1f%%)  dropped %6d",
                    step.stage(), step.visited(), step.reached(), 100 * step.conversionFrom(steps.get(0)),
                    step.droppedOff()));
        }
        return text.toString();
    }
}
