package dev.rapport.data.internal;

import dev.rapport.core.Ids;
import dev.rapport.core.ServiceDimension;
import dev.rapport.core.UnreadableInputException;
import dev.rapport.data.ColumnMapping;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where each canonical field of an event-log CSV is found, resolved once from the header row and a
 * {@link ColumnMapping} by the rules of journey's CSV import: header names trimmed, the first of equal names wins,
 * a byte-order mark before the first name ignored, a canonical column missing from the header read from the
 * mapping's constant (untrimmed) or else empty, {@code rating_<dimension>} columns in dimension order.
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
    static final int FIELDS = 16;

    /** Canonical names by field number. */
    static final List<String> CANONICAL = List.of("interaction_id", "customer_id", "case_id", "timestamp",
            "touchpoint", "stage", "channel", "mode", "wait_seconds", "handle_seconds", "outcome", "agent", "segment",
            "nps", "csat", "ces");

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
    /** The rated dimensions in name order, their columns, message names, and built-in index (-1 if not built in). */
    final String[] ratingNames;
    final int[] ratingColumns;
    final String[] ratingSourceNames;
    final int[] ratingBuiltIn;
    final boolean[] ratingNameValid;
    /** The timestamp pattern in the mapping's zone, or null for ISO-8601. */
    final DateTimeFormatter formatter;
    final ZoneId zone;

    private CsvLayout(String[] names, ColumnMapping mapping, String source) {
        width = names.length;
        if (names.length > 0 && names[0].startsWith("\uFEFF")) {
            names[0] = names[0].substring(1); // the byte-order mark of "CSV UTF-8" exports
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            index.putIfAbsent(names[i].trim(), i);
        }
        List<String> missing = new ArrayList<>();
        for (String name : REQUIRED) {
            if (!index.containsKey(mapping.sourceName(name)) && !mapping.constants().containsKey(name)) {
                missing.add(mapping.sourceName(name));
            }
        }
        if (!missing.isEmpty()) {
            throw new UnreadableInputException(source, 1, 0, "", "missing required column"
                    + (missing.size() == 1 ? " '" : "s '") + String.join("', '", missing) + "'; found: "
                    + String.join(", ", names), null);
        }
        for (int f = 0; f < FIELDS; f++) {
            String canonical = CANONICAL.get(f);
            sourceName[f] = mapping.sourceName(canonical);
            Integer at = index.get(sourceName[f]);
            column[f] = at == null ? -1 : at;
            String value = mapping.constants().get(canonical);
            constant[f] = at != null || value == null ? EMPTY : value.getBytes(StandardCharsets.UTF_8);
        }
        TreeMap<String, Integer> ratings = new TreeMap<>();
        mapping.columns().forEach((canonical, sourceColumn) -> {
            if (canonical.startsWith("rating_") && index.containsKey(sourceColumn)) {
                ratings.put(canonical.substring(7), index.get(sourceColumn));
            }
        });
        for (int i = 0; i < names.length; i++) {
            String name = names[i].trim();
            if (name.startsWith("rating_") && !mapping.columns().containsValue(name)) {
                ratings.putIfAbsent(name.substring(7), i);
            }
        }
        int n = ratings.size();
        ratingNames = ratings.keySet().toArray(new String[0]);
        ratingColumns = new int[n];
        ratingSourceNames = new String[n];
        ratingBuiltIn = new int[n];
        ratingNameValid = new boolean[n];
        List<ServiceDimension> builtIn = ColumnStore.RATED;
        for (int r = 0; r < n; r++) {
            ratingColumns[r] = ratings.get(ratingNames[r]);
            ratingSourceNames[r] = mapping.sourceName("rating_" + ratingNames[r]);
            ratingNameValid[r] = Ids.isKebab(ratingNames[r]);
            ratingBuiltIn[r] = -1;
            for (int d = 0; d < builtIn.size(); d++) {
                if (builtIn.get(d).id().equals(ratingNames[r])) {
                    ratingBuiltIn[r] = d;
                }
            }
        }
        zone = ZoneId.of(mapping.zone());
        formatter = mapping.timestampPattern().map(p -> DateTimeFormatter.ofPattern(p).withZone(zone)).orElse(null);
    }

    /**
     * Resolves the header.
     *
     * @param names  the header row's cells as read (not trimmed), not null
     * @throws UnreadableInputException (line 1) if a required column is missing and has no constant
     */
    static CsvLayout of(String[] names, ColumnMapping mapping, String source) {
        return new CsvLayout(names.clone(), mapping, source);
    }
}
