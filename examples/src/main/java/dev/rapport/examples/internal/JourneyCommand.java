package dev.rapport.examples.internal;

import com.google.common.collect.Multiset;
import dev.rapport.core.RapportJson;
import dev.rapport.data.ColumnsImport;
import dev.rapport.data.ImportResult;
import dev.rapport.data.ImportSummary;
import dev.rapport.data.InteractionColumns;
import dev.rapport.data.InteractionFilter;
import dev.rapport.journey.Annotation;
import dev.rapport.journey.ConformanceReport;
import dev.rapport.journey.DirectlyFollowsGraph;
import dev.rapport.journey.FollowStats;
import dev.rapport.journey.Grouping;
import dev.rapport.journey.JourneyLog;
import dev.rapport.journey.JourneyMap;
import dev.rapport.journey.Transition;
import dev.rapport.journey.Variant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code rapport journey}: discovery of the actual journeys in a log, and conformance against a map. */
public final class JourneyCommand implements Command {

    @Override
    public String name() {
        return "journey";
    }

    @Override
    public String summary() {
        return "discover journeys in a log and check them against a journey map";
    }

    @Override
    public String help() {
        return """
                Usage: rapport journey LOG [--map FILE] [--by customer|case] [--format json|dot|mermaid|svg]
                                       [--top N] [--from DAY] [--until DAY] [--where FIELD=VALUE,...]
                                       [--lenient]

                Discovers the directly-follows graph of the journeys in LOG (touchpoints in time order per
                customer or per case) and, with --map, checks each journey against the designed journey map.
                A CSV LOG (filtered on anything but the mode) is read straight into columns, and the
                graph and conformance are computed over them in parallel, with the same figures. Conformance
                reads one object per row when the log has a touchpoint the map does not know (its stage is
                then the row's own, which the columnar conformance does not read yet); so do the other formats.

                LOG is\s""" + Inputs.LOG_FORMATS + """
                .

                Options:
                  --map FILE      a journey map in JSON (needed for --format svg)
                  --by KEY        customer (default) or case: what makes one journey
                  --format F      json (default): discovery and conformance;
                                  dot, mermaid: the discovered graph for Graphviz or Mermaid;
                                  svg: the map's picture with each touchpoint's visits
                  --top N         how many variants and unexpected moves to list in JSON (default 10)
                  --lenient       leave out bad rows (listed in the import summary) instead of failing
                """ + Selection.HELP;
    }

    @Override
    public int run(List<String> arguments, Terminal terminal) {
        Args args = Selection.parse(name(), arguments, Set.of("map", "by", "format", "top"), Set.of("lenient"));
        InteractionFilter filter = Selection.of(args);
        String log = args.positional(1, 1, "the log file (LOG)").get(0);
        String format = args.choice("format", "json", List.of("json", "dot", "mermaid", "svg"));
        Grouping grouping = args.choice("by", "customer", List.of("customer", "case")).equals("case")
                ? Grouping.BY_CASE : Grouping.BY_CUSTOMER;
        int top = (int) args.longOption("top", 10, 1, 10_000);
        if (format.equals("svg") && args.option("map").isEmpty()) {
            throw new UsageException(name(), "--format svg draws the journey map: give --map FILE");
        }
        Optional<JourneyMap> map = args.option("map").map(Inputs::map);
        ImportSummary summary = null;
        long kept = 0;
        DirectlyFollowsGraph discovered = null;
        Optional<ConformanceReport> conformance = Optional.empty();
        if (Inputs.isCsv(log) && filter.worksOnColumns()) {
            // CSV: straight into columns, discovery and conformance over them in parallel
            ColumnsImport imported = Inputs.columns(log, args.flag("lenient"), terminal);
            InteractionColumns columns = filter.apply(imported.columns());
            Selection.checkKept(filter, columns.size(), imported.columns().size());
            if (map.isEmpty() || knowsEvery(map.get(), columns)) {
                summary = imported.summary();
                kept = columns.size();
                discovered = DirectlyFollowsGraph.of(columns, grouping);
                conformance = map.map(m -> ConformanceReport.of(m, columns, grouping));
            }
        }
        if (discovered == null) {
            ImportResult imported = Inputs.log(name(), log, args.flag("lenient"), terminal);
            List<dev.rapport.core.Interaction> interactions = Selection.apply(filter, imported.interactions());
            JourneyLog journeys = JourneyLog.of(interactions, grouping);
            summary = imported.summary();
            kept = interactions.size();
            discovered = DirectlyFollowsGraph.of(journeys);
            conformance = map.map(m -> ConformanceReport.of(m, journeys));
        }
        switch (format) {
            case "dot" -> terminal.out().print(discovered.toDot());
            case "mermaid" -> terminal.out().print(discovered.toMermaid());
            case "svg" -> {
                Map<String, Annotation> visits = new TreeMap<>();
                Format text = Format.of(terminal.locale());
                discovered.occurrences().forEach((touchpoint, count) ->
                        visits.put(touchpoint, Annotation.neutral(text.plural("count.visits", count))));
                terminal.out().print(map.orElseThrow().toSvg(visits, terminal.locale()));
            }
            default -> terminal.out().println(RapportJson.mapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(json(summary, filter, kept, grouping, discovered, conformance, top)));
        }
        return 0;
    }

    /**
     * Whether the map knows every touchpoint of the columns: then no interaction's own stage counts in conformance
     * and the funnel, and the columns (which hold no stage) give the per-object figures.
     */
    static boolean knowsEvery(JourneyMap map, InteractionColumns columns) {
        return columns.touchpoints().stream().allMatch(t -> map.touchpoint(t).isPresent());
    }

    static ObjectNode json(ImportSummary summary, InteractionFilter filter, long kept, Grouping grouping,
            DirectlyFollowsGraph discovered, Optional<ConformanceReport> conformance, int top) {
        ObjectNode root = ScorecardCommand.envelope(summary, filter, kept);
        root.put("grouping", grouping == Grouping.BY_CASE ? "case" : "customer");
        root.put("journeys", discovered.journeys());
        ObjectNode discovery = root.putObject("discovery");
        discovery.put("pairs", discovered.pairs());
        discovery.put("distinct_variants", discovered.variants().size());
        touchpointCounts(discovery.putArray("starts"), discovered.starts());
        touchpointCounts(discovery.putArray("ends"), discovered.ends());
        ArrayNode edges = discovery.putArray("edges");
        for (FollowStats edge : discovered.edges()) {
            ObjectNode e = edges.addObject();
            e.put("from", edge.transition().from());
            e.put("to", edge.transition().to());
            e.put("count", edge.count());
            e.put("median_seconds", edge.medianSeconds());
        }
        ArrayNode variants = discovery.putArray("variants");
        for (Variant variant : discovered.topVariants(top)) {
            ObjectNode v = variants.addObject();
            ArrayNode path = v.putArray("touchpoints");
            variant.touchpoints().forEach(path::add);
            v.put("count", variant.count());
        }
        conformance.ifPresent(report -> {
            ObjectNode c = root.putObject("conformance");
            c.put("fitness", report.fitness());
            c.put("mean_fitness", report.meanFitness());
            c.put("fitting_journeys", report.fittingJourneys());
            c.put("repeat_contacts", report.repeatContacts());
            c.put("starting_outside_entry", report.startingOutsideEntry());
            c.put("ending_outside_exit", report.endingOutsideExit());
            ArrayNode unexpected = c.putArray("unexpected_transitions");
            report.unexpectedTransitions().entrySet().stream()
                    .sorted((a, b) -> Integer.compare(b.getCount(), a.getCount())).limit(top)
                    .forEach((Multiset.Entry<Transition> entry) -> {
                        ObjectNode u = unexpected.addObject();
                        u.put("from", entry.getElement().from());
                        u.put("to", entry.getElement().to());
                        u.put("count", entry.getCount());
                    });
            ObjectNode skipped = c.putObject("skipped_stages");
            report.skippedStages().entrySet().forEach(e -> skipped.put(e.getElement(), e.getCount()));
        });
        return root;
    }

    /** Each touchpoint with its count, most frequent first, ties by touchpoint id. */
    private static void touchpointCounts(ArrayNode array, Map<String, Long> counts) {
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> array.addObject().put("touchpoint", e.getKey()).put("count", e.getValue()));
    }
}
