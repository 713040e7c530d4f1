package dev.rapport.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One contact of a customer at a touchpoint: a call, a chat, a visit, an e-mail thread, a proactive
 * follow-up. It records who (customer, optionally the case, agent and segment), when, where (touchpoint,
 * stage, channel, mode), how long the customer waited and was handled, how it ended, and any survey answers.
 * <p>
 * The wait and the handling time are optional: a system that did not record one (an abandoned call has no
 * handling time, a web visit no wait; an export with an empty cell) leaves it unknown, and every metric over it
 * counts only the contacts where it is known. Unknown is never zero.
 * <p>
 * Interactions arrive by the million, so their checks are cheap and immediate: ids not blank, times finite
 * and not negative. Field names match the canonical CSV header ({@code interaction_id, customer_id, case_id,
 * timestamp, touchpoint, stage, channel, mode, wait_seconds, handle_seconds, outcome, agent, segment, tier}).
 * <pre>{@code
 * Interaction call = Interaction.builder("i-1", "cust-7", Instant.parse("2026-01-05T09:30:00Z"), "phone-support",
 *         Channel.PHONE).caseId("case-3").waitSeconds(95).handleSeconds(240).outcome(Outcome.TRANSFERRED).build();
 * }</pre>
 * This type is immutable and thread-safe.
 *
 * @param interactionId  the identifier of this contact, not blank
 * @param customerId  the customer's identifier, not blank
 * @param caseId  the case (ticket, issue) the contact belongs to, if any, not null
 * @param timestamp  when the contact started, not null
 * @param touchpoint  the touchpoint's id, not blank
 * @param stage  the journey stage's id, if recorded, not null
 * @param channel  the channel, not null
 * @param mode  whether a person or self-service served the customer, not null
 * @param initiator  who started the contact, not null
 * @param waitSeconds  the time the customer waited before being served, in seconds, between 0 and
 *     {@link #MAX_SECONDS}, empty if unknown, not null
 * @param handleSeconds  the time spent serving the customer, in seconds, between 0 and {@link #MAX_SECONDS},
 *     empty if unknown, not null
 * @param outcome  how the contact ended, not null
 * @param agent  the agent who served, if a person did, not null
 * @param segment  the customer's segment or persona id, if known, not null
 * @param reason  the contact reason, if recorded (used to recognise repeat contacts without a case), not null
 * @param survey  survey answers, {@link SurveyScores#none()} if not surveyed, not null
 * @param tier  the support tier or team that held the case at this contact (a help desk's assignment group,
 *     {@code L1}, {@code 2nd line}), if recorded, not null; the tiered-support metrics read it
 */
public record Interaction(
        @JsonProperty(required = true) String interactionId,
        @JsonProperty(required = true) String customerId,
        Optional<String> caseId,
        @JsonProperty(required = true) Instant timestamp,
        @JsonProperty(required = true) String touchpoint,
        Optional<String> stage,
        @JsonProperty(required = true) Channel channel,
        Mode mode,
        Initiator initiator,
        OptionalDouble waitSeconds,
        OptionalDouble handleSeconds,
        @JsonProperty(required = true) Outcome outcome,
        Optional<String> agent,
        Optional<String> segment,
        Optional<String> reason,
        SurveyScores survey,
        Optional<String> tier) {

    /**
     * The longest wait or handling time accepted, 2,147,483.647 s (about 24.9 days): {@code Integer.MAX_VALUE}
     * whole milliseconds, what the columns hold. One rule for every reader and for the builder, so that whatever
     * is accepted every later stage (columns, metrics, the command line) can compute.
     */
    public static final double MAX_SECONDS = Integer.MAX_VALUE / 1000.0;

    public Interaction {
        checkId(interactionId, "interactionId");
        checkId(customerId, "customerId");
        caseId = orEmpty(caseId);
        checkNotNull(timestamp, "timestamp");
        if (timestamp.isBefore(EARLIEST) || timestamp.isAfter(LATEST)) {
            throw new IllegalArgumentException("interaction '" + interactionId
                    + "' must have a timestamp that epoch milliseconds can hold, was " + timestamp);
        }
        checkId(touchpoint, "touchpoint");
        stage = orEmpty(stage);
        checkNotNull(channel, "channel");
        mode = mode == null ? Mode.HUMAN : mode;
        initiator = initiator == null ? Initiator.CUSTOMER : initiator;
        waitSeconds = checkSeconds(waitSeconds, interactionId, "a wait");
        handleSeconds = checkSeconds(handleSeconds, interactionId, "a handling time");
        checkNotNull(outcome, "outcome");
        agent = orEmpty(agent);
        segment = orEmpty(segment);
        reason = orEmpty(reason);
        survey = survey == null ? SurveyScores.none() : survey;
        tier = orEmpty(tier);
    }

    /** An interaction without a tier: the components before {@code tier} was added, in their order. */
    public Interaction(String interactionId, String customerId, Optional<String> caseId, Instant timestamp,
            String touchpoint, Optional<String> stage, Channel channel, Mode mode, Initiator initiator,
            OptionalDouble waitSeconds, OptionalDouble handleSeconds, Outcome outcome, Optional<String> agent,
            Optional<String> segment, Optional<String> reason, SurveyScores survey) {
        this(interactionId, customerId, caseId, timestamp, touchpoint, stage, channel, mode, initiator, waitSeconds,
                handleSeconds, outcome, agent, segment, reason, survey, Optional.empty());
    }

    /** The earliest and latest timestamps accepted: what epoch milliseconds hold, as the columns store them. */
    private static final Instant EARLIEST = Instant.ofEpochMilli(Long.MIN_VALUE);
    private static final Instant LATEST = Instant.ofEpochMilli(Long.MAX_VALUE);

    /** Plain ifs rather than checkArgument: its varargs would box the double on every one of millions of rows. */
    private static OptionalDouble checkSeconds(OptionalDouble seconds, String interactionId, String what) {
        if (seconds == null || seconds.isEmpty()) {
            return OptionalDouble.empty();
        }
        double value = seconds.getAsDouble();
        if (!(value >= 0 && value <= MAX_SECONDS)) {
            throw new IllegalArgumentException("interaction '" + interactionId + "' must have " + what
                    + " between 0 and 2147483.647 seconds, was " + value);
        }
        return seconds;
    }

    private static void checkId(String id, String name) {
        checkNotNull(id, name);
        checkArgument(!id.isBlank(), "%s must not be blank", name);
    }

    private static Optional<String> orEmpty(Optional<String> value) {
        return value == null ? Optional.empty() : value.filter(v -> !v.isBlank());
    }

    //-----------------------------------------------------------------------
    /**
     * Starts a builder with the required parts; the outcome must be set before {@link Builder#build()}.
     *
     * @param interactionId  the identifier of this contact, not blank
     * @param customerId  the customer's identifier, not blank
     * @param timestamp  when the contact started, not null
     * @param touchpoint  the touchpoint's id, not blank
     * @param channel  the channel, not null
     * @return a new builder, never null
     */
    public static Builder builder(String interactionId, String customerId, Instant timestamp, String touchpoint,
            Channel channel) {
        return new Builder(interactionId, customerId, timestamp, touchpoint, channel);
    }

    /** The wait as a duration, rounded to the nanosecond; empty if unknown. */
    public Optional<Duration> waitTime() {
        return duration(waitSeconds);
    }

    /** The handling time as a duration, rounded to the nanosecond; empty if unknown. */
    public Optional<Duration> handleTime() {
        return duration(handleSeconds);
    }

    /**
     * When the contact ended as far as is known: its start plus the known wait and handling time. An unknown part
     * adds nothing, so the end is then the earliest it can have been.
     */
    public Instant knownEnd() {
        return timestamp.plusNanos(nanos(waitSeconds) + nanos(handleSeconds));
    }

    private static Optional<Duration> duration(OptionalDouble seconds) {
        return seconds.isEmpty() ? Optional.empty() : Optional.of(Duration.ofNanos(nanos(seconds)));
    }

    private static long nanos(OptionalDouble seconds) {
        return seconds.isEmpty() ? 0 : Math.round(seconds.getAsDouble() * 1e9);
    }

    /** Whether this contact was started by the company. */
    public boolean isProactive() {
        return initiator == Initiator.COMPANY;
    }

    /**
     * Returns e.g. {@code i-1 2026-01-05T09:30:00Z cust-7 @ phone-support (phone) TRANSFERRED wait 95s}, with
     * {@code wait ?} when the wait is unknown.
     */
    @Override
    public String toString() {
        return interactionId + " " + timestamp + " " + customerId + caseId.map(c -> "/" + c).orElse("") + " @ "
                + touchpoint + " (" + channel + ") " + outcome + " wait "
                + (waitSeconds.isEmpty() ? "?" : Scale.format(waitSeconds.getAsDouble()) + "s")
                + (survey.isEmpty() ? "" : " [" + survey + "]");
    }

    //-----------------------------------------------------------------------
    /** Builds an {@link Interaction}. Mutable, for use from a single thread; {@link #build()} may be repeated. */
    public static final class Builder {
        private final String interactionId;
        private final String customerId;
        private final Instant timestamp;
        private final String touchpoint;
        private final Channel channel;
        private Optional<String> caseId = Optional.empty();
        private Optional<String> stage = Optional.empty();
        private Mode mode = Mode.HUMAN;
        private Initiator initiator = Initiator.CUSTOMER;
        private OptionalDouble waitSeconds = OptionalDouble.empty();
        private OptionalDouble handleSeconds = OptionalDouble.empty();
        private Outcome outcome;
        private Optional<String> agent = Optional.empty();
        private Optional<String> segment = Optional.empty();
        private Optional<String> reason = Optional.empty();
        private SurveyScores survey = SurveyScores.none();
        private Optional<String> tier = Optional.empty();

        private Builder(String interactionId, String customerId, Instant timestamp, String touchpoint,
                Channel channel) {
            this.interactionId = interactionId;
            this.customerId = customerId;
            this.timestamp = timestamp;
            this.touchpoint = touchpoint;
            this.channel = channel;
        }

        /** Sets the case. */
        public Builder caseId(String caseId) {
            this.caseId = Optional.of(checkNotNull(caseId, "caseId"));
            return this;
        }

        /** Sets the journey stage's id. */
        public Builder stage(String stage) {
            this.stage = Optional.of(checkNotNull(stage, "stage"));
            return this;
        }

        /** Sets the journey stage. */
        public Builder stage(Stage stage) {
            return stage(checkNotNull(stage, "stage").id());
        }

        /** Sets who served the customer. */
        public Builder mode(Mode mode) {
            this.mode = checkNotNull(mode, "mode");
            return this;
        }

        /** Sets who started the contact. */
        public Builder initiator(Initiator initiator) {
            this.initiator = checkNotNull(initiator, "initiator");
            return this;
        }

        /** Sets the wait in seconds; without it the wait is unknown. */
        public Builder waitSeconds(double seconds) {
            this.waitSeconds = OptionalDouble.of(seconds);
            return this;
        }

        /** Sets the handling time in seconds; without it the handling time is unknown. */
        public Builder handleSeconds(double seconds) {
            this.handleSeconds = OptionalDouble.of(seconds);
            return this;
        }

        /** Sets how the contact ended. */
        public Builder outcome(Outcome outcome) {
            this.outcome = checkNotNull(outcome, "outcome");
            return this;
        }

        /** Sets the agent. */
        public Builder agent(String agent) {
            this.agent = Optional.of(checkNotNull(agent, "agent"));
            return this;
        }

        /** Sets the customer's segment. */
        public Builder segment(String segment) {
            this.segment = Optional.of(checkNotNull(segment, "segment"));
            return this;
        }

        /** Sets the contact reason. */
        public Builder reason(String reason) {
            this.reason = Optional.of(checkNotNull(reason, "reason"));
            return this;
        }

        /** Sets the survey answers. */
        public Builder survey(SurveyScores survey) {
            this.survey = checkNotNull(survey, "survey");
            return this;
        }

        /** Sets the support tier or team that held the case at this contact. */
        public Builder tier(String tier) {
            this.tier = Optional.of(checkNotNull(tier, "tier"));
            return this;
        }

        /**
         * Returns the interaction.
         *
         * @throws IllegalStateException if no outcome was set
         * @throws IllegalArgumentException if a value is out of range
         */
        public Interaction build() {
            checkState(outcome != null, "interaction '%s' has no outcome", interactionId);
            return new Interaction(interactionId, customerId, caseId, timestamp, touchpoint, stage, channel, mode,
                    initiator, waitSeconds, handleSeconds, outcome, agent, segment, reason, survey, tier);
        }
    }
}
