package dev.rapport.kafka.internal;

import dev.rapport.core.Interaction;
import dev.rapport.metrics.Estimate;
import dev.rapport.metrics.Metric;
import dev.rapport.metrics.StateCodec;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The aggregate of one window and group: one accumulator state per KPI, in KPI order. In the state store and its
 * changelog each state is in {@link StateCodec} form, prefixed by its length (unsigned LEB128). This type is
 * immutable and thread-safe.
 */
public record WindowStates(List<Object> states) {

    public WindowStates {
        states = List.copyOf(states);
    }

    public static WindowStates empty(List<Metric<Interaction, ?, Estimate>> metrics) {
        return new WindowStates(metrics.stream().<Object>map(Metric::empty).toList());
    }

    public WindowStates add(List<Metric<Interaction, ?, Estimate>> metrics, Interaction interaction) {
        List<Object> next = new ArrayList<>(states.size());
        for (int m = 0; m < states.size(); m++) {
            next.add(add(metrics.get(m), states.get(m), interaction));
        }
        return new WindowStates(next);
    }

    @SuppressWarnings("unchecked") // a state only ever meets the metric that made it
    private static <S> Object add(Metric<Interaction, S, Estimate> metric, Object state, Interaction interaction) {
        return metric.add((S) state, interaction);
    }

    @SuppressWarnings("unchecked")
    private static <S> byte[] encode(Metric<Interaction, S, Estimate> metric, Object state) {
        return StateCodec.encode(metric, (S) state);
    }

    /** The serde of these states for these metrics. */
    public static Serde<WindowStates> serde(List<Metric<Interaction, ?, Estimate>> metrics) {
        Serializer<WindowStates> serializer = (topic, value) -> value == null ? null : toBytes(metrics, value);
        Deserializer<WindowStates> deserializer = (topic, bytes) -> bytes == null ? null : fromBytes(metrics, bytes);
        return Serdes.serdeFrom(serializer, deserializer);
    }

    static byte[] toBytes(List<Metric<Interaction, ?, Estimate>> metrics, WindowStates value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64);
        for (int m = 0; m < metrics.size(); m++) {
            byte[] state = encode(metrics.get(m), value.states.get(m));
            varint(out, state.length);
            out.write(state, 0, state.length);
        }
        return out.toByteArray();
    }

    static WindowStates fromBytes(List<Metric<Interaction, ?, Estimate>> metrics, byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        List<Object> states = new ArrayList<>(metrics.size());
        for (Metric<Interaction, ?, Estimate> metric : metrics) {
            byte[] state = new byte[varint(in)];
            in.get(state);
            states.add(StateCodec.decode(metric, state));
        }
        return new WindowStates(states);
    }

    private static void varint(ByteArrayOutputStream out, int value) {
        while ((value & ~0x7F) != 0) {
            out.write((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.write(value);
    }

    private static int varint(ByteBuffer in) {
        int value = 0;
        for (int shift = 0; ; shift += 7) {
            int b = in.get() & 0xFF;
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
    }

    @Override
    public String toString() {
        return "WindowStates" + states;
    }
}
