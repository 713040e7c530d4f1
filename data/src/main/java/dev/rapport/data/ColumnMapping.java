package dev.rapport.data;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.rapport.core.InvalidModelException;
import dev.rapport.core.Violation;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How another export's columns (a help desk's, a CRM's) map onto Rapport's canonical CSV columns: a column
 * name per canonical name, fixed values for canonical columns the export lacks, and the timestamp pattern.
 * Canonical names the mapping does not mention are looked up under their own name.
 * <pre>{@code
 * ColumnMapping zendesk = ColumnMapping.builder()
 *     .column("interaction_id", "Ticket event ID").column("customer_id", "Requester ID")
 *     .column("timestamp", "Created at").constant("channel", "email")
 *     .timestampPattern("dd/MM/yyyy HH:mm", "Europe/Paris")
 *     .build();
 * }</pre>
 * Timestamps are resolved strictly ({@link ResolverStyle#STRICT}): {@code 30/02/2026} is a rejected row with its
 * reason, never 2 March or 28 February. Under strict resolution a year-of-era {@code yyyy} needs an era, so a
 * pattern's {@code y} is read as the proleptic year {@code u} (the same year for every date since year 1) unless
 * the pattern has an era {@code G}: {@code dd/MM/yyyy} works as written.
 * A mapping that names an unknown canonical column, a bad timestamp pattern or an unknown zone is rejected
 * with one {@link InvalidModelException} that lists every problem, so that a mapping is fixed in one pass.
 * This type is immutable and thread-safe.
 *
 * @param columns  canonical name to the export's column name
 * @param constants  canonical name to the value every row gets
 * @param timestampPattern  a {@link DateTimeFormatter} pattern, empty for ISO-8601 instants
 * @param zone  the time zone of timestamps without an offset, e.g. {@code UTC}
 */
public record ColumnMapping(Map<String, String> columns, Map<String, String> constants,
        Optional<String> timestampPattern, String zone) {

    /**
     * The formatter of {@link #timestampPattern()} in {@link #zone()}, resolving strictly, as every reader uses
     * it; empty for ISO-8601.
     *
     * @return the formatter, never null
     */
    public Optional<DateTimeFormatter> timestampFormatter() {
        return timestampPattern.map(pattern -> strict(pattern).withZone(ZoneId.of(zone)));
    }

    /** The pattern with strict resolution, {@code y} read as {@code u} outside quotes unless it has an era. */
    private static DateTimeFormatter strict(String pattern) {
        StringBuilder proleptic = new StringBuilder(pattern.length());
        boolean quoted = false;
        boolean era = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            era |= !quoted && c == 'G';
            proleptic.append(!quoted && c == 'y' ? 'u' : c);
        }
        return DateTimeFormatter.ofPattern(era ? pattern : proleptic.toString())
                .withResolverStyle(ResolverStyle.STRICT);
    }

    /** The canonical columns, in their documented order. */
    public static final Set<String> CANONICAL = ImmutableSet.of("interaction_id", "customer_id", "case_id",
            "timestamp", "touchpoint", "stage", "channel", "mode", "wait_seconds", "handle_seconds", "outcome",
            "agent", "segment", "initiator", "reason", "tier");

    private static final Set<String> SURVEY = ImmutableSet.of("nps", "csat", "ces");

    private static final ColumnMapping CANONICAL_MAPPING =
            new ColumnMapping(Map.of(), Map.of(), Optional.empty(), "UTC");

    public ColumnMapping {
        columns = ImmutableMap.copyOf(checkNotNull(columns, "columns"));
        constants = ImmutableMap.copyOf(checkNotNull(constants, "constants"));
        timestampPattern = timestampPattern == null ? Optional.empty() : timestampPattern;
        zone = zone == null ? "UTC" : zone;
        List<Violation> violations = new ArrayList<>();
        columns.keySet().forEach(name -> checkKnown("columns." + name, name, violations));
        constants.keySet().forEach(name -> checkKnown("constants." + name, name, violations));
        timestampPattern.ifPresent(pattern -> {
            try {
                strict(pattern);
            } catch (IllegalArgumentException e) {
                violations.add(new Violation("timestampPattern", "not a date-time pattern: " + e.getMessage(),
                        pattern));
            }
        });
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            violations.add(new Violation("zone", "unknown time zone", zone));
        }
        if (!violations.isEmpty()) {
            throw new InvalidModelException("column mapping", violations);
        }
    }

    private static void checkKnown(String path, String name, List<Violation> violations) {
        if (!CANONICAL.contains(name) && !SURVEY.contains(name) && !name.startsWith("rating_")) {
            violations.add(new Violation(path, "not a canonical column; expected one of "
                    + String.join(", ", CANONICAL) + ", nps, csat, ces or rating_<dimension>", name));
        }
    }

    /** The canonical header: every column under its own name, ISO-8601 timestamps. */
    public static ColumnMapping canonical() {
        return CANONICAL_MAPPING;
    }

    /** Starts a mapping. */
    public static Builder builder() {
        return new Builder();
    }

    /** The export's name for a canonical column. */
    public String sourceName(String canonical) {
        return columns.getOrDefault(canonical, canonical);
    }

    /** Builds a {@link ColumnMapping}. This type is mutable and for use by one thread. */
    public static final class Builder {
        private final Map<String, String> columns = new LinkedHashMap<>();
        private final Map<String, String> constants = new LinkedHashMap<>();
        private String pattern;
        private String zone = "UTC";

        private Builder() {
        }

        /** Reads canonical column {@code canonical} from the export's column {@code exportName}. */
        public Builder column(String canonical, String exportName) {
            columns.put(checkNotNull(canonical, "canonical"), checkNotNull(exportName, "exportName"));
            return this;
        }

        /** Gives every row this value for a canonical column the export lacks, e.g. the channel. */
        public Builder constant(String canonical, String value) {
            constants.put(checkNotNull(canonical, "canonical"), checkNotNull(value, "value"));
            return this;
        }

        /** Timestamps follow this {@link DateTimeFormatter} pattern, in this zone unless they carry an offset. */
        public Builder timestampPattern(String pattern, String zone) {
            this.pattern = checkNotNull(pattern, "pattern");
            this.zone = checkNotNull(zone, "zone");
            return this;
        }

        public ColumnMapping build() {
            return new ColumnMapping(columns, constants, Optional.ofNullable(pattern), zone);
        }
    }
}
