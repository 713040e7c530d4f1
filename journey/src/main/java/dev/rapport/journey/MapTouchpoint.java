package dev.rapport.journey;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.rapport.core.Channel;
import dev.rapport.core.Expectation;
import dev.rapport.core.Ids;
import dev.rapport.core.Mode;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;

/**
 * A touchpoint as designed in a {@link JourneyMap}: where it sits (stage, channel, human or automated),
 * what the customer wants there (goal, expectations per service dimension or metric id), how it feels
 * (emotion from {@value #MIN_EMOTION}, very negative, to {@value #MAX_EMOTION}, very positive; 0 is neutral),
 * and the service-blueprint detail: moments of truth, pain points, opportunities, frontstage steps (what the
 * customer sees) and backstage steps (what supports them).
 * <p>
 * {@code entry} and {@code exit} mark touchpoints where a journey may start or end besides those the map's
 * paths imply (no incoming, respectively no outgoing, expected path).
 * <pre>{@code
 * JourneyMap.builder("support", Persona.of("busy-parent"))
 *     .touchpoint("faq", Channel.WEB, Stage.SUPPORT, t -> t.automated().emotion(-1).painPoint("hard to find"))
 * }</pre>
 * This type is immutable and thread-safe.
 */
public record MapTouchpoint(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String name,
        @JsonProperty(required = true) String stage,
        @JsonProperty(required = true) Channel channel,
        Mode mode,
        String goal,
        int emotion,
        boolean momentOfTruth,
        boolean entry,
        boolean exit,
        List<String> painPoints,
        List<String> opportunities,
        List<String> frontstage,
        List<String> backstage,
        Map<String, @Valid Expectation> expectations) {

    /** The most negative emotion level: the customer is very unhappy here. */
    public static final int MIN_EMOTION = -2;
    /** The most positive emotion level: the customer is delighted here. */
    public static final int MAX_EMOTION = 2;

    public MapTouchpoint {
        Ids.kebab(id, "touchpoint", "id");
        checkNotNull(name, "name");
        checkNotNull(stage, "stage");
        checkNotNull(channel, "channel");
        mode = mode == null ? Mode.HUMAN : mode;
        goal = goal == null ? "" : goal;
        painPoints = painPoints == null ? ImmutableList.of() : ImmutableList.copyOf(painPoints);
        opportunities = opportunities == null ? ImmutableList.of() : ImmutableList.copyOf(opportunities);
        frontstage = frontstage == null ? ImmutableList.of() : ImmutableList.copyOf(frontstage);
        backstage = backstage == null ? ImmutableList.of() : ImmutableList.copyOf(backstage);
        expectations = expectations == null ? ImmutableMap.of() : ImmutableMap.copyOf(expectations);
    }

    /** Whether a machine or self-service serves the customer here. */
    @JsonIgnore
    public boolean isAutomated() {
        return mode == Mode.AUTOMATED;
    }

    /** Whether the map lists at least one pain point here. */
    @JsonIgnore
    public boolean hasPainPoints() {
        return !painPoints.isEmpty();
    }

    /** Returns e.g. {@code faq (web, AUTOMATED, support, emotion -1)}. */
    @Override
    public String toString() {
        return id + " (" + channel + ", " + mode + ", " + stage + ", emotion " + emotion
                + (momentOfTruth ? ", moment of truth" : "") + ")";
    }

    //-----------------------------------------------------------------------
    /**
     * Fills in a touchpoint's optional parts; used through {@link JourneyMap.Builder#touchpoint}.
     * This type is mutable and for use by one thread.
     */
    public static final class Builder {
        private final String id;
        private final String stage;
        private final Channel channel;
        private String name;
        private Mode mode = Mode.HUMAN;
        private String goal = "";
        private int emotion;
        private boolean momentOfTruth;
        private boolean entry;
        private boolean exit;
        private final ImmutableList.Builder<String> painPoints = ImmutableList.builder();
        private final ImmutableList.Builder<String> opportunities = ImmutableList.builder();
        private final ImmutableList.Builder<String> frontstage = ImmutableList.builder();
        private final ImmutableList.Builder<String> backstage = ImmutableList.builder();
        private final ImmutableMap.Builder<String, Expectation> expectations = ImmutableMap.builder();

        Builder(String id, Channel channel, String stage) {
            this.id = Ids.kebab(id, "touchpoint", "id");
            this.channel = checkNotNull(channel, "channel");
            this.stage = checkNotNull(stage, "stage");
            this.name = Ids.toName(id);
        }

        public Builder name(String name) {
            this.name = checkNotNull(name, "name");
            return this;
        }

        public Builder mode(Mode mode) {
            this.mode = checkNotNull(mode, "mode");
            return this;
        }

        /** Served by self-service or a machine. */
        public Builder automated() {
            return mode(Mode.AUTOMATED);
        }

        public Builder goal(String goal) {
            this.goal = checkNotNull(goal, "goal");
            return this;
        }

        /** The customer's feeling here, from -2 (very negative) to +2 (very positive). */
        public Builder emotion(int emotion) {
            this.emotion = emotion;
            return this;
        }

        public Builder momentOfTruth() {
            this.momentOfTruth = true;
            return this;
        }

        /** A journey may start here even if an expected path leads here. */
        public Builder entry() {
            this.entry = true;
            return this;
        }

        /** A journey may end here even if an expected path leads on. */
        public Builder exit() {
            this.exit = true;
            return this;
        }

        public Builder painPoint(String painPoint) {
            painPoints.add(painPoint);
            return this;
        }

        public Builder opportunity(String opportunity) {
            opportunities.add(opportunity);
            return this;
        }

        public Builder frontstage(String step) {
            frontstage.add(step);
            return this;
        }

        public Builder backstage(String step) {
            backstage.add(step);
            return this;
        }

        /** What the customer expects here on a service dimension or metric, by its id. */
        public Builder expects(String dimensionOrMetric, Expectation expectation) {
            expectations.put(checkNotNull(dimensionOrMetric, "dimensionOrMetric"),
                    checkNotNull(expectation, "expectation"));
            return this;
        }

        MapTouchpoint build() {
            return new MapTouchpoint(id, name, stage, channel, mode, goal, emotion, momentOfTruth, entry, exit,
                    painPoints.build(), opportunities.build(), frontstage.build(), backstage.build(),
                    expectations.buildOrThrow());
        }
    }
}
