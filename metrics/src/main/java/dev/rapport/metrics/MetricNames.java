package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.Messages;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names and descriptions people read for metrics, in a language, keyed by metric id: {@code fcr} is
 * "First-contact resolution (FCR)", "Resolução no primeiro contacto (FCR)" ... The ids of the parameterised
 * families resolve too: {@code wait-p90} ("Wait time (percentile 90)"), {@code resolution-time-p50-business},
 * {@code wait-within-30s}, {@code rating-mean:gate-location}. The id itself stays the metric's name in JSON, CSV
 * and scorecard definitions; these texts are for reports and tables only.
 * <pre>{@code
 * MetricNames.in(Locale.ITALIAN).displayName("transfer-rate")   // "Tasso di trasferimento"
 * }</pre>
 * This type is immutable and thread-safe.
 */
public final class MetricNames {

    /** The bundle of the metrics module's texts. */
    static final String BUNDLE = "dev.rapport.metrics.messages";

    private static final Pattern PERCENTILE =
            Pattern.compile("(wait|handle|resolution-time|first-response)-p(\\d{1,3})(-linear)?");
    private static final Pattern WITHIN = Pattern.compile("(wait|resolved)-within-(\\d+)(ms|s|m|h)");
    private static final Pattern RATING = Pattern.compile("rating-(mean|top-two|not-applicable|share-([1-5])):(.+)");
    private static final Pattern OLD_RATING =
            Pattern.compile("rating-(reliability|timeliness|personalization|approachability|flexibility|"
                    + "above-and-beyond)");
    private static final String BUSINESS = "-business";

    private final Messages messages;

    private MetricNames(Messages messages) {
        this.messages = messages;
    }

    /** The names in a language; one Rapport does not speak gives English. */
    public static MetricNames in(Locale locale) {
        return new MetricNames(messages(locale));
    }

    static Messages messages(Locale locale) {
        return Messages.of(BUNDLE, checkNotNull(locale, "locale"));
    }

    /** The locale of these names. */
    public Locale locale() {
        return messages.locale();
    }

    /** The display name of a metric, or the id itself for a metric Rapport does not know (e.g. your own). */
    public String displayName(String metricId) {
        return text(checkNotNull(metricId, "metricId"), "name").orElse(metricId);
    }

    /** What the metric measures, in one sentence, if Rapport knows the metric. */
    public Optional<String> description(String metricId) {
        return text(checkNotNull(metricId, "metricId"), "description");
    }

    /** The name of a service dimension: a built-in one's translated, another's id as written. */
    public String dimension(String dimensionId) {
        String key = "dimension." + checkNotNull(dimensionId, "dimensionId");
        return messages.has(key) ? messages.text(key) : dimensionId;
    }

    /** The word for a status: green, amber, red, no data. */
    public String status(Status status) {
        return messages.text(key(checkNotNull(status, "status")));
    }

    /** One or two letters for a status, for dense tables: G, A, R in English. */
    public String statusLetter(Status status) {
        return messages.text(key(checkNotNull(status, "status")) + ".letter");
    }

    private static String key(Status status) {
        return "status." + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private Optional<String> text(String id, String part) {
        if (id.endsWith(BUSINESS)) {
            return text(id.substring(0, id.length() - BUSINESS.length()), part)
                    .map(inner -> messages.text("metric.business." + part, inner));
        }
        String plain = "metric." + id + "." + part;
        if (messages.has(plain)) {
            return Optional.of(messages.text(plain));
        }
        Matcher m = PERCENTILE.matcher(id);
        if (m.matches()) {
            return Optional.of(messages.text("metric." + m.group(1) + "-p" + (m.group(3) == null ? "" : "-linear")
                    + "." + part, m.group(2)));
        }
        m = WITHIN.matcher(id);
        if (m.matches()) {
            return Optional.of(messages.text("metric." + m.group(1) + "-within." + part, m.group(2) + " "
                    + m.group(3)));
        }
        m = RATING.matcher(id);
        if (m.matches()) {
            String family = m.group(2) == null ? m.group(1) : "share";
            return Optional.of(messages.text("metric.rating-" + family + "." + part, dimension(m.group(3)),
                    m.group(2) == null ? "" : m.group(2)));
        }
        m = OLD_RATING.matcher(id);
        if (m.matches()) {
            return Optional.of(messages.text("metric.rating-mean." + part, dimension(m.group(1))));
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "metric names in " + messages.locale().toLanguageTag();
    }
}
