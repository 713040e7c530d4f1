package dev.rapport.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.List;

/**
 * A phase of a journey, with its place in the order of phases: awareness comes before purchase, greeting
 * before identifying needs. Stages sort by {@code order}, then by id.
 * <p>
 * Two standard sets are built in: the customer {@link #LIFECYCLE} (awareness, consideration, purchase,
 * onboarding and use, support, loyalty and advocacy) and the {@link #SERVICE_ENCOUNTER} (greet, build rapport,
 * identify needs, offer solutions, thank: service is the cause, satisfaction the effect). Any other set is
 * made with {@link #of(String, String, int)}.
 * <pre>{@code
 * Stage renewal = Stage.of("renewal", "Renewal", 7);
 * }</pre>
 * In JSON a stage is {@code {"id": "support", "name": "Support", "order": 5}}; a built-in stage may also be
 * written as its id alone, {@code "support"}. This type is immutable and thread-safe.
 *
 * @param id  the identifier, lower-case kebab-case, not null
 * @param name  the name people read, not blank
 * @param order  the position in the journey, smaller first, not negative
 */
public record Stage(String id, String name, int order) implements Comparable<Stage> {

    /** Lifecycle 1: the customer learns that the company exists. */
    public static final Stage AWARENESS = new Stage("awareness", "Awareness", 1);
    /** Lifecycle 2: the customer compares offers and asks questions. */
    public static final Stage CONSIDERATION = new Stage("consideration", "Consideration", 2);
    /** Lifecycle 3: the customer buys. */
    public static final Stage PURCHASE = new Stage("purchase", "Purchase", 3);
    /** Lifecycle 4: the customer receives, sets up and uses the product or service. */
    public static final Stage ONBOARDING = new Stage("onboarding", "Onboarding and use", 4);
    /** Lifecycle 5: the customer needs help, asks, complains. */
    public static final Stage SUPPORT = new Stage("support", "Support", 5);
    /** Lifecycle 6: the customer comes back, renews, refers others. */
    public static final Stage LOYALTY = new Stage("loyalty", "Loyalty and advocacy", 6);

    /** Encounter 1: a warm welcome. */
    public static final Stage GREET = new Stage("greet", "Greet", 1);
    /** Encounter 2: making a connection with the customer. */
    public static final Stage BUILD_RAPPORT = new Stage("build-rapport", "Build rapport", 2);
    /** Encounter 3: listening and asking to learn what the customer needs. */
    public static final Stage IDENTIFY_NEEDS = new Stage("identify-needs", "Identify needs", 3);
    /** Encounter 4: proposing what meets the need. */
    public static final Stage OFFER_SOLUTIONS = new Stage("offer-solutions", "Offer solutions", 4);
    /** Encounter 5: thanking the customer and inviting them back. */
    public static final Stage THANK = new Stage("thank", "Thank", 5);

    /** The customer lifecycle, in order: awareness to loyalty and advocacy. */
    public static final List<Stage> LIFECYCLE =
            ImmutableList.of(AWARENESS, CONSIDERATION, PURCHASE, ONBOARDING, SUPPORT, LOYALTY);

    /** The steps of one service encounter, in order: greet to thank. */
    public static final List<Stage> SERVICE_ENCOUNTER =
            ImmutableList.of(GREET, BUILD_RAPPORT, IDENTIFY_NEEDS, OFFER_SOLUTIONS, THANK);

    private static final Comparator<Stage> ORDER =
            Comparator.comparingInt(Stage::order).thenComparing(Stage::id);

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public Stage(@JsonProperty(value = "id", required = true) String id,
            @JsonProperty(value = "name", required = true) String name,
            @JsonProperty(value = "order", required = true) int order) {
        Ids.kebab(id, "stage", "id");
        checkNotNull(name, "name");
        checkArgument(!name.isBlank(), "stage '%s' must have a non-blank name", id);
        checkArgument(order >= 0, "stage '%s' must have an order of at least 0, was %s", id, order);
        this.id = id;
        this.name = name;
        this.order = order;
    }

    //-----------------------------------------------------------------------
    /**
     * Obtains a stage.
     *
     * @param id  the identifier, lower-case kebab-case, not null
     * @param name  the name people read, not blank
     * @param order  the position in the journey, smaller first, not negative
     * @return the stage, never null
     * @throws IllegalArgumentException if the id is not kebab-case, the name blank or the order negative
     */
    public static Stage of(String id, String name, int order) {
        return new Stage(id, name, order);
    }

    /**
     * Returns the built-in stage with the given id, from the lifecycle or the service encounter.
     * This is also how JSON reads a stage written as a bare id.
     *
     * @param id  the id of a built-in stage, not null
     * @return the stage, never null
     * @throws IllegalArgumentException naming the built-in ids if there is no such stage
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Stage builtIn(String id) {
        checkNotNull(id, "id");
        for (List<Stage> set : List.of(LIFECYCLE, SERVICE_ENCOUNTER)) {
            for (Stage stage : set) {
                if (stage.id.equals(id)) {
                    return stage;
                }
            }
        }
        throw new IllegalArgumentException("'" + id + "' is not a built-in stage (awareness, consideration, "
                + "purchase, onboarding, support, loyalty, greet, build-rapport, identify-needs, offer-solutions, "
                + "thank); write a custom stage as an object with id, name and order");
    }

    /** Returns a copy at another position. */
    public Stage withOrder(int order) {
        return new Stage(id, name, order);
    }

    /** Compares by order, then by id. */
    @Override
    public int compareTo(Stage other) {
        return ORDER.compare(this, other);
    }

    /** Returns e.g. {@code SUPPORT}: the id in upper case, as a heading. */
    @Override
    public String toString() {
        return id.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    }
}
