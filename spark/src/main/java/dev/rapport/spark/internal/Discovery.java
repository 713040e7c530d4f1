package dev.rapport.spark.internal;

import dev.rapport.core.Interaction;
import dev.rapport.core.UnreadableInputException;
import dev.rapport.journey.DirectlyFollowsGraph;
import dev.rapport.journey.Grouping;
import dev.rapport.journey.Transition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Directly-follows discovery over a Dataset: each row becomes (journey key, time, input position, touchpoint) or
 * a rejection; the rows of a journey are gathered by key (one shuffle), ordered by time and then input position (as
 * {@code JourneyLog} orders by time with ties in input order), and turned into the journey's path and its gaps;
 * the driver receives only the count per distinct path and per distinct (pair, gap), from which
 * {@link DirectlyFollowsGraph#ofCounts} builds the library's graph.
 */
public final class Discovery {

    private static final StructType MAPPED = new StructType()
            .add("key", DataTypes.StringType, true)
            .add("millis", DataTypes.LongType, false)
            .add("seq", DataTypes.LongType, false)
            .add("touchpoint", DataTypes.StringType, true)
            .add("reason", DataTypes.StringType, true)
            .add("example", DataTypes.StringType, true);

    private static final StructType JOURNEY = new StructType()
            .add("path", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("pairs", DataTypes.createArrayType(new StructType()
                    .add("from", DataTypes.StringType, false)
                    .add("to", DataTypes.StringType, false)
                    .add("gap", DataTypes.LongType, false), false), false);

    /** The graph, and the rows read, rejected by reason, and a few rejected rows. */
    public record Found(DirectlyFollowsGraph graph, StateBuffer rows) {
    }

    private Discovery() {
    }

    public static Found directlyFollows(Dataset<Row> rows, RowMapper mapper, Grouping grouping, boolean strict,
            String source) {
        int seq = rows.columns().length;
        Dataset<Row> mapped = rows.withColumn("_rapport_seq", functions.monotonically_increasing_id())
                .map((MapFunction<Row, Row>) row -> {
                    try {
                        Interaction i = mapper.map(row);
                        return RowFactory.create(grouping.keyOf(i), i.timestamp().toEpochMilli(), row.getLong(seq),
                                i.touchpoint(), null, null);
                    } catch (IllegalArgumentException | IllegalStateException e) {
                        String example = e.getMessage() + " in row [" + mapper.describe(row) + "]";
                        if (strict) {
                            throw new UnreadableInputException(source, 0, 0, "", example, e);
                        }
                        return RowFactory.create(null, 0L, row.getLong(seq), null, e.getMessage(), example);
                    }
                }, Encoders.row(MAPPED)).persist();
        try {
            StateBuffer counts = new StateBuffer(new Object[0]);
            for (Row r : mapped.groupBy("reason").agg(functions.count("*"), functions.min("example"))
                    .collectAsList()) {
                if (r.isNullAt(0)) {
                    counts.rows += r.getLong(1);
                } else {
                    for (long n = r.getLong(1); n > 0; n--) {
                        counts.reject(r.getString(0), r.getString(2));
                    }
                }
            }
            Dataset<Row> journeys = mapped.where("reason IS NULL").groupBy("key")
                    .agg(functions.sort_array(functions.collect_list(functions.struct("millis", "seq",
                            "touchpoint"))).as("rows"))
                    .map((MapFunction<Row, Row>) Discovery::journey, Encoders.row(JOURNEY)).persist();
            try {
                Map<List<String>, Long> variants = new HashMap<>();
                for (Row r : journeys.groupBy("path").count().collectAsList()) {
                    variants.put(List.copyOf(r.getList(0)), r.getLong(1));
                }
                Map<Transition, Map<Long, Long>> gaps = new HashMap<>();
                for (Row r : journeys.select(functions.explode(functions.col("pairs")).as("p"))
                        .groupBy("p.from", "p.to", "p.gap").count().collectAsList()) {
                    gaps.computeIfAbsent(Transition.of(r.getString(0), r.getString(1)), t -> new TreeMap<>())
                            .put(r.getLong(2), r.getLong(3));
                }
                return new Found(DirectlyFollowsGraph.ofCounts(variants, gaps), counts);
            } finally {
                journeys.unpersist();
            }
        } finally {
            mapped.unpersist();
        }
    }

    private static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
    }

    /** One journey's rows, already ordered by time and input position, as its path and gaps. */
    private static Row journey(Row grouped) {
        List<Row> in = grouped.getList(1);
        String[] path = new String[in.size()];
        List<Row> pairs = new ArrayList<>(Math.max(0, in.size() - 1));
        for (int k = 0; k < path.length; k++) {
            path[k] = in.get(k).getString(2);
            if (k > 0) {
                pairs.add(RowFactory.create(path[k - 1], path[k], in.get(k).getLong(0) - in.get(k - 1).getLong(0)));
            }
        }
        return RowFactory.create(seq(Arrays.asList(path)), seq(pairs));
    }
}
