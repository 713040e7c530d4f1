/**
 * Rapport on Apache Spark: the library's metrics, scorecards and directly-follows discovery over a
 * {@code Dataset<Row>}, with the answers of the single-machine library, and the one-column metrics as Spark SQL
 * functions. Start at {@link dev.rapport.spark.RapportSpark}.
 * <pre>{@code
 * ScorecardResult card = RapportSpark.canonical().scorecard(spark.read().parquet(path), scorecard, "channel").result();
 * }</pre>
 */
package dev.rapport.spark;
