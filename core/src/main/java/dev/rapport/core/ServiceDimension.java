package dev.rapport.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Set;

/**
 * An aspect of service that customers judge: was it reliable, timely, personal? Six are built in; the
 * catalogue is open, so a company adds its own with {@link #of(String, String, Set)} (for example
 * {@code tangibles}, or {@code price-transparency}).
 * <p>
 * Each dimension says which SERVQUAL dimensions it relates to:
 * <table>
 * <caption>Built-in dimensions and SERVQUAL</caption>
 * <tr><th>dimension</th><th>SERVQUAL</th><th>why</th></tr>
 * <tr><td>reliability</td><td>reliability</td><td>doing what was promised, right the first time</td></tr>
 * <tr><td>timeliness</td><td>responsiveness</td><td>prompt attention, short waits, fast turnaround</td></tr>
 * <tr><td>personalization</td><td>empathy</td><td>individual attention, being known</td></tr>
 * <tr><td>approachability</td><td>assurance, empathy</td><td>courtesy, easy access, trust</td></tr>
 * <tr><td>flexibility</td><td>responsiveness, empathy</td><td>bending the process to the customer's need</td></tr>
 * <tr><td>above-and-beyond</td><td>(none)</td><td>service beyond the desired level: the delight zone, which
 * SERVQUAL's gap model measures as a positive MSS rather than as a dimension</td></tr>
 * </table>
 * No built-in dimension maps to tangibles.
 * <pre>{@code
 * ServiceDimension tangibles = ServiceDimension.of("tangibles", "Tangibles", Set.of(Servqual.TANGIBLES));
 * }</pre>
 * This type is immutable and thread-safe.
 *
 * @param id  the identifier, lower-case kebab-case, not null
 * @param name  the name people read, not blank
 * @param servqual  the SERVQUAL dimensions it relates to, possibly none, not null
 */
public record ServiceDimension(@JsonProperty(required = true) String id,
        @JsonProperty(required = true) String name, Set<Servqual> servqual) {

    /** Doing what was promised, dependably and accurately. */
    public static final ServiceDimension RELIABILITY =
            new ServiceDimension("reliability", "Reliability", Set.of(Servqual.RELIABILITY));
    /** Prompt attention: short waits, quick responses, fast turnaround. */
    public static final ServiceDimension TIMELINESS =
            new ServiceDimension("timeliness", "Timeliness", Set.of(Servqual.RESPONSIVENESS));
    /** Treating the customer as an individual. */
    public static final ServiceDimension PERSONALIZATION =
            new ServiceDimension("personalization", "Personalization", Set.of(Servqual.EMPATHY));
    /** Friendly, courteous, easy to reach and to talk to. */
    public static final ServiceDimension APPROACHABILITY = new ServiceDimension("approachability",
            "Approachability", Set.of(Servqual.ASSURANCE, Servqual.EMPATHY));
    /** Adapting the process to the customer's need. */
    public static final ServiceDimension FLEXIBILITY = new ServiceDimension("flexibility", "Flexibility",
            Set.of(Servqual.RESPONSIVENESS, Servqual.EMPATHY));
    /** Going above and beyond: the extra that turns satisfaction into delight. */
    public static final ServiceDimension ABOVE_AND_BEYOND =
            new ServiceDimension("above-and-beyond", "Going above and beyond", Set.of());

    private static final ImmutableList<ServiceDimension> BUILT_IN = ImmutableList.of(
            RELIABILITY, TIMELINESS, PERSONALIZATION, APPROACHABILITY, FLEXIBILITY, ABOVE_AND_BEYOND);

    public ServiceDimension {
        Ids.kebab(id, "service dimension", "id");
        checkNotNull(name, "name");
        checkArgument(!name.isBlank(), "service dimension '%s' must have a non-blank name", id);
        servqual = servqual == null ? ImmutableSet.of() : ImmutableSet.copyOf(servqual);
    }

    //-----------------------------------------------------------------------
    /**
     * Obtains a dimension of your own.
     *
     * @param id  the identifier, lower-case kebab-case, not null
     * @param name  the name people read, not blank
     * @param servqual  the SERVQUAL dimensions it relates to, not null
     * @return the dimension, never null
     */
    public static ServiceDimension of(String id, String name, Set<Servqual> servqual) {
        return new ServiceDimension(id, name, checkNotNull(servqual, "servqual"));
    }

    /**
     * Returns the built-in dimension with this id, or a new dimension named after the id that relates to no
     * SERVQUAL dimension.
     *
     * @param id  the identifier, lower-case kebab-case, not null
     * @return the dimension, never null
     */
    public static ServiceDimension of(String id) {
        for (ServiceDimension dimension : BUILT_IN) {
            if (dimension.id.equals(id)) {
                return dimension;
            }
        }
        return new ServiceDimension(id, Ids.toName(Ids.kebab(id, "service dimension", "id")), Set.of());
    }

    /** The six built-in dimensions, in the order of the table above. */
    public static List<ServiceDimension> builtIn() {
        return BUILT_IN;
    }

    /** Returns the id, e.g. {@code timeliness}. */
    @Override
    public String toString() {
        return id;
    }
}
