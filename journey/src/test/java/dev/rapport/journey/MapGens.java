package dev.rapport.journey;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.rapport.core.Channel;
import dev.rapport.core.Expectation;
import dev.rapport.core.Persona;
import dev.rapport.core.Scale;
import dev.rapport.core.Stage;
import java.util.List;
import org.quicktheories.core.Gen;

/** Generators of valid journey maps for the properties. */
final class MapGens {

    private MapGens() {
    }

    /**
     * Valid maps of 1 to 8 touchpoints over the lifecycle stages: a chain t0 → t1 → ... in stage order makes
     * every touchpoint reachable, and random extra forward edges (plus some self-loops) add branches.
     */
    static Gen<JourneyMap> maps() {
        Gen<List<Integer>> seeds = lists().of(integers().between(0, 1_000_000)).ofSizeBetween(1, 8);
        return seeds.map(MapGens::mapFrom);
    }

    static JourneyMap mapFrom(List<Integer> seeds) {
        JourneyMap.Builder builder = JourneyMap.builder("generated", Persona.of("someone").withGoals("be served"))
                .stages(Stage.LIFECYCLE);
        int n = seeds.size();
        for (int i = 0; i < n; i++) {
            int seed = seeds.get(i);
            Stage stage = Stage.LIFECYCLE.get(Math.min(5, i * 6 / n));
            Channel channel = Channel.standard().get(seed % Channel.standard().size());
            builder.touchpoint("t" + i, channel, stage, t -> {
                t.emotion(seed % 5 - 2).goal("goal " + seed);
                if (seed % 2 == 0) {
                    t.automated();
                }
                if (seed % 3 == 0) {
                    t.painPoint("pain " + seed).momentOfTruth().backstage("step " + seed);
                }
                if (seed % 7 == 0) {
                    t.expects("reliability", Expectation.of(Scale.CSAT, 3, 4.5)).exit();
                }
            });
            if (i > 0) {
                builder.path("t" + (i - 1), "t" + i);
            }
            if (i > 1 && seed % 4 == 0) {
                builder.path("t" + (seed % (i - 1)), "t" + i);
            }
            if (seed % 11 == 0) {
                builder.path("t" + i, "t" + i);
            }
        }
        return builder.build();
    }
}
