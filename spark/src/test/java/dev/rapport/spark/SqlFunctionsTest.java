package dev.rapport.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.core.Interaction;
import dev.rapport.metrics.Estimate;
import dev.rapport.metrics.Metric;
import dev.rapport.metrics.MetricRegistry;
import dev.rapport.spark.internal.SqlFunctions;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** The SQL functions give the library's estimates, per group as overall; unreadable cells are counted. */
class SqlFunctionsTest {

    private static <S> Estimate estimate(Metric<Interaction, S, Estimate> metric, List<Interaction> interactions) {
        S state = metric.empty();
        for (Interaction interaction : interactions) {
            state = metric.add(state, interaction);
        }
        return metric.finish(state);
    }

    private static void assertSame(Estimate expected, Row actual, String where) {
        assertEquals(expected.isEmpty() ? null : expected.point(), actual.getAs("value"), where);
        assertEquals(expected.isEmpty() ? null : expected.lower(), actual.getAs("lower"), where);
        assertEquals(expected.isEmpty() ? null : expected.upper(), actual.getAs("upper"), where);
        assertEquals(expected.sampleSize(), (long) actual.getAs("sample_size"), where);
        assertEquals(expected.method(), actual.getAs("method"), where);
        assertEquals(0L, (long) actual.getAs("rejected"), where);
    }

    /** The columns a function takes, in order. */
    private static List<String> arguments(String function) {
        List<String> metricAndColumns = SqlFunctions.FUNCTIONS.get(function);
        return metricAndColumns.subList(1, metricAndColumns.size());
    }

    @Test
    void everyFunction_perChannel_givesTheLibrarysEstimate() {
        SparkSession spark = SharedSpark.spark();
        Dataset<Row> contacts = Contacts.shuffled(Contacts.spark(Contacts.generated()), 3, 3);
        contacts.createOrReplaceTempView("contacts");
        List<String> columns = List.of(contacts.columns());
        // every function whose columns the export has (of the rating dimensions, only reliability), case-based ones
        // (FCR, repeat contacts, resolution and first-response times) included: no shuffle by case is needed for the
        // answer, their states merge per case
        List<String> functions = RapportSpark.registerFunctions(spark).stream()
                .filter(f -> columns.containsAll(arguments(f))).toList();
        assertTrue(functions.size() > 30, functions.toString());
        assertTrue(functions.containsAll(List.of("rapport_fcr", "rapport_repeat_contact_rate",
                "rapport_resolution_time_mean", "rapport_first_response_p90", "rapport_unresolved_case_rate")),
                functions.toString());
        String select = functions.stream().map(f -> f + "(" + String.join(", ", arguments(f)) + ") AS " + f)
                .collect(Collectors.joining(", "));
        List<Row> rows = spark.sql("SELECT channel, " + select + " FROM contacts GROUP BY channel").collectAsList();

        Map<String, List<Interaction>> byChannel = Contacts.library(Contacts.generated()).stream()
                .collect(Collectors.groupingBy(i -> i.channel().id()));
        assertEquals(byChannel.keySet(), rows.stream().map(r -> r.getString(0)).collect(Collectors.toSet()));
        for (Row row : rows) {
            for (String f : functions) {
                String metric = SqlFunctions.FUNCTIONS.get(f).get(0);
                assertSame(estimate(MetricRegistry.builtIn().named(metric), byChannel.get(row.getString(0))),
                        row.getAs(f), row.getString(0) + " " + f);
            }
        }
    }

    @Test
    void anUnreadableAnswer_isCountedNotScored() {
        RapportSpark.registerFunctions(SharedSpark.spark());
        Row nps = SharedSpark.spark().sql("SELECT rapport_nps(answer) FROM VALUES ('9'), ('10'), ('eleven'),"
                + " (NULL), (' '), ('3') AS t(answer)").first().getStruct(0);
        assertEquals(100.0 * (2 - 1) / 3, nps.<Double>getAs("value"), 1e-12);
        assertEquals(3L, (long) nps.getAs("sample_size"));
        assertEquals(1L, (long) nps.getAs("rejected"));
    }

    @Test
    void fcr_distributedByCaseFirst_sameEstimate_andAnUnreadableTimeIsCounted() {
        SparkSession spark = SharedSpark.spark();
        RapportSpark.registerFunctions(spark);
        spark.sql("SELECT * FROM VALUES ('c1', '2026-05-04T09:00:00Z', 'resolved'),"
                + " ('c2', '2026-05-04T09:10:00Z', 'resolved'), ('c2', '2026-05-05T10:00:00Z', 'unresolved'),"
                + " ('c3', '2026-05-04T11:00:00Z', 'transferred'), ('c3', 'yesterday', 'resolved'),"
                + " (NULL, '2026-05-04T12:00:00Z', 'resolved') AS t(case_id, ts, outcome)")
                .createOrReplaceTempView("cases");
        Row plain = spark.sql("SELECT rapport_fcr(case_id, ts, outcome) FROM cases").first().getStruct(0);
        Row clustered = spark.sql("SELECT rapport_fcr(case_id, ts, outcome) FROM (SELECT * FROM cases"
                + " DISTRIBUTE BY case_id)").first().getStruct(0);

        // c1 resolved at the first contact; c2 contacted again within 7 days; c3 transferred first; the row without
        // a case is not an issue
        assertEquals(1.0 / 3, plain.<Double>getAs("value"), 1e-12);
        assertEquals(3L, (long) plain.getAs("sample_size"));
        assertEquals(1L, (long) plain.getAs("rejected"));
        assertEquals(plain, clustered);
    }
}
