package dev.rapport.spark.internal;

import dev.rapport.core.Interaction;
import dev.rapport.core.UnreadableInputException;
import java.io.Serializable;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoders;
import org.apache.spark.sql.catalyst.encoders.Codec;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.expressions.Aggregator;
import scala.Function0;
import scala.reflect.ClassTag$;

/**
 * The Spark {@link Aggregator} behind every Rapport job: zero = the metrics' empty states, reduce = map the row to
 * an interaction (or count it rejected) and add it, merge = the metrics' merge, finish = the buffer's bytes. Between
 * executors the buffer travels in {@link dev.rapport.metrics.StateCodec} form (a binary column, no Java or Kryo
 * serialization), through Spark's {@code TransformingEncoder}.
 */
public class StatesAggregator extends Aggregator<Row, StateBuffer, byte[]> {

    private static final long serialVersionUID = 1;

    final MetricSource metrics;
    private final RowMapper mapper;
    private final boolean strict;
    private final String source;

    public StatesAggregator(MetricSource metrics, RowMapper mapper, boolean strict, String source) {
        this.metrics = metrics;
        this.mapper = mapper;
        this.strict = strict;
        this.source = source;
    }

    @Override
    public StateBuffer zero() {
        return StateBuffer.empty(metrics.resolve());
    }

    @Override
    public StateBuffer reduce(StateBuffer buffer, Row row) {
        Interaction interaction;
        try {
            interaction = mapper.map(row);
        } catch (IllegalArgumentException | IllegalStateException e) {
            String values = mapper.describe(row);
            if (strict) {
                throw new UnreadableInputException(source, 0, 0, "", e.getMessage() + " in row [" + values + "]", e);
            }
            buffer.reject(e.getMessage(), e.getMessage() + " in row [" + values + "]");
            return buffer;
        }
        buffer.add(metrics.resolve(), interaction);
        return buffer;
    }

    @Override
    public StateBuffer merge(StateBuffer left, StateBuffer right) {
        left.merge(metrics.resolve(), right);
        return left;
    }

    @Override
    public byte[] finish(StateBuffer buffer) {
        return buffer.toBytes(metrics.resolve());
    }

    @Override
    public Encoder<StateBuffer> bufferEncoder() {
        return bufferEncoder(metrics);
    }

    @Override
    public Encoder<byte[]> outputEncoder() {
        return Encoders.BINARY();
    }

    /** An encoder that stores a buffer as one binary value in StateCodec form. */
    static Encoder<StateBuffer> bufferEncoder(MetricSource metrics) {
        Function0<Codec<? super StateBuffer, byte[]>> provider = new CodecProvider(metrics);
        return ExpressionEncoder.apply(new AgnosticEncoders.TransformingEncoder<StateBuffer, byte[]>(
                ClassTag$.MODULE$.apply(StateBuffer.class), AgnosticEncoders.BinaryEncoder$.MODULE$, provider,
                false));
    }

    /** Serializable, as Spark ships it inside the plan. */
    private record CodecProvider(MetricSource metrics)
            implements Function0<Codec<? super StateBuffer, byte[]>>, Serializable {
        @Override
        public Codec<? super StateBuffer, byte[]> apply() {
            return new BufferCodec(metrics);
        }
    }

    private record BufferCodec(MetricSource metrics) implements Codec<StateBuffer, byte[]> {
        @Override
        public byte[] encode(StateBuffer buffer) {
            return buffer.toBytes(metrics.resolve());
        }

        @Override
        public StateBuffer decode(byte[] bytes) {
            return StateBuffer.fromBytes(metrics.resolve(), bytes);
        }
    }
}
