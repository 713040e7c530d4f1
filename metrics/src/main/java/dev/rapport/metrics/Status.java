package dev.rapport.metrics;

import java.util.Locale;

/**
 * The traffic-light status of a KPI on a scorecard.
 * <p>
 * This type is immutable and thread-safe.
 */
public enum Status {
    /** At or better than the green threshold. */
    GREEN,
    /** Between the amber and the green threshold. */
    AMBER,
    /** Worse than the amber threshold. */
    RED,
    /** No observation reached the metric, so there is no value to judge. */
    NO_DATA;

    /**
     * The word people read for this status in a language: {@code green}, {@code verde}, {@code žalia} ...; the
     * JSON output keeps the lower-case name ({@code no_data}).
     */
    public String displayName(Locale locale) {
        return MetricNames.in(locale).status(this);
    }
}
