package dev.rapport.benchmarks.internal;

import dev.rapport.core.Outcome;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** DuckDB's outcome type: an ENUM in the order of {@link Outcome}, so that ordering by outcome agrees with Rapport. */
final class OutcomeEnum {

    static final String TYPE = "outcome_t";
    static final String CREATE_TYPE = "CREATE TYPE " + TYPE + " AS ENUM (" + Arrays.stream(Outcome.values())
            .map(o -> "'" + o.name().toLowerCase(Locale.ROOT) + "'").collect(Collectors.joining(", ")) + ")";

    private OutcomeEnum() {
    }
}
