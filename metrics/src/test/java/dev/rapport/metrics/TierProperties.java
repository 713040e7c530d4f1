package dev.rapport.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import dev.rapport.core.Channel;
import dev.rapport.core.Interaction;
import dev.rapport.core.Outcome;
import dev.rapport.core.RapportJson;
import dev.rapport.data.InteractionColumns;
import dev.rapport.data.InteractionColumns.Dimension;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of the tiered-support states on contacts made to collide: four cases, six possible seconds, so that most
 * cases have several tiers at the same moment, and one tier or stage in five unknown.
 */
class TierProperties {

    private static final String[] TIERS = {"L1", "L2", "L3", "vendor"};
    private static final List<TierPolicy> POLICIES = List.of(TierPolicy.DEFAULT,
            TierPolicy.DEFAULT.withOrder("L1", "L2", "L3"),
            TierPolicy.DEFAULT.withColumn(TierPolicy.Column.STAGE).withOrder("L3", "L2", "L1", "vendor"));
    private static final List<Metric<Interaction, TierPaths, Estimate>> METRICS = metrics();

    private static List<Metric<Interaction, TierPaths, Estimate>> metrics() {
        ImmutableList.Builder<Metric<Interaction, TierPaths, Estimate>> all = ImmutableList.builder();
        for (TierPolicy policy : POLICIES) {
            all.add(Metrics.firstLevelResolution(policy), Metrics.tierTransfers(policy), Metrics.escalations(policy),
                    Metrics.teamChanges(policy), Metrics.pingPongRate(policy));
        }
        return all.build();
    }

    static Interaction contact(long seed) {
        Random r = new Random(seed);
        Interaction.Builder builder = Interaction.builder("i-" + seed, "c-" + r.nextInt(3),
                Instant.ofEpochSecond(1_767_000_000L + r.nextInt(6)), r.nextBoolean() ? "assigned" : "in-progress",
                r.nextBoolean() ? Channel.PHONE : Channel.EMAIL)
                .outcome(r.nextInt(4) == 0 ? Outcome.RESOLVED : Outcome.values()[r.nextInt(Outcome.values().length)]);
        if (r.nextInt(8) != 0) {
            builder.caseId("INC-" + r.nextInt(4));
        }
        if (r.nextInt(5) != 0) {
            builder.tier(TIERS[r.nextInt(TIERS.length)]);
        }
        if (r.nextInt(5) != 0) {
            builder.stage(TIERS[r.nextInt(TIERS.length)]);
        }
        if (r.nextBoolean()) {
            builder.agent("a-" + r.nextInt(2));
        }
        return builder.build();
    }

    private static Gen<List<Interaction>> contacts() {
        return lists().of(longs().all().map(TierProperties::contact)).ofSizeBetween(0, 40);
    }

    @Test
    void merge_associativeCommutativeWithIdentity() {
        qt().withExamples(100).forAll(contacts(), contacts(), contacts()).checkAssert((a, b, c) -> {
            for (Metric<Interaction, TierPaths, Estimate> metric : METRICS) {
                TierPaths x = MetricsProperties.fold(metric, a);
                TierPaths y = MetricsProperties.fold(metric, b);
                TierPaths z = MetricsProperties.fold(metric, c);
                assertEquals(x.merge(y).merge(z), x.merge(y.merge(z)), metric.name());
                assertEquals(x.merge(y), y.merge(x), metric.name());
                assertEquals(x, x.merge(TierPaths.empty()), metric.name());
            }
        });
    }

    @Test
    void anyOrderAnySharding_sameStateAndEstimate() {
        qt().withExamples(100).forAll(contacts(), longs().all()).checkAssert((all, seed) -> {
            Random random = new Random(seed);
            List<Interaction> shuffled = new ArrayList<>(all);
            Collections.shuffle(shuffled, random);
            for (Metric<Interaction, TierPaths, Estimate> metric : METRICS) {
                TierPaths one = MetricsProperties.fold(metric, all);
                TierPaths merged = metric.empty();
                for (int from = 0; from < shuffled.size(); ) {
                    int to = Math.min(shuffled.size(), from + 1 + random.nextInt(7));
                    TierPaths shard = MetricsProperties.fold(metric, shuffled.subList(from, to));
                    merged = random.nextBoolean() ? metric.merge(merged, shard) : metric.merge(shard, merged);
                    from = to;
                }
                assertEquals(one, merged, metric.name());
                assertEquals(metric.finish(one), metric.finish(merged), metric.name());
            }
        });
    }

    @Test
    void columns_sameStatesAsObjects_overallAndByEveryDimension() {
        qt().withExamples(60).forAll(contacts()).checkAssert(all -> {
            InteractionColumns columns = InteractionColumns.of(all);
            for (Metric<Interaction, TierPaths, Estimate> metric : METRICS) {
                assertEquals(metric.finish(MetricsProperties.fold(metric, all)), ColumnMetrics.evaluate(columns,
                        metric), metric.name());
                for (Dimension dimension : Dimension.values()) {
                    Map<List<String>, TierPaths> expected = new LinkedHashMap<>();
                    Map<List<String>, List<Interaction>> groups = new LinkedHashMap<>();
                    all.forEach(i -> groups.computeIfAbsent(InteractionColumns.keyOf(i, dimension),
                            k -> new ArrayList<>()).add(i));
                    groups.forEach((key, rows) -> expected.put(key, MetricsProperties.fold(metric, rows)));
                    assertEquals(expected, Map.copyOf(ColumnMetrics.accumulate(columns, metric, dimension)),
                            metric.name() + " by " + dimension);
                }
            }
        });
    }

    @Test
    void state_jsonAndWireRoundTripsAreExact() {
        qt().withExamples(60).forAll(contacts()).checkAssert(all -> {
            for (Metric<Interaction, TierPaths, Estimate> metric : METRICS) {
                TierPaths state = MetricsProperties.fold(metric, all);
                String json = RapportJson.mapper().writeValueAsString(state);
                assertEquals(state, RapportJson.mapper().readValue(json, TierPaths.class), json);
                assertEquals(state, StateCodec.decode(metric, StateCodec.encode(metric, state)), metric.name());
            }
        });
    }
}
