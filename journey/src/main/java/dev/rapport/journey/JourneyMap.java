package dev.rapport.journey;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import com.google.common.graph.GraphBuilder;
import com.google.common.graph.ImmutableGraph;
import dev.rapport.core.Channel;
import dev.rapport.core.Ids;
import dev.rapport.core.InvalidModelException;
import dev.rapport.core.Mode;
import dev.rapport.core.Models;
import dev.rapport.core.Persona;
import dev.rapport.core.RapportJson;
import dev.rapport.core.Stage;
import dev.rapport.core.Touchpoint;
import dev.rapport.core.UnreadableInputException;
import dev.rapport.core.Consistent;
import dev.rapport.journey.internal.MapRenderer;
import dev.rapport.core.CrossFieldChecked;
import jakarta.validation.Valid;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The designed journey of one persona: the stages in order, the touchpoints in each stage, the paths the
 * customer is expected to take between touchpoints, and per touchpoint the goal, expectations, emotion
 * (-2 to +2), moments of truth, pain points, opportunities and frontstage/backstage steps.
 * <p>
 * Entry points are the touchpoints no expected path leads to, plus those marked {@code entry}; exit points are
 * those with no expected path onward, plus those marked {@code exit}. A valid map has unique stage and
 * touchpoint ids, touchpoints only in its own stages, paths only between its own touchpoints, at least one entry
 * point, and every touchpoint reachable from an entry point; {@link Builder#build()} and {@link #read} report
 * every broken rule at once in an {@link InvalidModelException}.
 * <pre>{@code
 * JourneyMap map = JourneyMap.builder("support", Persona.of("busy-parent"))
 *     .stages(Stage.AWARENESS, Stage.SUPPORT)
 *     .touchpoint("ad", Channel.SOCIAL, Stage.AWARENESS, t -> t.automated().emotion(1))
 *     .touchpoint("faq", Channel.WEB, Stage.SUPPORT, t -> t.automated().emotion(-1).painPoint("hard to find"))
 *     .touchpoint("phone-support", Channel.PHONE, Stage.SUPPORT, t -> t.emotion(2).momentOfTruth())
 *     .path("ad", "faq", "phone-support")
 *     .build();
 * }</pre>
 * In JSON (via {@link dev.rapport.core.RapportJson}): snake_case properties, {@code format_version} first.
 * This type is immutable and thread-safe.
 *
 * @param id  the map's identifier, lower-case kebab-case
 * @param name  the name people read
 * @param persona  whose journey this is
 * @param stages  the stages, in journey order
 * @param touchpoints  the touchpoints, in the order they were added
 * @param paths  the expected paths between touchpoints
 */
@Consistent
public record JourneyMap(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String name,
        @JsonProperty(required = true) Persona persona,
        @JsonProperty(required = true) List<Stage> stages,
        @JsonProperty(required = true) List<@Valid MapTouchpoint> touchpoints,
        List<Transition> paths) implements CrossFieldChecked {

    public JourneyMap {
        Ids.kebab(id, "journey map", "id");
        checkNotNull(name, "name");
        checkNotNull(persona, "persona");
        stages = ImmutableList.sortedCopyOf(Comparator.comparingInt(Stage::order), checkNotNull(stages, "stages"));
        touchpoints = ImmutableList.copyOf(checkNotNull(touchpoints, "touchpoints"));
        paths = paths == null ? ImmutableList.of() : ImmutableList.copyOf(paths);
    }

    /**
     * Starts a map for a persona; add stages, touchpoints and paths, then {@link Builder#build()}.
     *
     * @param id  the map's id, lower-case kebab-case, not null
     * @param persona  whose journey it is, not null
     * @return a new builder, never null
     */
    public static Builder builder(String id, Persona persona) {
        return new Builder(id, persona);
    }

    //-----------------------------------------------------------------------
    /**
     * Reads a map from a JSON file and validates it.
     *
     * @throws UnreadableInputException if the file is not a journey map document, naming line and JSON path
     * @throws InvalidModelException listing every broken rule by JSON path
     */
    public static JourneyMap read(Path file) {
        return RapportJson.read(file, JourneyMap.class);
    }

    /** Reads a map from JSON text and validates it; see {@link #read(Path)}. */
    public static JourneyMap parse(String json) {
        return RapportJson.read(json, JourneyMap.class);
    }

    /** Writes this map as a JSON document ({@code format_version} first). */
    public String toJson() {
        return RapportJson.write(this);
    }

    //-----------------------------------------------------------------------
    /** The stage with this id, if the map has it. */
    public Optional<Stage> stage(String stageId) {
        return stages.stream().filter(s -> s.id().equals(stageId)).findFirst();
    }

    /** The touchpoint with this id, if the map has it. */
    public Optional<MapTouchpoint> touchpoint(String touchpointId) {
        return touchpoints.stream().filter(t -> t.id().equals(touchpointId)).findFirst();
    }

    /** The touchpoint as a core {@link Touchpoint}, e.g. to hand to metrics. */
    public Optional<Touchpoint> coreTouchpoint(String touchpointId) {
        return touchpoint(touchpointId).map(t -> Touchpoint.builder(t.id(), t.channel(),
                stage(t.stage()).orElseThrow()).name(t.name()).mode(t.mode()).build());
    }

    /** The touchpoints in a stage, in the order they were added. */
    public List<MapTouchpoint> touchpointsIn(Stage stage) {
        return touchpoints.stream().filter(t -> t.stage().equals(stage.id())).collect(ImmutableList.toImmutableList());
    }

    /** The touchpoints on a channel. */
    public List<MapTouchpoint> touchpointsOn(Channel channel) {
        return touchpoints.stream().filter(t -> t.channel().equals(channel))
                .collect(ImmutableList.toImmutableList());
    }

    /** The touchpoints served in a mode: {@link Mode#HUMAN} or {@link Mode#AUTOMATED}. */
    public List<MapTouchpoint> touchpointsServed(Mode mode) {
        return touchpoints.stream().filter(t -> t.mode() == mode).collect(ImmutableList.toImmutableList());
    }

    /** The touchpoints in stage order (then in the order they were added): the order of the emotion curve. */
    public List<MapTouchpoint> inStageOrder() {
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < stages.size(); i++) {
            rank.putIfAbsent(stages.get(i).id(), i);
        }
        return ImmutableList.sortedCopyOf(
                Comparator.comparingInt(t -> rank.getOrDefault(t.stage(), Integer.MAX_VALUE)), touchpoints);
    }

    /** The expected paths as a directed graph of touchpoint ids (self-loops allowed). */
    public ImmutableGraph<String> graph() {
        ImmutableGraph.Builder<String> graph = GraphBuilder.directed().allowsSelfLoops(true).immutable();
        touchpoints.forEach(t -> graph.addNode(t.id()));
        paths.forEach(p -> graph.putEdge(p.from(), p.to()));
        return graph.build();
    }

    /** Whether the map expects the customer to go from one touchpoint straight to the other. */
    public boolean expects(String from, String to) {
        return paths.contains(Transition.of(from, to));
    }

    /** Where journeys may start: touchpoints without an incoming expected path, or marked {@code entry}. */
    public List<MapTouchpoint> entryPoints() {
        Set<String> reached = new HashSet<>();
        paths.forEach(p -> { if (!p.from().equals(p.to())) reached.add(p.to()); });
        return touchpoints.stream().filter(t -> t.entry() || !reached.contains(t.id()))
                .collect(ImmutableList.toImmutableList());
    }

    /** Where journeys may end: touchpoints without an outgoing expected path, or marked {@code exit}. */
    public List<MapTouchpoint> exitPoints() {
        Set<String> leaving = new HashSet<>();
        paths.forEach(p -> { if (!p.from().equals(p.to())) leaving.add(p.from()); });
        return touchpoints.stream().filter(t -> t.exit() || !leaving.contains(t.id()))
                .collect(ImmutableList.toImmutableList());
    }

    /**
     * Every simple path (no touchpoint twice) from an entry point to an exit point, as lists of touchpoint ids.
     * The count can grow exponentially with the map's size; maps drawn by people are small.
     */
    public List<List<String>> allPaths() {
        ImmutableGraph<String> graph = graph();
        Set<String> exits = new HashSet<>();
        exitPoints().forEach(t -> exits.add(t.id()));
        List<List<String>> result = new ArrayList<>();
        for (MapTouchpoint entry : entryPoints()) {
            Deque<String> path = new ArrayDeque<>();
            path.addLast(entry.id());
            walk(graph, exits, path, new HashSet<>(Set.of(entry.id())), result);
        }
        return ImmutableList.copyOf(result);
    }

    private static void walk(ImmutableGraph<String> graph, Set<String> exits, Deque<String> path,
            Set<String> onPath, List<List<String>> result) {
        String last = path.peekLast();
        if (exits.contains(last)) {
            result.add(ImmutableList.copyOf(path));
        }
        for (String next : graph.successors(last)) {
            if (onPath.add(next)) {
                path.addLast(next);
                walk(graph, exits, path, onPath, result);
                path.removeLast();
                onPath.remove(next);
            }
        }
    }

    //-----------------------------------------------------------------------
    /**
     * Mermaid's {@code journey} diagram: a section per stage, a task per touchpoint scored by its emotion
     * (-2 to +2 becomes Mermaid's 1 to 5).
     */
    public String toMermaidJourney() {
        return MapRenderer.mermaidJourney(this);
    }

    /** A Mermaid flowchart of the expected paths, a subgraph per stage, pain points outlined in red. */
    public String toMermaidFlowchart() {
        return MapRenderer.mermaidFlowchart(this);
    }

    /** Graphviz DOT of the expected paths, a cluster per stage. */
    public String toDot() {
        return MapRenderer.dot(this);
    }

    /**
     * A standalone SVG picture: stages as columns, touchpoints as cards with channel and mode (pain points marked
     * with a red "!", moments of truth with a star), and the emotion curve through one point per touchpoint in
     * stage order.
     */
    public String toSvg() {
        return toSvg(Map.of());
    }

    /**
     * The SVG picture with a value and status colour on the cards of some touchpoints, e.g. metric results.
     *
     * @param annotations  by touchpoint id, not null
     */
    public String toSvg(Map<String, Annotation> annotations) {
        return MapRenderer.svg(this, checkNotNull(annotations, "annotations"));
    }

    /**
     * The SVG picture with its own words (persona, emotion, channels, modes) in a language; the map's names are
     * shown as written. Ids and classes in the SVG do not change.
     *
     * @param annotations  by touchpoint id, not null
     * @param locale  the language, not null; one Rapport does not speak gives English
     */
    public String toSvg(Map<String, Annotation> annotations, java.util.Locale locale) {
        return MapRenderer.svg(this, checkNotNull(annotations, "annotations"), checkNotNull(locale, "locale"));
    }

    //-----------------------------------------------------------------------
    @Override
    public void checkCrossFields(Problems problems) {
        Set<String> stageIds = new HashSet<>();
        for (int i = 0; i < stages.size(); i++) {
            if (!stageIds.add(stages.get(i).id())) {
                problems.add("stages[" + i + "].id", "duplicate stage id", stages.get(i).id());
            }
        }
        Set<String> touchpointIds = new HashSet<>();
        for (int i = 0; i < touchpoints.size(); i++) {
            MapTouchpoint t = touchpoints.get(i);
            if (!touchpointIds.add(t.id())) {
                problems.add("touchpoints[" + i + "].id", "duplicate touchpoint id", t.id());
            }
            if (!stageIds.contains(t.stage())) {
                problems.add("touchpoints[" + i + "].stage", "must be one of the map's stages " + stageIds,
                        t.stage());
            }
            if (t.emotion() < MapTouchpoint.MIN_EMOTION || t.emotion() > MapTouchpoint.MAX_EMOTION) {
                problems.add("touchpoints[" + i + "].emotion", "must be between -2 and 2", t.emotion());
            }
        }
        boolean pathsKnown = true;
        for (int i = 0; i < paths.size(); i++) {
            Transition p = paths.get(i);
            if (!touchpointIds.contains(p.from())) {
                problems.add("paths[" + i + "].from", "must be one of the map's touchpoints", p.from());
                pathsKnown = false;
            }
            if (!touchpointIds.contains(p.to())) {
                problems.add("paths[" + i + "].to", "must be one of the map's touchpoints", p.to());
                pathsKnown = false;
            }
        }
        if (touchpoints.isEmpty()) {
            problems.add("touchpoints", "must not be empty", "[]");
            return;
        }
        if (!pathsKnown) {
            return;
        }
        List<MapTouchpoint> entries = entryPoints();
        if (entries.isEmpty()) {
            problems.add("touchpoints", "has no entry point: every touchpoint has an expected path leading to it "
                    + "and none is marked entry", touchpointIds.size() + " touchpoints");
            return;
        }
        Set<String> reached = reachableFrom(entries);
        for (int i = 0; i < touchpoints.size(); i++) {
            if (!reached.contains(touchpoints.get(i).id())) {
                problems.add("touchpoints[" + i + "]", "is not reachable from any entry point",
                        touchpoints.get(i).id());
            }
        }
    }

    private Set<String> reachableFrom(List<MapTouchpoint> entries) {
        ImmutableGraph<String> graph = graph();
        Set<String> reached = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        entries.forEach(t -> todo.add(t.id()));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (reached.add(next)) {
                todo.addAll(graph.successors(next));
            }
        }
        return reached;
    }

    /** Returns a readable table: one line per touchpoint in stage order, then the expected paths. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("journey map " + id + " for " + persona.name() + ": "
                + stages.size() + " stages, " + touchpoints.size() + " touchpoints, " + paths.size() + " paths\n");
        for (MapTouchpoint t : inStageOrder()) {
            text.append(String.format("  %-16s %-24s %-10s %-9s emotion %+d%s%n", t.stage(), t.id(), t.channel(),
                    t.mode().name().toLowerCase(java.util.Locale.ROOT), t.emotion(),
                    t.hasPainPoints() ? "  pain: " + String.join("; ", t.painPoints()) : ""));
        }
        text.append("  paths: ").append(paths.stream().map(Transition::toString)
                .collect(java.util.stream.Collectors.joining(", ")));
        return text.toString();
    }

    //-----------------------------------------------------------------------
    /**
     * Builds a {@link JourneyMap}, reading like the domain. Stages default to none: add them first.
     * This type is mutable and for use by one thread.
     */
    public static final class Builder {
        private final String id;
        private final Persona persona;
        private String name;
        private final List<Stage> stages = new ArrayList<>();
        private final List<MapTouchpoint> touchpoints = new ArrayList<>();
        private final List<Transition> paths = new ArrayList<>();

        private Builder(String id, Persona persona) {
            this.id = Ids.kebab(id, "journey map", "id");
            this.persona = checkNotNull(persona, "persona");
            this.name = Ids.toName(id);
        }

        public Builder name(String name) {
            this.name = checkNotNull(name, "name");
            return this;
        }

        /** Adds stages; their {@link Stage#order()} sets the journey order. */
        public Builder stages(Stage... stages) {
            return stages(List.of(stages));
        }

        /** Adds stages, e.g. {@link Stage#LIFECYCLE}. */
        public Builder stages(List<Stage> stages) {
            this.stages.addAll(stages);
            return this;
        }

        /** Adds a touchpoint served by a person, named after its id. */
        public Builder touchpoint(String id, Channel channel, Stage stage) {
            return touchpoint(id, channel, stage, t -> { });
        }

        /**
         * Adds a touchpoint and fills in its details.
         *
         * @param details  sets name, mode, goal, emotion, pain points... e.g. {@code t -> t.automated().emotion(-1)}
         */
        public Builder touchpoint(String id, Channel channel, Stage stage, Consumer<MapTouchpoint.Builder> details) {
            MapTouchpoint.Builder builder = new MapTouchpoint.Builder(id, channel, checkNotNull(stage, "stage").id());
            details.accept(builder);
            touchpoints.add(builder.build());
            return this;
        }

        /** Adds a touchpoint already made. */
        public Builder touchpoint(MapTouchpoint touchpoint) {
            touchpoints.add(checkNotNull(touchpoint, "touchpoint"));
            return this;
        }

        /**
         * Adds the expected paths along a chain of touchpoints: {@code path("a", "b", "c")} adds a→b and b→c.
         *
         * @throws IllegalArgumentException if fewer than two ids are given
         */
        public Builder path(String... touchpointIds) {
            checkArgument(touchpointIds.length >= 2, "a path needs at least two touchpoints, was %s",
                    List.of(touchpointIds));
            for (int i = 1; i < touchpointIds.length; i++) {
                paths.add(Transition.of(touchpointIds[i - 1], touchpointIds[i]));
            }
            return this;
        }

        /**
         * Builds the map, checking every rule.
         *
         * @throws InvalidModelException listing every broken rule with its path
         */
        public JourneyMap build() {
            return Models.validate(new JourneyMap(id, name, persona, stages, touchpoints, paths));
        }
    }
}
