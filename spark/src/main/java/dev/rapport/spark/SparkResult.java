package dev.rapport.spark;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The answer of a Spark job (a scorecard, a metric's state or estimate, a journey graph) with the count of the rows
 * it read, accepted and rejected.
 * <pre>{@code
 * ScorecardResult card = RapportSpark.canonical().scorecard(rows, scorecard).result();
 * }</pre>
 * This type is immutable and thread-safe when the result is.
 *
 * @param result  the answer, the same as the single-machine library's for the accepted rows, not null
 * @param rows  the rows read, accepted and rejected, not null
 * @param <T>  the type of the answer
 */
public record SparkResult<T>(T result, RowCounts rows) {

    public SparkResult {
        checkNotNull(result, "result");
        checkNotNull(rows, "rows");
    }

    @Override
    public String toString() {
        return result + "\n" + rows;
    }
}
