package dev.rapport.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.regex.Pattern;

/**
 * Identifiers in Rapport are lower-case kebab-case ({@code phone-support}, {@code above-and-beyond}); this class
 * checks and derives them, for Rapport's modules and for hosts that register their own names.
 * <pre>{@code
 * Ids.kebab("Build Rapport", "stage", "id")   // IllegalArgumentException: stage id must be lower-case kebab-case...
 * Ids.fromName("Build rapport")              // "build-rapport"
 * }</pre>
 * This type is thread-safe.
 */
public final class Ids {

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Ids() {
    }

    /** Whether {@code id} is lower-case kebab-case. */
    public static boolean isKebab(String id) {
        return id != null && KEBAB.matcher(id).matches();
    }

    /**
     * Returns {@code id} if it is lower-case kebab-case.
     *
     * @param id  the identifier
     * @param what  what it identifies, for the message, e.g. "touchpoint"
     * @param name  the parameter name, for a null message
     * @throws IllegalArgumentException quoting the id if it is not kebab-case
     */
    public static String kebab(String id, String what, String name) {
        checkNotNull(id, name);
        checkArgument(KEBAB.matcher(id).matches(), "%s id must be lower-case kebab-case, was '%s'", what, id);
        return id;
    }

    /** Turns a display name into an id: "Build rapport" becomes "build-rapport". */
    public static String fromName(String name) {
        String id = name.trim().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return id;
    }

    /** Turns a kebab-case id into a display name: "build-rapport" becomes "Build rapport". */
    public static String toName(String id) {
        String spaced = id.replace('-', ' ');
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
