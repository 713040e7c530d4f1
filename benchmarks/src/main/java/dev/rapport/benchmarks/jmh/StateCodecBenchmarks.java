package dev.rapport.benchmarks.jmh;

import dev.rapport.core.Interaction;
import dev.rapport.core.RapportJson;
import dev.rapport.examples.SampleData;
import dev.rapport.metrics.Estimate;
import dev.rapport.metrics.Metric;
import dev.rapport.metrics.MetricRegistry;
import dev.rapport.metrics.StateCodec;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A merge as a distributed engine does it, the states arriving as bytes: read two states, merge them, write the
 * merged one, in {@link StateCodec} form ({@code codecMerge}) and as the JSON state ({@code jsonMerge}), per metric
 * (one state type each). The setup prints the bytes of one state in both forms. Each state is folded from half of
 * {@code rows} sample interactions. Run with
 * {@code java -jar benchmarks/target/rapport-benchmarks.jar jmh StateCodecBenchmarks}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StateCodecBenchmarks {

    /** One built-in metric per state type. */
    @Param({"nps", "csat", "wait-mean", "wait-p90", "productivity", "fcr", "repeat-business-rate",
            "resolution-time-p90"})
    public String metric;

    @Param("20000")
    public int rows;

    private Metric<Interaction, Object, Estimate> resolved;
    private byte[] leftCodec;
    private byte[] rightCodec;
    private String leftJson;
    private String rightJson;
    private Class<?> type;

    @Setup
    @SuppressWarnings("unchecked") // a state only meets the metric that made it
    public void setUp() {
        resolved = (Metric<Interaction, Object, Estimate>) (Metric<Interaction, ?, Estimate>) MetricRegistry.builtIn()
                .named(metric);
        Object left = resolved.empty();
        Object right = resolved.empty();
        Iterator<Interaction> interactions = SampleData.of(rows).iterator();
        for (int i = 0; interactions.hasNext(); i++) {
            if (i % 2 == 0) {
                left = resolved.add(left, interactions.next());
            } else {
                right = resolved.add(right, interactions.next());
            }
        }
        type = left.getClass();
        leftCodec = StateCodec.encode(resolved, left);
        rightCodec = StateCodec.encode(resolved, right);
        leftJson = RapportJson.mapper().writeValueAsString(left);
        rightJson = RapportJson.mapper().writeValueAsString(right);
        System.out.printf(Locale.ROOT, "%n%s (%s of %d interactions): codec %d bytes, JSON %d bytes%n", metric,
                type.getSimpleName(), (rows + 1) / 2, leftCodec.length,
                leftJson.getBytes(StandardCharsets.UTF_8).length);
    }

    @Benchmark
    public byte[] codecMerge() {
        Object merged = resolved.merge(StateCodec.decode(resolved, leftCodec), StateCodec.decode(resolved, rightCodec));
        return StateCodec.encode(resolved, merged);
    }

    @Benchmark
    public String jsonMerge() {
        Object merged = resolved.merge(RapportJson.mapper().readValue(leftJson, type),
                RapportJson.mapper().readValue(rightJson, type));
        return RapportJson.mapper().writeValueAsString(merged);
    }
}
