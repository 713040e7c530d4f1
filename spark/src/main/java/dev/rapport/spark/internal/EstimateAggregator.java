package dev.rapport.spark.internal;

import dev.rapport.core.Interaction;
import dev.rapport.metrics.Estimate;
import dev.rapport.metrics.Metric;
import java.util.List;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One metric as a Spark aggregate that finishes into its estimate as a struct (the SQL functions): the same
 * zero, reduce and merge as {@link StatesAggregator}, finish = the metric's {@code finish}.
 */
public final class EstimateAggregator extends Aggregator<Row, StateBuffer, Row> {

    private static final long serialVersionUID = 1;

    /**
     * The struct of an estimate: an empty estimate has null value, lower, upper and standard error; {@code rejected}
     * counts the rows whose cell could not be read (e.g. {@code eleven} as an NPS answer), left out of the estimate.
     */
    public static final StructType ESTIMATE = new StructType()
            .add("value", DataTypes.DoubleType, true)
            .add("lower", DataTypes.DoubleType, true)
            .add("upper", DataTypes.DoubleType, true)
            .add("sample_size", DataTypes.LongType, false)
            .add("method", DataTypes.StringType, false)
            .add("confidence", DataTypes.DoubleType, false)
            .add("standard_error", DataTypes.DoubleType, true)
            .add("rejected", DataTypes.LongType, false);

    private final StatesAggregator states;

    public EstimateAggregator(StatesAggregator states) {
        this.states = states;
    }

    @Override
    public StateBuffer zero() {
        return states.zero();
    }

    @Override
    public StateBuffer reduce(StateBuffer buffer, Row row) {
        return states.reduce(buffer, row);
    }

    @Override
    public StateBuffer merge(StateBuffer left, StateBuffer right) {
        return states.merge(left, right);
    }

    @Override
    public Row finish(StateBuffer buffer) {
        List<Metric<Interaction, ?, Estimate>> metrics = states.metrics.resolve();
        return row(finish(metrics.get(0), buffer.states(metrics)[0]), buffer.rejected);
    }

    @SuppressWarnings("unchecked") // the state was made by this metric
    private static <S> Estimate finish(Metric<Interaction, S, Estimate> metric, Object state) {
        return metric.finish((S) state);
    }

    /** The struct of an estimate. */
    public static Row row(Estimate e, long rejected) {
        boolean empty = e.isEmpty();
        return RowFactory.create(empty ? null : e.point(), empty ? null : e.lower(), empty ? null : e.upper(),
                e.sampleSize(), e.method(), e.confidence(),
                e.standardError().isPresent() ? e.standardError().getAsDouble() : null, rejected);
    }

    @Override
    public Encoder<StateBuffer> bufferEncoder() {
        return states.bufferEncoder();
    }

    @Override
    public Encoder<Row> outputEncoder() {
        return Encoders.row(ESTIMATE);
    }
}
