package dev.rapport.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a survey question asks about: one touchpoint, one service dimension, or the whole experience.
 * <pre>{@code
 * Subject.touchpoint("checkout")   Subject.dimension(ServiceDimension.TIMELINESS)   Subject.overall()
 * }</pre>
 * This type is immutable and thread-safe.
 *
 * @param kind  touchpoint, dimension or overall, not null
 * @param id  the touchpoint's or dimension's id, or {@code overall}, lower-case kebab-case, not null
 */
public record Subject(@JsonProperty(required = true) Kind kind, @JsonProperty(required = true) String id) {

    /** What kind of thing is asked about. */
    public enum Kind {
        /** One touchpoint. */
        TOUCHPOINT,
        /** One service dimension. */
        DIMENSION,
        /** The experience as a whole. */
        OVERALL
    }

    private static final Subject OVERALL = new Subject(Kind.OVERALL, "overall");

    public Subject {
        checkNotNull(kind, "kind");
        Ids.kebab(id, "subject", "id");
        checkArgument(kind != Kind.OVERALL || id.equals("overall"), "an overall subject has the id 'overall', was '%s'",
                id);
    }

    /** The experience as a whole. */
    public static Subject overall() {
        return OVERALL;
    }

    /** One touchpoint, by id. */
    public static Subject touchpoint(String id) {
        return new Subject(Kind.TOUCHPOINT, id);
    }

    /** One service dimension. */
    public static Subject dimension(ServiceDimension dimension) {
        return new Subject(Kind.DIMENSION, checkNotNull(dimension, "dimension").id());
    }

    /** Returns e.g. {@code touchpoint checkout}, or {@code overall}. */
    @Override
    public String toString() {
        return kind == Kind.OVERALL ? "overall" : kind.name().toLowerCase(java.util.Locale.ROOT) + " " + id;
    }
}
