package dev.rapport.spark.internal;

import dev.rapport.core.Interaction;
import dev.rapport.data.InteractionColumns;
import dev.rapport.metrics.ColumnMetrics;
import dev.rapport.metrics.Estimate;
import dev.rapport.metrics.GroupedStates;
import dev.rapport.metrics.Metric;
import dev.rapport.metrics.StateCodec;
import dev.rapport.spark.RowCounts;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The mutable aggregation buffer of a Spark job: one accumulator state per metric, plus the count of rows read and
 * rejected with the reasons. Merging is associative and commutative (states by their metrics' merge; counts add;
 * reasons and examples keep the least ones in text order, see {@code RowCounts}), so partitions can be combined in
 * any order.
 * <p>
 * The built-in metrics' states are immutable values, and adding one interaction to a per-case state (FCR's
 * {@code CaseContacts}) copies it: folded row by row, a partition of a million rows would take hours. So the
 * interactions that a metric with a columnar form will see are appended to columns first, and every
 * {@value #FLUSH_ROWS} rows (and before a merge or the bytes) those columns are folded in one pass of
 * {@link ColumnMetrics#accumulateAll} and merged into the states: the same states (the columnar kernels give the
 * per-object states exactly), at the library's columnar speed. A metric of your own is folded row by row.
 */
public final class StateBuffer {

    /** The rows appended to columns before they are folded into the states (about 12 MB of columns). */
    static final int FLUSH_ROWS = 1 << 18;

    /** Whether each metric has a columnar form, found once per metric object (per executor JVM). */
    private static final Map<Metric<?, ?, ?>, Boolean> COLUMNAR = Collections.synchronizedMap(new IdentityHashMap<>());
    private static final InteractionColumns NONE = InteractionColumns.builder().build();

    private final Object[] states;
    private InteractionColumns.Builder pending;
    private int pendingRows;
    public long rows;
    public long rejected;
    public final TreeMap<String, Long> reasons = new TreeMap<>();
    public final TreeSet<String> examples = new TreeSet<>();

    StateBuffer(Object[] states) {
        this.states = states;
    }

    /** Empty states of these metrics, no rows. */
    public static StateBuffer empty(List<Metric<Interaction, ?, Estimate>> metrics) {
        Object[] states = new Object[metrics.size()];
        for (int m = 0; m < states.length; m++) {
            states[m] = metrics.get(m).empty();
        }
        return new StateBuffer(states);
    }

    /** Adds one accepted interaction. */
    public void add(List<Metric<Interaction, ?, Estimate>> metrics, Interaction interaction) {
        rows++;
        boolean appended = false;
        for (int m = 0; m < states.length; m++) {
            Metric<Interaction, ?, Estimate> metric = metrics.get(m);
            if (!columnar(metric)) {
                states[m] = add(metric, states[m], interaction);
            } else if (!appended) {
                appended = true;
                if (!append(interaction)) { // beyond what columns hold: folded as an object, as the library does
                    for (int c = m; c < states.length; c++) {
                        if (columnar(metrics.get(c))) {
                            states[c] = add(metrics.get(c), states[c], interaction);
                        }
                    }
                }
            }
        }
        if (pendingRows >= FLUSH_ROWS) {
            flush(metrics);
        }
    }

    private boolean append(Interaction interaction) {
        if (pending == null) {
            pending = InteractionColumns.builder();
        }
        try {
            pending.add(interaction);
        } catch (IllegalArgumentException e) {
            return false;
        }
        pendingRows++;
        return true;
    }

    /** The states, with every appended row folded in. */
    public Object[] states(List<Metric<Interaction, ?, Estimate>> metrics) {
        flush(metrics);
        return states;
    }

    /** Folds the appended rows in one columnar pass and merges the result into the states. */
    private void flush(List<Metric<Interaction, ?, Estimate>> metrics) {
        if (pendingRows == 0) {
            return;
        }
        List<Metric<Interaction, ?, Estimate>> columnar = new ArrayList<>();
        for (Metric<Interaction, ?, Estimate> metric : metrics) {
            if (columnar(metric)) {
                columnar.add(metric);
            }
        }
        GroupedStates folded = ColumnMetrics.accumulateAll(pending.build(), columnar);
        pending = null;
        pendingRows = 0;
        for (int m = 0; m < states.length; m++) {
            if (columnar(metrics.get(m))) {
                states[m] = mergeFolded(metrics.get(m), states[m], folded);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <S> Object mergeFolded(Metric<Interaction, S, Estimate> metric, Object state,
            GroupedStates folded) {
        S all = folded.states(metric).get(List.of());
        return all == null ? state : metric.merge((S) state, all);
    }

    /** Whether the metric is one of the library's, with a columnar kernel that gives its per-object states. */
    private static boolean columnar(Metric<Interaction, ?, Estimate> metric) {
        return COLUMNAR.computeIfAbsent(metric, m -> {
            try {
                ColumnMetrics.accumulateAll(NONE, List.of(metric));
                return true;
            } catch (IllegalArgumentException noColumnarForm) {
                return false;
            }
        });
    }

    /** Counts one rejected row. */
    public void reject(String reason, String example) {
        rows++;
        rejected++;
        countReason(reason, 1);
        keepExample(example);
    }

    /** Adds the other buffer into this one. */
    public void merge(List<Metric<Interaction, ?, Estimate>> metrics, StateBuffer other) {
        flush(metrics);
        other.flush(metrics);
        rows += other.rows;
        rejected += other.rejected;
        for (int m = 0; m < states.length; m++) {
            states[m] = merge(metrics.get(m), states[m], other.states[m]);
        }
        other.reasons.forEach(this::countReason);
        other.examples.forEach(this::keepExample);
    }

    private void countReason(String reason, long n) {
        reasons.merge(reason, n, Long::sum);
        // keep the least MAX_REASONS reasons; the rest under OTHER_REASONS (which sorts before any reason)
        String other = RowCounts.OTHER_REASONS;
        while (reasons.size() > RowCounts.MAX_REASONS + (reasons.containsKey(other) ? 1 : 0)) {
            Map.Entry<String, Long> last = reasons.pollLastEntry();
            reasons.merge(other, last.getValue(), Long::sum);
        }
    }

    private void keepExample(String example) {
        examples.add(example);
        if (examples.size() > RowCounts.MAX_EXAMPLES) {
            examples.pollLast();
        }
    }

    @SuppressWarnings("unchecked") // a state only ever meets the metric that made it
    private static <S> Object add(Metric<Interaction, S, Estimate> metric, Object state, Interaction interaction) {
        return metric.add((S) state, interaction);
    }

    @SuppressWarnings("unchecked")
    private static <S> Object merge(Metric<Interaction, S, Estimate> metric, Object left, Object right) {
        return metric.merge((S) left, (S) right);
    }

    @SuppressWarnings("unchecked")
    private static <S> byte[] encode(Metric<Interaction, S, Estimate> metric, Object state) {
        return StateCodec.encode(metric, (S) state);
    }

    //-----------------------------------------------------------------------
    /** The buffer as bytes: counts, reasons, examples, then each state in {@link StateCodec} form with its length. */
    public byte[] toBytes(List<Metric<Interaction, ?, Estimate>> metrics) {
        flush(metrics);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64);
        varint(out, rows);
        varint(out, rejected);
        varint(out, reasons.size());
        reasons.forEach((reason, n) -> {
            string(out, reason);
            varint(out, n);
        });
        varint(out, examples.size());
        examples.forEach(e -> string(out, e));
        for (int m = 0; m < states.length; m++) {
            byte[] state = encode(metrics.get(m), states[m]);
            varint(out, state.length);
            out.write(state, 0, state.length);
        }
        return out.toByteArray();
    }

    /** Reads {@link #toBytes}. */
    public static StateBuffer fromBytes(List<Metric<Interaction, ?, Estimate>> metrics, byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        StateBuffer buffer = new StateBuffer(new Object[metrics.size()]);
        buffer.rows = varint(in);
        buffer.rejected = varint(in);
        for (long n = varint(in); n > 0; n--) {
            String reason = string(in);
            buffer.reasons.put(reason, varint(in));
        }
        for (long n = varint(in); n > 0; n--) {
            buffer.examples.add(string(in));
        }
        for (int m = 0; m < metrics.size(); m++) {
            byte[] state = new byte[(int) varint(in)];
            in.get(state);
            buffer.states[m] = StateCodec.decode(metrics.get(m), state);
        }
        return buffer;
    }

    private static void varint(ByteArrayOutputStream out, long value) {
        while ((value & ~0x7FL) != 0) {
            out.write((int) (value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.write((int) value);
    }

    private static long varint(ByteBuffer in) {
        long value = 0;
        for (int shift = 0; ; shift += 7) {
            int b = in.get() & 0xFF;
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
    }

    private static void string(ByteArrayOutputStream out, String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        varint(out, utf8.length);
        out.write(utf8, 0, utf8.length);
    }

    private static String string(ByteBuffer in) {
        byte[] utf8 = new byte[(int) varint(in)];
        in.get(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
