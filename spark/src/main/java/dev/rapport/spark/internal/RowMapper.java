package dev.rapport.spark.internal;

import dev.rapport.core.Channel;
import dev.rapport.core.Interaction;
import dev.rapport.core.Mode;
import dev.rapport.core.Outcome;
import dev.rapport.core.SurveyScores;
import dev.rapport.data.ColumnMapping;
import dev.rapport.data.internal.CsvImport;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * Turns a Spark {@link Row} into an {@link Interaction} by the rules of the CSV readers: canonical column names
 * (matched case-insensitively) or the export's names through a {@link ColumnMapping}, its constants for columns the
 * data lacks, an empty or null cell is unknown. Cells may be strings or Spark's own types (numbers, timestamps).
 * Column positions are resolved once on the driver from the schema; the mapper is serializable and ships to the
 * executors. A row it cannot map raises {@link IllegalArgumentException} with the reason, as the CSV readers word it.
 */
public final class RowMapper implements Serializable {

    private static final long serialVersionUID = 1;

    private static final String[] CANONICAL = ColumnMapping.CANONICAL.toArray(new String[0]);
    private static final String[] SURVEY = {"nps", "csat", "ces"};
    private static final int INITIATOR = List.of(CANONICAL).indexOf("initiator");
    private static final int REASON = List.of(CANONICAL).indexOf("reason");
    private static final int TIER = List.of(CANONICAL).indexOf("tier");

    private final String[] fieldNames;
    /** Per canonical column (CANONICAL order, then SURVEY), its position in the row, or -1. */
    private final int[] at;
    private final String[] constants;
    private final String[] sourceNames;
    private final int[] ratingAt;
    private final String[] ratingIds;
    private final String pattern;
    private final String zone;
    private transient DateTimeFormatter formatter;

    private RowMapper(StructType schema, ColumnMapping mapping, List<String> required) {
        fieldNames = schema.fieldNames();
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < fieldNames.length; i++) {
            byName.putIfAbsent(fieldNames[i].trim().toLowerCase(Locale.ROOT), i);
        }
        int n = CANONICAL.length + SURVEY.length;
        at = new int[n];
        constants = new String[n];
        sourceNames = new String[n];
        List<String> missing = new ArrayList<>();
        List<Integer> mapped = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            String canonical = c < CANONICAL.length ? CANONICAL[c] : SURVEY[c - CANONICAL.length];
            sourceNames[c] = mapping.sourceName(canonical);
            at[c] = byName.getOrDefault(sourceNames[c].trim().toLowerCase(Locale.ROOT), -1);
            constants[c] = mapping.constants().get(canonical);
            if (at[c] >= 0) {
                mapped.add(at[c]);
            } else if (constants[c] == null && required.contains(canonical)) {
                missing.add(sourceNames[c]);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the dataset has no column " + String.join(", ", missing)
                    + " (and the mapping gives no constant); its columns are " + String.join(", ", fieldNames));
        }
        Map<String, Integer> ratings = new LinkedHashMap<>();
        mapping.columns().forEach((canonical, source) -> {
            Integer i = byName.get(source.trim().toLowerCase(Locale.ROOT));
            if (canonical.startsWith("rating_") && i != null) {
                ratings.put(dimensionId(canonical.substring(7)), i);
                mapped.add(i);
            }
        });
        for (int i = 0; i < fieldNames.length; i++) {
            String id = dimensionId(fieldNames[i]);
            if (id.startsWith("rating-") && !mapped.contains(i)) {
                Integer before = ratings.putIfAbsent(dimensionId(id.substring(7)), i);
                if (before != null) {
                    throw new IllegalArgumentException("columns '" + fieldNames[before] + "' and '" + fieldNames[i]
                            + "' both rate survey dimension '" + id.substring(7) + "'");
                }
            }
        }
        ratingIds = ratings.keySet().toArray(new String[0]);
        ratingAt = ratings.values().stream().mapToInt(Integer::intValue).toArray();
        pattern = mapping.timestampPattern().orElse(null);
        zone = mapping.zone();
    }

    /**
     * A mapper for rows of this schema.
     *
     * @param required  the canonical columns that must be present (or constant), e.g. all of
     *     {@link #INTERACTION}
     * @throws IllegalArgumentException if a required column is neither in the schema nor a constant, naming it
     */
    public static RowMapper of(StructType schema, ColumnMapping mapping, List<String> required) {
        return new RowMapper(schema, mapping, required);
    }

    /** The columns an interaction cannot do without. */
    public static final List<String> INTERACTION = List.of("interaction_id", "customer_id", "timestamp",
            "touchpoint", "channel", "outcome");

    /** The dimension id a rating column names: trimmed, lower-case, runs of spaces, underscores, hyphens as one hyphen. */
    private static String dimensionId(String text) {
        return text.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "-");
    }

    /** The row's values as {@code name=value, ...}, for the message of a rejected row. */
    public String describe(Row row) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < fieldNames.length && i < row.length(); i++) {
            text.append(i == 0 ? "" : ", ").append(fieldNames[i]).append('=').append(row.isNullAt(i) ? "" : row.get(i));
        }
        return text.toString();
    }

    //-----------------------------------------------------------------------
    /**
     * The interaction of one row.
     *
     * @throws IllegalArgumentException with the reason if the row has no valid interaction
     */
    public Interaction map(Row row) {
        String id = required(row, 0);
        String customer = required(row, 1);
        Instant timestamp = instant(row, 3);
        String touchpoint = required(row, 4);
        Channel channel = Channel.parse(required(row, 6));
        Outcome outcome = Outcome.parse(required(row, 10));
        Interaction.Builder builder = Interaction.builder(id, customer, timestamp, touchpoint, channel)
                .outcome(outcome);
        String text = cell(row, 2);
        if (!text.isEmpty()) {
            builder.caseId(text);
        }
        text = cell(row, 5);
        if (!text.isEmpty()) {
            builder.stage(text);
        }
        text = cell(row, 7);
        if (!text.isEmpty()) {
            builder.mode(mode(text));
        }
        Object wait = value(row, 8);
        if (wait != null) {
            builder.waitSeconds(number(wait, 8));
        }
        Object handle = value(row, 9);
        if (handle != null) {
            builder.handleSeconds(number(handle, 9));
        }
        text = cell(row, 11);
        if (!text.isEmpty()) {
            builder.agent(text);
        }
        text = cell(row, 12);
        if (!text.isEmpty()) {
            builder.segment(text);
        }
        // the optional columns, by the CSV readers' rules (an empty initiator is the customer)
        builder.initiator(CsvImport.initiator(cell(row, INITIATOR).trim()));
        text = cell(row, REASON);
        if (!text.isEmpty()) {
            builder.reason(text);
        }
        text = cell(row, TIER);
        if (!text.isEmpty()) {
            builder.tier(text);
        }
        return builder.survey(survey(row)).build();
    }

    private SurveyScores survey(Row row) {
        SurveyScores survey = SurveyScores.none();
        int base = CANONICAL.length;
        Object v = value(row, base);
        if (v != null) {
            survey = survey.withNps(whole(v, sourceNames[base]));
        }
        v = value(row, base + 1);
        if (v != null) {
            survey = survey.withCsat(whole(v, sourceNames[base + 1]));
        }
        v = value(row, base + 2);
        if (v != null) {
            survey = survey.withCes(whole(v, sourceNames[base + 2]));
        }
        for (int r = 0; r < ratingAt.length; r++) {
            Object rating = cellValue(row, ratingAt[r]);
            if (rating != null) {
                survey = survey.withRating(ratingIds[r], whole(rating, fieldNames[ratingAt[r]]));
            }
        }
        return survey;
    }

    /** The cell of a canonical column (or its constant), null when empty or absent. */
    private Object value(Row row, int c) {
        if (at[c] >= 0) {
            return cellValue(row, at[c]);
        }
        return constants[c] == null || constants[c].isBlank() ? null : constants[c].trim();
    }

    private static Object cellValue(Row row, int i) {
        if (row.isNullAt(i)) {
            return null;
        }
        Object v = row.get(i);
        if (v instanceof String s) {
            String trimmed = s.trim();
            return trimmed.isEmpty() ? null : trimmed;
        }
        return v;
    }

    private String cell(Row row, int c) {
        Object v = value(row, c);
        return v == null ? "" : v.toString();
    }

    private String required(Row row, int c) {
        String value = cell(row, c);
        if (value.isEmpty()) {
            throw new IllegalArgumentException("missing value for required column '" + sourceNames[c] + "'");
        }
        return value;
    }

    private Instant instant(Row row, int c) {
        Object v = value(row, c);
        if (v == null) {
            throw new IllegalArgumentException("missing value for required column '" + sourceNames[c] + "'");
        }
        if (v instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (v instanceof Instant i) {
            return i;
        }
        if (v instanceof LocalDateTime local) {
            return local.atZone(ZoneId.of(zone)).toInstant();
        }
        String text = v.toString();
        try {
            if (pattern != null) {
                if (formatter == null) {
                    // the readers' strict rule (30/02 refused, yyyy read as uuuu), from ColumnMapping itself
                    formatter = ColumnMapping.builder().timestampPattern(pattern, zone).build().timestampFormatter()
                            .orElseThrow();
                }
                return Instant.from(formatter.parse(text));
            }
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeException e) {
                return LocalDateTime.parse(text).atZone(ZoneId.of(zone)).toInstant();
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("unparseable timestamp '" + text + "'", e);
        }
    }

    private static Mode mode(String text) {
        if (text.equalsIgnoreCase("human")) {
            return Mode.HUMAN;
        }
        if (text.equalsIgnoreCase("automated")) {
            return Mode.AUTOMATED;
        }
        throw new IllegalArgumentException("unknown mode '" + text + "'; expected human or automated");
    }

    private double number(Object v, int c) {
        return number(v, sourceNames[c]);
    }

    private static double number(Object v, String sourceName) {
        if (v instanceof Number n) {
            return n instanceof BigDecimal d ? d.doubleValue() : n.doubleValue();
        }
        try {
            return Double.parseDouble(v.toString());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(sourceName + " must be a number, was '" + v + "'");
        }
    }

    private static int whole(Object v, String sourceName) {
        double value = number(v, sourceName);
        if (value != Math.rint(value) || value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(sourceName + " must be a whole number, was '" + v + "'");
        }
        return (int) value;
    }
}
