package dev.rapport.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.rapport.core.Channel;
import dev.rapport.core.Interaction;
import dev.rapport.core.Outcome;
import dev.rapport.data.InteractionColumns;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Conformance and the funnel over columns are those of the per-object path, for either grouping. */
class ColumnarConformanceProperties {

    /** The map's touchpoints t0 to t7 (a map has 1 to 8) and touchpoints no map has. */
    private static final List<String> TOUCHPOINTS =
            List.of("t0", "t1", "t2", "t3", "t4", "t5", "t6", "t7", "faq", "survey");
    /** Stages an interaction may name: lifecycle stages (the map's) and one no map has; null for none. */
    private static final List<String> STAGES = java.util.Arrays.asList("awareness", "support", "loyalty",
            "backstage", null);

    /**
     * Up to 80 interactions of 5 customers and 6 cases, many at the same instant, over the map's touchpoints and
     * others. A customer id may also be a case id ({@code k1}), and some interactions have no case. An interaction
     * at a touchpoint the map does not have names no stage of the map (columns hold no stage: the documented
     * condition).
     */
    static Gen<List<Integer>> seeds() {
        return lists().of(integers().between(0, 1_000_000)).ofSizeBetween(0, 80);
    }

    static List<Interaction> interactions(JourneyMap map, List<Integer> seeds) {
        List<Interaction> result = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i++) {
            int seed = seeds.get(i);
            String touchpoint = TOUCHPOINTS.get(seed % TOUCHPOINTS.size());
            String stage = STAGES.get(seed / 11 % STAGES.size());
            if (map.touchpoint(touchpoint).isEmpty() && map.stage(String.valueOf(stage)).isPresent()) {
                stage = null;
            }
            String customer = seed / 3 % 5 == 4 ? "k1" : "c" + seed / 3 % 5;
            Interaction.Builder builder = Interaction.builder("i" + i, customer,
                    Instant.ofEpochSecond(1_700_000_000 + seed / 7 % 9), touchpoint,
                    seed % 2 == 0 ? Channel.PHONE : Channel.WEB).outcome(Outcome.values()[seed / 13 % 5]);
            if (seed / 17 % 4 != 0) {
                builder.caseId("k" + seed / 19 % 6);
            }
            if (stage != null) {
                builder.stage(stage);
            }
            result.add(builder.build());
        }
        return result;
    }

    @Test
    void conformanceOverColumnsIsThePerObjectConformance() {
        qt().withExamples(300).forAll(MapGens.maps(), seeds()).checkAssert((map, seeds) -> {
            List<Interaction> list = interactions(map, seeds);
            InteractionColumns columns = InteractionColumns.of(list);
            for (Grouping grouping : Grouping.values()) {
                ConformanceReport objects = ConformanceReport.of(map, JourneyLog.of(list, grouping));
                ConformanceReport overColumns = ConformanceReport.of(map, columns, grouping);
                assertEquals(objects.journeys(), overColumns.journeys(), grouping::toString);
                assertEquals(objects.toString(), overColumns.toString());
            }
        });
    }

    @Test
    void funnelOverColumnsIsThePerObjectFunnel() {
        qt().withExamples(300).forAll(MapGens.maps(), seeds()).checkAssert((map, seeds) -> {
            List<Interaction> list = interactions(map, seeds);
            InteractionColumns columns = InteractionColumns.of(list);
            for (Grouping grouping : Grouping.values()) {
                assertEquals(Funnel.of(map, JourneyLog.of(list, grouping)), Funnel.of(map, columns, grouping),
                        grouping::toString);
            }
        });
    }
}
