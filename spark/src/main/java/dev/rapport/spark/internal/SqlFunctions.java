package dev.rapport.spark.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.rapport.data.ColumnMapping;
import dev.rapport.metrics.CaseContacts;
import dev.rapport.metrics.CaseTimes;
import dev.rapport.metrics.MetricRegistry;
import dev.rapport.spark.RapportSpark;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The built-in metrics as Spark SQL aggregate functions: {@code rapport_nps(nps)} is the metric {@code nps} over an
 * interaction whose only known field is that column (the argument is cast to a string and read as the CSV readers
 * read the cell; null is unknown). The case-based metrics take the columns they read, in a fixed order:
 * {@code rapport_fcr(case_id, timestamp, outcome)}, {@code rapport_resolution_time_mean(case_id, timestamp, outcome,
 * wait_seconds, handle_seconds)}. The other required fields of an interaction are constants that these metrics do
 * not read.
 */
public final class SqlFunctions {

    private static final String ALWAYS = "sql";

    /** The columns a case-based function takes, in order: those of FCR and repeat contacts, then of case times. */
    public static final List<String> CASE_COLUMNS = List.of("case_id", "timestamp", "outcome");
    public static final List<String> CASE_TIME_COLUMNS = List.of("case_id", "timestamp", "outcome", "wait_seconds",
            "handle_seconds");

    /** Function name to {metric name, the canonical columns it reads, in argument order}. */
    public static final Map<String, List<String>> FUNCTIONS = functions();

    private SqlFunctions() {
    }

    private static Map<String, List<String>> functions() {
        ImmutableSortedMap.Builder<String, List<String>> all = ImmutableSortedMap.naturalOrder();
        for (String metric : List.of("nps", "ces-net", "csat", "csat-mean", "ces-mean", "ces-agree")) {
            all.put(sqlName(metric), List.of(metric, metric.split("-")[0]));
        }
        for (String metric : List.of("resolution-rate", "unresolved-rate", "transfer-rate", "escalation-rate",
                "abandonment-rate")) {
            all.put(sqlName(metric), List.of(metric, "outcome"));
        }
        for (String measure : List.of("wait", "handle")) {
            all.put(sqlName(measure + "-mean"), List.of(measure + "-mean", measure + "_seconds"));
            for (int p : new int[] {50, 90, 95, 99}) {
                all.put(sqlName(measure + "-p" + p), List.of(measure + "-p" + p, measure + "_seconds"));
            }
        }
        all.put(sqlName("sla-attainment"), List.of("sla-attainment", "wait_seconds"));
        MetricRegistry builtIn = MetricRegistry.builtIn();
        for (String metric : builtIn.names()) {
            Object empty = builtIn.named(metric).empty();
            if (metric.startsWith("rating-")) {
                all.put(sqlName(metric), List.of(metric, "rating_" + metric.substring(7)));
            } else if (empty instanceof CaseContacts || empty instanceof CaseTimes) {
                all.put(sqlName(metric), ImmutableList.<String>builder().add(metric)
                        .addAll(empty instanceof CaseContacts ? CASE_COLUMNS : CASE_TIME_COLUMNS).build());
            }
        }
        return all.buildOrThrow();
    }

    private static String sqlName(String metric) {
        return "rapport_" + metric.replace('-', '_');
    }

    /** Registers every function in the session; returns their names. */
    public static List<String> register(SparkSession spark, RapportSpark.Metrics registry) {
        FUNCTIONS.forEach((function, metricAndColumns) -> {
            List<String> columns = metricAndColumns.subList(1, metricAndColumns.size());
            ColumnMapping.Builder mapping = ColumnMapping.builder().constant("interaction_id", ALWAYS)
                    .constant("customer_id", ALWAYS).constant("touchpoint", ALWAYS).constant("channel", "web");
            if (!columns.contains("timestamp")) {
                mapping.constant("timestamp", "1970-01-01T00:00:00Z");
            }
            if (!columns.contains("outcome")) {
                mapping.constant("outcome", "resolved");
            }
            StructType schema = new StructType();
            for (String column : columns) {
                schema = schema.add(column, DataTypes.StringType, true);
            }
            StatesAggregator states = new StatesAggregator(new MetricSource(registry, List.of(metricAndColumns.get(0))),
                    RowMapper.of(schema, mapping.build(), RowMapper.INTERACTION), false, function);
            spark.udf().register(function, functions.udaf(new EstimateAggregator(states), Encoders.row(schema)));
        });
        return List.copyOf(FUNCTIONS.keySet());
    }
}
