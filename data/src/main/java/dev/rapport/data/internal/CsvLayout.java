package dev.rapport.data.internal;

import dev.rapport.core.Ids;
import dev.rapport.core.UnreadableInputException;
import dev.rapport.data.ColumnMapping;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where each canonical field of an event-log CSV is found, resolved once from the header row and a
 * {@link ColumnMapping}, for both CSV readers (per-object {@link CsvImport} and the columnar chunks): header names
 * trimmed and matched case-insensitively, a name that appears twice an error, a byte-order mark before the first
 * name ignored, a canonical column missing from the header read from the
 * mapping's constant (untrimmed) or else empty, {@code rating_<dimension>} columns (any case, separators
 * spaces, underscores or hyphens, see {@link #dimensionId}) in dimension order, two columns for one dimension an error;
 * the optional {@code tier} column, when neither the header nor the mapping has one, is the first of
 * {@link #TIER_ALIASES} that the header has (matched as survey dimension names are).
 * This type is immutable and thread-safe.
 */
final class CsvLayout {

    static final int ID = 0;
    static final int CUSTOMER = 1;
    static final int CASE = 2;
    static final int TIMESTAMP = 3;
    static final int TOUCHPOINT = 4;
    static final int STAGE = 5;
    static final int CHANNEL = 6;
    static final int MODE = 7;
    static final int WAIT = 8;
    static final int HANDLE = 9;
    static final int OUTCOME = 10;
    static final int AGENT = 11;
    static final int SEGMENT = 12;
    static final int NPS = 13;
    static final int CSAT = 14;
    static final int CES = 15;
    static final int INITIATOR = 16;
    static final int REASON = 17;
    static final int TIER = 18;
    static final int FIELDS = 19;

    /** Canonical names by field number. */
    static final List<String> CANONICAL = List.of("interaction_id", "customer_id", "case_id", "timestamp",
            "touchpoint", "stage", "channel", "mode", "wait_seconds", "handle_seconds", "outcome", "agent", "segment",
            "nps", "csat", "ces", "initiator", "reason", "tier");

    /**
     * The header names that hold the tier when the header has no {@code tier} column and the mapping names none, in
     * order of preference: the first one present is the tier column.
     */
    static final List<String> TIER_ALIASES = List.of("support_level", "team", "assignment_group", "group");

    private static final List<String> REQUIRED =
            List.of("interaction_id", "customer_id", "timestamp", "touchpoint", "channel", "outcome");
    private static final byte[] EMPTY = new byte[0];

    /** The number of columns every row must have. */
    final int width;
    /** Per field, its column, or -1 if the header lacks it. */
    final int[] column = new int[FIELDS];
    /** Per field without a column, its constant's UTF-8 bytes (untrimmed), else empty. */
    final byte[][] constant = new byte[FIELDS][];
    /** Per field, the name messages use: the export's column name. */
    final String[] sourceName = new String[FIELDS];
    /** The rated dimensions in name order, their columns, message names, and whether the name is kebab-case. */
    final String[] ratingNames;
    final int[] ratingColumns;
    final String[] ratingSourceNames;
    final boolean[] ratingNameValid;
    /** The timestamp pattern in the mapping's zone, or null for ISO-8601. */
    final DateTimeFormatter formatter;
    final ZoneId zone;

    /** How many header names a message lists, and how many characters of each: a message stays short. */
    static final int LISTED_NAMES = 20, LISTED_CHARS = 40;

    /**
     * The header names for a message: the first {@value #LISTED_NAMES}, each cut to {@value #LISTED_CHARS}
     * characters with an ellipsis, then how many more there are (a 1M-column header is one line, not 8.9 MB).
     */
    static String listed(String[] names) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(names.length, LISTED_NAMES); i++) {
            text.append(i == 0 ? "" : ", ").append(com.google.common.base.Ascii.truncate(names[i], LISTED_CHARS, "…"));
        }
        if (names.length > LISTED_NAMES) {
            text.append(String.format(java.util.Locale.ROOT, " and %,d more", names.length - LISTED_NAMES));
        }
        return text.toString();
    }

    private CsvLayout(String[] names, ColumnMapping mapping, String source) {
        width = names.length;
        if (names.length > 0 && names[0].startsWith("\uFEFF")) {
            names[0] = names[0].substring(1); // the byte-order mark of "CSV UTF-8" exports
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            Integer before = index.putIfAbsent(key(names[i]), i);
            if (before != null) {
                throw new UnreadableInputException(source, 1, 0, "", "column '" + names[i].trim()
                        + "' appears twice (columns " + (before + 1) + " and " + (i + 1) + ")", null);
            }
        }
        List<String> missing = new ArrayList<>();
        for (String name : REQUIRED) {
            if (!index.containsKey(key(mapping.sourceName(name))) && !mapping.constants().containsKey(name)) {
                missing.add(mapping.sourceName(name));
            }
        }
        if (!missing.isEmpty()) {
            throw new UnreadableInputException(source, 1, 0, "", "missing required column"
                    + (missing.size() == 1 ? " '" : "s '") + String.join("', '", missing) + "'; found: "
                    + listed(names), null);
        }
        for (int f = 0; f < FIELDS; f++) {
            String canonical = CANONICAL.get(f);
            sourceName[f] = mapping.sourceName(canonical);
            if (f == TIER && !index.containsKey(key(sourceName[f])) && !mapping.columns().containsKey(canonical)
                    && !mapping.constants().containsKey(canonical)) {
                sourceName[f] = tierAlias(names).orElse(sourceName[f]);
            }
            Integer at = index.get(key(sourceName[f]));
            column[f] = at == null ? -1 : at;
            String value = mapping.constants().get(canonical);
            constant[f] = at != null || value == null ? EMPTY : value.getBytes(StandardCharsets.UTF_8);
        }
        TreeMap<String, Integer> ratings = new TreeMap<>();
        Set<Integer> mapped = new HashSet<>();
        mapping.columns().forEach((canonical, sourceColumn) -> {
            Integer at = index.get(key(sourceColumn));
            if (at != null) {
                mapped.add(at);
                if (canonical.startsWith("rating_")) {
                    rating(ratings, dimensionId(canonical.substring(7)), at, names, source);
                }
            }
        });
        for (int i = 0; i < names.length; i++) {
            String id = key(names[i]).replaceAll("[\\s_-]+", "-");
            if (id.startsWith("rating-") && !mapped.contains(i)) {
                rating(ratings, dimensionId(id.substring(7)), i, names, source);
            }
        }
        int n = ratings.size();
        ratingNames = ratings.keySet().toArray(new String[0]);
        ratingColumns = new int[n];
        ratingSourceNames = new String[n];
        ratingNameValid = new boolean[n];
        for (int r = 0; r < n; r++) {
            ratingColumns[r] = ratings.get(ratingNames[r]);
            ratingSourceNames[r] = names[ratingColumns[r]].trim();
            ratingNameValid[r] = Ids.isKebab(ratingNames[r]);
        }
        zone = ZoneId.of(mapping.zone());
        formatter = mapping.timestampFormatter().orElse(null);
    }

    /**
     * The header's name of the first of {@link #TIER_ALIASES} it has, compared as {@link #dimensionId} compares
     * names (any case, spaces, underscores and hyphens alike: {@code Assignment group} is {@code assignment_group}).
     */
    private static java.util.Optional<String> tierAlias(String[] names) {
        for (String alias : TIER_ALIASES) {
            for (String name : names) {
                if (dimensionId(name).equals(dimensionId(alias))) {
                    return java.util.Optional.of(name.trim());
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** Header names match case-insensitively, after trimming. */
    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * The survey dimension id a {@code rating_<dimension>} column names: lower-case, trimmed, each run of spaces,
     * underscores and hyphens one hyphen, so {@code rating_Baggage_Handling}, {@code Rating Baggage Handling} and
     * {@code rating_baggage-handling} all rate {@code baggage-handling}.
     */
    static String dimensionId(String text) {
        return key(text).replaceAll("[\\s_-]+", "-");
    }

    private static void rating(Map<String, Integer> ratings, String id, int column, String[] names, String source) {
        Integer before = ratings.putIfAbsent(id, column);
        if (before != null && before != column) {
            throw new UnreadableInputException(source, 1, 0, "", "columns '" + names[before].trim() + "' and '"
                    + names[column].trim() + "' both rate survey dimension '" + id + "'", null);
        }
    }

    /**
     * Resolves the header.
     *
     * @param names  the header row's cells as read (not trimmed), not null
     * @throws UnreadableInputException (line 1) if a required column is missing and has no constant, a column name
     *     appears twice, or two columns rate the same survey dimension
     */
    static CsvLayout of(String[] names, ColumnMapping mapping, String source) {
        return new CsvLayout(names.clone(), mapping, source);
    }
}
