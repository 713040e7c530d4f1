package dev.rapport.journey;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * How one actual journey compares with a {@link JourneyMap}.
 * <p>
 * Fitness is the share of the journey's moves that the map allows: a journey of {@code n} interactions makes
 * {@code n + 1} moves (entering at its first touchpoint, {@code n - 1} transitions, leaving at its last), and a
 * move is allowed when the first touchpoint is an entry point, a transition is an expected path, and the last
 * touchpoint is an exit point. So fitness = allowed moves / (n + 1), between 0 and 1; it is 1 exactly when the
 * journey walks the map's paths from an entry point to an exit point.
 *
 * @param key  the journey's customer or case id
 * @param unexpectedTransitions  consecutive pairs the map does not expect, in journey order, repeats included
 * @param unknownTouchpoints  touchpoints the map does not have, in first-seen order
 * @param skippedStages  ids of the map's stages between the journey's first and furthest stage that it never
 *     visited, in stage order
 * @param repeatContacts  visits to a touchpoint the journey had already visited (loops and repeat contacts)
 * @param startsAtEntry  whether the first touchpoint is an entry point
 * @param endsAtExit  whether the last touchpoint is an exit point
 * @param allowedMoves  the moves the map allows
 * @param moves  all moves, {@code n + 1}
 */
public record JourneyConformance(String key, List<Transition> unexpectedTransitions, List<String> unknownTouchpoints,
        List<String> skippedStages, int repeatContacts, boolean startsAtEntry, boolean endsAtExit, int allowedMoves,
        int moves) {

    public JourneyConformance {
        checkNotNull(key, "key");
        unexpectedTransitions = ImmutableList.copyOf(unexpectedTransitions);
        unknownTouchpoints = ImmutableList.copyOf(unknownTouchpoints);
        skippedStages = ImmutableList.copyOf(skippedStages);
    }

    /** Allowed moves / moves, in [0, 1]. */
    public double fitness() {
        return (double) allowedMoves / moves;
    }

    /** Whether the journey fits the map perfectly (fitness 1). */
    public boolean fits() {
        return allowedMoves == moves;
    }

    /** Returns e.g. {@code k1: fitness 0.8, 1 unexpected (faq -> survey), ends outside an exit}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(key + ": fitness " + String.format(java.util.Locale.ROOT, "%.2f",
                fitness()));
        if (!unexpectedTransitions.isEmpty()) {
            text.append(", unexpected ").append(unexpectedTransitions);
        }
        if (!skippedStages.isEmpty()) {
            text.append(", skipped ").append(skippedStages);
        }
        if (repeatContacts > 0) {
            text.append(", ").append(repeatContacts).append(" repeat contacts");
        }
        if (!startsAtEntry) {
            text.append(", starts outside an entry point");
        }
        if (!endsAtExit) {
            text.append(", ends outside an exit point");
        }
        return text.toString();
    }
}
