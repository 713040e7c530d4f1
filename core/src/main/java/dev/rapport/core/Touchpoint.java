package dev.rapport.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/**
 * A point where a customer meets the service: a web page, a phone line, a desk in a store, a thank-you note.
 * <p>
 * A touchpoint belongs to one journey {@link Stage} and is reached through one {@link Channel}, served either
 * by a person or by self-service ({@link Mode}), and started by the customer or proactively by the company
 * ({@link Initiator}). The team that owns it and a description are optional.
 * <pre>{@code
 * Touchpoint faq = Touchpoint.of("faq", Channel.WEB, Stage.SUPPORT).withMode(Mode.AUTOMATED);
 * Touchpoint call = Touchpoint.builder("follow-up-call", Channel.PHONE, Stage.SUPPORT)
 *         .initiator(Initiator.COMPANY).owner("care-team").build();
 * }</pre>
 * This type is immutable and thread-safe.
 *
 * @param id  the identifier, unique within a journey map, lower-case kebab-case, not null
 * @param name  the name people read, not blank
 * @param channel  the channel through which the customer reaches it, not null
 * @param stage  the journey stage it belongs to, not null
 * @param mode  whether a person or self-service serves the customer, not null
 * @param initiator  who starts the contact, not null
 * @param owner  the team or person responsible, if known, not null
 * @param description  what happens here, if written, not null
 */
public record Touchpoint(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String name,
        @JsonProperty(required = true) Channel channel,
        @JsonProperty(required = true) Stage stage,
        Mode mode,
        Initiator initiator,
        Optional<String> owner,
        Optional<String> description) {

    public Touchpoint {
        Ids.kebab(id, "touchpoint", "id");
        checkNotNull(name, "name");
        checkArgument(!name.isBlank(), "touchpoint '%s' must have a non-blank name", id);
        checkNotNull(channel, "channel");
        checkNotNull(stage, "stage");
        mode = mode == null ? Mode.HUMAN : mode;
        initiator = initiator == null ? Initiator.CUSTOMER : initiator;
        owner = owner == null ? Optional.empty() : owner;
        description = description == null ? Optional.empty() : description;
    }

    //-----------------------------------------------------------------------
    /**
     * Obtains a touchpoint served by a person at the customer's initiative, named after its id.
     *
     * @param id  the identifier, lower-case kebab-case, not null
     * @param channel  the channel, not null
     * @param stage  the journey stage, not null
     * @return the touchpoint, never null
     * @throws IllegalArgumentException if the id is not lower-case kebab-case
     */
    public static Touchpoint of(String id, Channel channel, Stage stage) {
        return new Touchpoint(id, Ids.toName(Ids.kebab(id, "touchpoint", "id")), channel, stage,
                Mode.HUMAN, Initiator.CUSTOMER, Optional.empty(), Optional.empty());
    }

    /**
     * Starts a builder for a touchpoint with every optional part.
     *
     * @param id  the identifier, lower-case kebab-case, not null
     * @param channel  the channel, not null
     * @param stage  the journey stage, not null
     * @return a new builder, never null
     */
    public static Builder builder(String id, Channel channel, Stage stage) {
        return new Builder(of(id, channel, stage));
    }

    /** Returns a copy with the given display name. */
    public Touchpoint withName(String name) {
        return new Touchpoint(id, name, channel, stage, mode, initiator, owner, description);
    }

    /** Returns a copy served in the given mode. */
    public Touchpoint withMode(Mode mode) {
        return new Touchpoint(id, name, channel, stage, checkNotNull(mode, "mode"), initiator, owner, description);
    }

    /** Returns a copy started by the given party. */
    public Touchpoint withInitiator(Initiator initiator) {
        return new Touchpoint(id, name, channel, stage, mode, checkNotNull(initiator, "initiator"), owner,
                description);
    }

    /** Whether self-service or a machine serves the customer here. */
    public boolean isAutomated() {
        return mode == Mode.AUTOMATED;
    }

    /** Whether the company starts contacts here, proactively. */
    public boolean isProactive() {
        return initiator == Initiator.COMPANY;
    }

    /** Returns e.g. {@code faq (web, AUTOMATED, SUPPORT)}. */
    @Override
    public String toString() {
        return id + " (" + channel + ", " + mode + ", " + stage
                + (initiator == Initiator.COMPANY ? ", proactive" : "")
                + owner.map(o -> ", owner " + o).orElse("") + ")";
    }

    //-----------------------------------------------------------------------
    /**
     * Builds a {@link Touchpoint} step by step. Mutable, for use from a single thread; {@link #build()} may be
     * called more than once.
     */
    public static final class Builder {
        private Touchpoint value;

        private Builder(Touchpoint start) {
            this.value = start;
        }

        /** Sets the name people read. */
        public Builder name(String name) {
            value = value.withName(name);
            return this;
        }

        /** Sets who serves the customer. */
        public Builder mode(Mode mode) {
            value = value.withMode(mode);
            return this;
        }

        /** Sets who starts the contact. */
        public Builder initiator(Initiator initiator) {
            value = value.withInitiator(initiator);
            return this;
        }

        /** Sets the team or person responsible. */
        public Builder owner(String owner) {
            value = new Touchpoint(value.id, value.name, value.channel, value.stage, value.mode, value.initiator,
                    Optional.of(checkNotNull(owner, "owner")), value.description);
            return this;
        }

        /** Sets what happens here. */
        public Builder description(String description) {
            value = new Touchpoint(value.id, value.name, value.channel, value.stage, value.mode, value.initiator,
                    value.owner, Optional.of(checkNotNull(description, "description")));
            return this;
        }

        /** Returns the touchpoint, checked by {@link Models#validate}. */
        public Touchpoint build() {
            return Models.validate(value);
        }
    }
}
