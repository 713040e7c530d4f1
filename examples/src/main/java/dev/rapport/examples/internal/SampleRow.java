package dev.rapport.examples.internal;

import dev.rapport.core.Channel;
import dev.rapport.core.Interaction;
import dev.rapport.core.Outcome;
import dev.rapport.core.ServiceDimension;
import dev.rapport.core.SurveyScores;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * One generated interaction as primitives, reused from row to row so that writing millions of rows allocates
 * nothing per row. Mutable, for use from a single thread.
 */
public final class SampleRow {

    /** The dimensions rated in the sample surveys, in the order of their CSV columns. */
    public static final List<ServiceDimension> RATED = ServiceDimension.builtIn();

    static final int NOT_ANSWERED = -1;
    /** The value of {@link #waitSeconds} or {@link #handleSeconds} when the system records none (empty cell). */
    static final int UNKNOWN = -1;

    long sequence;
    long customer;
    long caseNumber;
    long epochSecond;
    int order;
    RetailTouchpoint touchpoint;
    int waitSeconds;
    int handleSeconds;
    Outcome outcome;
    String agent;
    double agentSkill;
    RetailSegment segment;
    /** The contact reason of the row's case, or null without a case. */
    String reason;
    int nps = NOT_ANSWERED;
    int csat = NOT_ANSWERED;
    int ces = NOT_ANSWERED;
    final int[] ratings = new int[RATED.size()];

    /** The wait where known, else 0: for scheduling what follows, never written out. */
    int knownWait() {
        return Math.max(0, waitSeconds);
    }

    /** The handling time where known, else 0: for scheduling what follows, never written out. */
    int knownHandle() {
        return Math.max(0, handleSeconds);
    }

    void clearSurvey() {
        nps = NOT_ANSWERED;
        csat = NOT_ANSWERED;
        ces = NOT_ANSWERED;
        java.util.Arrays.fill(ratings, NOT_ANSWERED);
    }

    boolean isSurveyed() {
        if (nps != NOT_ANSWERED || csat != NOT_ANSWERED || ces != NOT_ANSWERED) {
            return true;
        }
        for (int rating : ratings) {
            if (rating != NOT_ANSWERED) {
                return true;
            }
        }
        return false;
    }

    /** The interaction this row describes. */
    public Interaction toInteraction() {
        Channel channel = touchpoint.channel();
        Interaction.Builder builder = Interaction.builder("i-" + sequence, "c-" + customer,
                Instant.ofEpochSecond(epochSecond), touchpoint.id(), channel)
                .stage(touchpoint.stage())
                .mode(touchpoint.mode())
                .initiator(touchpoint.initiator())
                .outcome(outcome)
                .segment(segment.id());
        if (waitSeconds != UNKNOWN) {
            builder.waitSeconds(waitSeconds);
        }
        if (handleSeconds != UNKNOWN) {
            builder.handleSeconds(handleSeconds);
        }
        if (caseNumber != 0) {
            builder.caseId("case-" + caseNumber);
        }
        if (agent != null) {
            builder.agent(agent);
        }
        if (reason != null) {
            builder.reason(reason);
        }
        if (isSurveyed()) {
            TreeMap<String, Integer> answered = new TreeMap<>();
            for (int i = 0; i < ratings.length; i++) {
                if (ratings[i] != NOT_ANSWERED) {
                    answered.put(RATED.get(i).id(), ratings[i]);
                }
            }
            builder.survey(new SurveyScores(optional(nps), optional(csat), optional(ces), answered));
        }
        return builder.build();
    }

    private static OptionalInt optional(int answer) {
        return answer == NOT_ANSWERED ? OptionalInt.empty() : OptionalInt.of(answer);
    }
}
