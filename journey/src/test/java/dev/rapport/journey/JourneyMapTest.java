package dev.rapport.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.core.Channel;
import dev.rapport.core.InvalidModelException;
import dev.rapport.core.Mode;
import dev.rapport.core.Persona;
import dev.rapport.core.Stage;
import java.util.List;
import org.junit.jupiter.api.Test;

class JourneyMapTest {

    private final JourneyMap map = SampleMaps.support();

    //-----------------------------------------------------------------------
    // queries
    //-----------------------------------------------------------------------
    @Test
    void touchpointsIn_stage_inAddedOrder() {
        assertEquals(List.of("faq", "chat", "phone-support"),
                map.touchpointsIn(Stage.SUPPORT).stream().map(MapTouchpoint::id).toList());
    }

    @Test
    void touchpointsOnAndServed_filterByChannelAndMode() {
        assertEquals(List.of("chat"), map.touchpointsOn(Channel.CHAT).stream().map(MapTouchpoint::id).toList());
        assertEquals(List.of("ad", "faq", "survey"),
                map.touchpointsServed(Mode.AUTOMATED).stream().map(MapTouchpoint::id).toList());
        assertEquals(List.of("chat", "phone-support"),
                map.touchpointsServed(Mode.HUMAN).stream().map(MapTouchpoint::id).toList());
    }

    @Test
    void entryAndExitPoints_followFromThePaths() {
        assertEquals(List.of("ad"), map.entryPoints().stream().map(MapTouchpoint::id).toList());
        assertEquals(List.of("survey"), map.exitPoints().stream().map(MapTouchpoint::id).toList());
    }

    @Test
    void allPaths_everySimplePathFromEntryToExit() {
        assertEquals(List.of(
                List.of("ad", "faq", "chat", "phone-support", "survey"),
                List.of("ad", "faq", "chat", "survey"),
                List.of("ad", "faq", "phone-support", "survey")),
                map.allPaths().stream().sorted((a, b) -> String.join(",", a).compareTo(String.join(",", b)))
                        .toList());
    }

    @Test
    void graph_hasOneEdgePerPath() {
        assertEquals(6, map.graph().edges().size());
        assertTrue(map.expects("chat", "phone-support"));
        assertFalse(map.expects("phone-support", "chat"));
    }

    //-----------------------------------------------------------------------
    // validation
    //-----------------------------------------------------------------------
    @Test
    void build_manyProblems_reportsEveryOneWithItsPath() {
        var e = assertThrows(InvalidModelException.class, () -> JourneyMap.builder("broken", Persona.of("p"))
                .stages(Stage.SUPPORT, Stage.SUPPORT)
                .touchpoint("faq", Channel.WEB, Stage.SUPPORT, t -> t.emotion(3))
                .touchpoint("faq", Channel.WEB, Stage.SUPPORT)
                .touchpoint("shop", Channel.WEB, Stage.PURCHASE)
                .path("faq", "nowhere")
                .build());
        assertEquals("""
                invalid journey map (5 problems):
                  paths[0].to: must be one of the map's touchpoints (was 'nowhere')
                  stages[1].id: duplicate stage id (was 'support')
                  touchpoints[0].emotion: must be between -2 and 2 (was 3)
                  touchpoints[1].id: duplicate touchpoint id (was 'faq')
                  touchpoints[2].stage: must be one of the map's stages [support] (was 'purchase')""",
                e.getMessage());
    }

    @Test
    void build_cycleWithoutEntry_noEntryPoint() {
        var e = assertThrows(InvalidModelException.class, () -> JourneyMap.builder("loop", Persona.of("p"))
                .stages(Stage.SUPPORT)
                .touchpoint("a", Channel.WEB, Stage.SUPPORT)
                .touchpoint("b", Channel.WEB, Stage.SUPPORT)
                .path("a", "b", "a")
                .build());
        assertEquals("""
                invalid journey map (1 problem):
                  touchpoints: has no entry point: every touchpoint has an expected path leading to it and none \
                is marked entry (was '2 touchpoints')""", e.getMessage());
    }

    @Test
    void build_unreachableCycle_namesEachTouchpoint() {
        var e = assertThrows(InvalidModelException.class, () -> JourneyMap.builder("island", Persona.of("p"))
                .stages(Stage.SUPPORT)
                .touchpoint("a", Channel.WEB, Stage.SUPPORT)
                .touchpoint("b", Channel.WEB, Stage.SUPPORT)
                .touchpoint("c", Channel.WEB, Stage.SUPPORT)
                .touchpoint("d", Channel.WEB, Stage.SUPPORT)
                .path("a", "b")
                .path("c", "d", "c")
                .build());
        assertEquals("""
                invalid journey map (2 problems):
                  touchpoints[2]: is not reachable from any entry point (was 'c')
                  touchpoints[3]: is not reachable from any entry point (was 'd')""", e.getMessage());
    }

    //-----------------------------------------------------------------------
    // JSON
    //-----------------------------------------------------------------------
    @Test
    void toJson_parse_roundTripExact() {
        String json = map.toJson();
        assertTrue(json.startsWith("{\n  \"format_version\" : 2"), json);
        assertTrue(json.contains("\"moment_of_truth\" : true"), json);
        assertEquals(map, JourneyMap.parse(json));
    }

    @Test
    void parse_pathToUnknownTouchpoint_reportsJsonPath() {
        String json = map.toJson().replace("\"to\" : \"survey\"", "\"to\" : \"servey\"");
        var e = assertThrows(InvalidModelException.class, () -> JourneyMap.parse(json));
        assertEquals("$.paths[2].to", e.violations().get(0).path());
    }
}
