package dev.rapport.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Who travels a journey: a persona ("busy parent", "small-business owner") or a customer segment that
 * interactions are tagged with. A journey map is drawn for one persona; interactions carry a segment id
 * that matches a persona's id.
 * <pre>{@code
 * Persona parent = Persona.of("busy-parent").withGoals("order in under five minutes", "no surprises");
 * }</pre>
 * This type is immutable and thread-safe.
 *
 * @param id  the identifier, lower-case kebab-case, also used as the segment of interactions, not null
 * @param name  the name people read, not blank
 * @param description  who they are, may be empty, not null
 * @param goals  what they want from the service, in their words, not null
 */
public record Persona(@JsonProperty(required = true) String id, @JsonProperty(required = true) String name,
        String description, List<String> goals) {

    public Persona {
        Ids.kebab(id, "persona", "id");
        checkNotNull(name, "name");
        checkArgument(!name.isBlank(), "persona '%s' must have a non-blank name", id);
        description = description == null ? "" : description;
        goals = goals == null ? ImmutableList.of() : ImmutableList.copyOf(goals);
    }

    /**
     * Obtains a persona named after its id, with no description or goals.
     *
     * @param id  the identifier, lower-case kebab-case, not null
     * @return the persona, never null
     */
    public static Persona of(String id) {
        return new Persona(id, Ids.toName(Ids.kebab(id, "persona", "id")), "", List.of());
    }

    /** Returns a copy with the given display name. */
    public Persona withName(String name) {
        return new Persona(id, name, description, goals);
    }

    /** Returns a copy with the given description. */
    public Persona withDescription(String description) {
        return new Persona(id, name, checkNotNull(description, "description"), goals);
    }

    /** Returns a copy with these goals in place of the current ones. */
    public Persona withGoals(String... goals) {
        return new Persona(id, name, description, ImmutableList.copyOf(goals));
    }

    /** Returns e.g. {@code Busy parent (busy-parent): order in under five minutes; no surprises}. */
    @Override
    public String toString() {
        return name + " (" + id + ")" + (goals.isEmpty() ? "" : ": " + String.join("; ", goals));
    }
}
