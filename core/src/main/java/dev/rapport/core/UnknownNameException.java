package dev.rapport.core;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Collection;
import java.util.Set;

/**
 * A name that no registry knows: a scoring strategy, a metric, a channel in a strict document. The message
 * lists the names that are known, so that a typo is easy to spot.
 * <pre>{@code
 * catch (UnknownNameException e) { System.err.println(e.name() + " is not one of " + e.knownNames()); }
 * }</pre>
 */
public class UnknownNameException extends RapportException {

    private static final long serialVersionUID = 1L;

    private final String kind;
    private final String name;
    private final ImmutableSortedSet<String> knownNames;

    /**
     * Creates an exception for an unknown name.
     *
     * @param kind  what kind of thing was looked up, e.g. "scoring strategy", not null
     * @param name  the name that was not found, not null
     * @param knownNames  the names that are registered, not null
     */
    public UnknownNameException(String kind, String name, Collection<String> knownNames) {
        super("unknown " + checkNotNull(kind, "kind") + " '" + checkNotNull(name, "name") + "'; known: "
                + String.join(", ", ImmutableSortedSet.copyOf(checkNotNull(knownNames, "knownNames"))));
        this.kind = kind;
        this.name = name;
        this.knownNames = ImmutableSortedSet.copyOf(knownNames);
    }

    /** What kind of thing was looked up. */
    public String kind() {
        return kind;
    }

    /** The name that was not found. */
    public String name() {
        return name;
    }

    /** The registered names, sorted. */
    public Set<String> knownNames() {
        return knownNames;
    }
}
