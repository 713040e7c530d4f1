package dev.rapport.examples.internal;

import dev.rapport.core.Interaction;
import dev.rapport.core.RapportJson;
import dev.rapport.core.UnknownNameException;
import dev.rapport.data.ColumnsImport;
import dev.rapport.data.ImportResult;
import dev.rapport.data.InteractionColumns;
import dev.rapport.data.InteractionFilter;
import dev.rapport.metrics.ColumnMetrics;
import dev.rapport.metrics.GroupedStates;
import dev.rapport.data.ImportSummary;
import dev.rapport.metrics.Breakdown;
import dev.rapport.metrics.Estimate;
import dev.rapport.metrics.Metric;
import dev.rapport.metrics.MetricRegistry;
import dev.rapport.metrics.Scorecard;
import dev.rapport.metrics.ScorecardResult;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ObjectNode;

/** {@code rapport scorecard}: a scorecard definition, or a few named metrics, over a log. */
public final class ScorecardCommand implements Command {

    static final List<String> DIMENSIONS =
            List.of("touchpoint", "stage", "channel", "segment", "agent", "week", "month", "quarter");

    @Override
    public String name() {
        return "scorecard";
    }

    @Override
    public String summary() {
        return "compute a scorecard, or named metrics, over interactions";
    }

    @Override
    public String help() {
        return """
                Usage: rapport scorecard LOG (--definition FILE | --metrics NAME,...) [--by DIM,...] [--json]
                                         [--from DAY] [--until DAY] [--where FIELD=VALUE,...] [--lenient]

                Computes a scorecard (KPIs with targets, thresholds, weights and a scoring strategy, from a
                JSON definition) or, for a quick question, the named built-in metrics, over the interactions
                in LOG, overall and broken down by each DIM.

                LOG is\s""" + Inputs.LOG_FORMATS + """
                .

                Options:
                  --definition FILE  a scorecard definition in JSON
                  --metrics NAMES    built-in metrics, comma-separated, e.g. nps,csat,resolution-rate; a
                                     survey dimension's as rating-mean:<dimension> (see 'rapport survey')
                  --by DIMS          breakdowns, comma-separated: touchpoint, stage, channel, segment, agent,
                                     week, month, quarter (periods in UTC)
                  --json             write JSON instead of a table
                  --lenient          leave out bad rows (listed in the import summary) instead of failing
                """ + Selection.HELP + """

                With --metrics, a CSV LOG broken down only by touchpoint, channel, segment or agent (and
                filtered on anything but the mode) is read straight into columns (fast, little memory);
                a definition, --by stage/week/month/quarter, --where stage/mode, or another format reads one
                object per row, with the same figures.

                Metrics: """ + String.join(", ", MetricRegistry.builtIn().names()) + "\n";
    }

    @Override
    public int run(List<String> arguments, Terminal terminal) {
        Args args = Selection.parse(name(), arguments, Set.of("definition", "metrics", "by"),
                Set.of("json", "lenient"));
        InteractionFilter filter = Selection.of(args);
        String log = args.positional(1, 1, "the log file (LOG)").get(0);
        if (args.option("definition").isPresent() == args.option("metrics").isPresent()) {
            throw new UsageException(name(), "give either --definition FILE or --metrics NAME,...");
        }
        MetricRegistry registry = MetricRegistry.builtIn();
        List<Breakdown> breakdowns = breakdowns(args.option("by").orElse(""));
        List<String> metricNames = args.option("metrics").map(m -> names(m, registry)).orElse(List.of());
        Scorecard card = args.option("definition").map(d -> Inputs.scorecard(d, registry)).orElse(null);
        if (card == null && Inputs.isCsv(log) && breakdowns.stream().allMatch(b -> columnOf(b) != null)
                && filter.worksOnColumns()) {
            return columnar(args, log, metricNames, breakdowns, registry, filter, terminal);
        }
        ImportResult imported = Inputs.log(name(), log, args.flag("lenient"), terminal);
        List<Interaction> interactions = Selection.apply(filter, imported.interactions());
        boolean json = args.flag("json");
        if (card != null) {
            ScorecardResult overall = card.evaluate(interactions, registry);
            List<ScorecardResult> byDimension = breakdowns.stream()
                    .map(b -> card.evaluate(interactions, registry, b)).collect(Collectors.toList());
            if (json) {
                ObjectNode root = envelope(imported.summary(), filter, interactions.size());
                root.set("result", RapportJson.mapper().readTree(overall.toJson()));
                var list = root.putArray("breakdowns");
                byDimension.forEach(r -> list.add(RapportJson.mapper().readTree(r.toJson())));
                terminal.out().println(RapportJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root));
            } else {
                printSummary(terminal, imported.summary(), filter, interactions.size());
                terminal.out().print(overall.toString(terminal.locale()));
                String blankLine = System.lineSeparator() + System.lineSeparator();
                for (ScorecardResult result : byDimension) {
                    String text = result.toString(terminal.locale());
                    int groups = text.indexOf(blankLine);
                    terminal.out().print(groups < 0 ? text : text.substring(groups + System.lineSeparator().length()));
                }
            }
            return 0;
        }
        Map<String, Estimate> overall = estimates(interactions, metricNames, registry);
        Map<String, Map<String, Map<String, Estimate>>> grouped = new LinkedHashMap<>();
        for (Breakdown breakdown : breakdowns) {
            Map<String, List<Interaction>> groups = interactions.stream()
                    .collect(Collectors.groupingBy(breakdown::groupOf, TreeMap::new, Collectors.toList()));
            Map<String, Map<String, Estimate>> results = new LinkedHashMap<>();
            groups.forEach((key, members) -> results.put(key, estimates(members, metricNames, registry)));
            grouped.put(breakdown.name(), results);
        }
        print(terminal, args.flag("json"), imported.summary(), filter, interactions.size(), metricNames, overall,
                grouped);
        return 0;
    }

    /**
     * The fast path for named metrics over CSV grouped by columns: the file read straight into columns and every
     * metric accumulated per group in one pass, the same figures as the per-object path.
     */
    private int columnar(Args args, String log, List<String> metricNames, List<Breakdown> breakdowns,
            MetricRegistry registry, InteractionFilter filter, Terminal terminal) {
        List<Metric<Interaction, ?, Estimate>> metrics = new ArrayList<>();
        metricNames.forEach(n -> metrics.add(registry.named(n)));
        // only the columns that the metrics, the breakdowns and the filter read are coded and kept
        Set<InteractionColumns.Column> needed = EnumSet.noneOf(InteractionColumns.Column.class);
        needed.addAll(filter.columns());
        metrics.forEach(m -> needed.addAll(ColumnMetrics.columns(m)));
        breakdowns.forEach(b -> needed.add(columnOf(b).column()));
        ColumnsImport imported = Inputs.columns(log, args.flag("lenient"), terminal, needed);
        InteractionColumns columns = filter.apply(imported.columns());
        Selection.checkKept(filter, columns.size(), imported.columns().size());
        GroupedStates all = ColumnMetrics.accumulateAll(columns, metrics);
        Map<String, Estimate> overall = new LinkedHashMap<>();
        metrics.forEach(m -> overall.put(m.name(), group(all, m).get("")));
        Map<String, Map<String, Map<String, Estimate>>> grouped = new LinkedHashMap<>();
        for (Breakdown breakdown : breakdowns) {
            GroupedStates states = ColumnMetrics.accumulateAll(columns, metrics, columnOf(breakdown));
            Map<String, Map<String, Estimate>> results = new TreeMap<>();
            for (Metric<Interaction, ?, Estimate> metric : metrics) {
                group(states, metric).forEach((key, estimate) ->
                        results.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(metric.name(), estimate));
            }
            grouped.put(breakdown.name(), results);
        }
        print(terminal, args.flag("json"), imported.summary(), filter, columns.size(), metricNames, overall, grouped);
        return 0;
    }

    /** One metric's estimates by group key; an absent value and one spelled "(none)" are one group, as objects. */
    private static <S> Map<String, Estimate> group(GroupedStates states, Metric<Interaction, S, Estimate> metric) {
        Map<String, S> merged = new TreeMap<>();
        states.groups().forEach(key -> merged.put(name(key), metric.empty()));
        states.states(metric).forEach((key, state) -> merged.merge(name(key), state, metric::merge));
        Map<String, Estimate> estimates = new TreeMap<>();
        merged.forEach((key, state) -> estimates.put(key, metric.finish(state)));
        return estimates;
    }

    private static String name(List<String> key) {
        return key.isEmpty() ? "" : key.get(0).isEmpty() ? Breakdown.NONE : key.get(0);
    }

    /** The column a CLI breakdown groups by, or null for one that columns cannot give (stage, periods). */
    private static InteractionColumns.Dimension columnOf(Breakdown breakdown) {
        return switch (breakdown.name()) {
            case "touchpoint" -> InteractionColumns.Dimension.TOUCHPOINT;
            case "channel" -> InteractionColumns.Dimension.CHANNEL;
            case "segment" -> InteractionColumns.Dimension.SEGMENT;
            case "agent" -> InteractionColumns.Dimension.AGENT;
            default -> null;
        };
    }

    private static void print(Terminal terminal, boolean json, ImportSummary summary, InteractionFilter filter,
            long kept, List<String> metricNames, Map<String, Estimate> overall,
            Map<String, Map<String, Map<String, Estimate>>> grouped) {
        if (json) {
            ObjectNode root = envelope(summary, filter, kept);
            var metricsArray = root.putArray("metrics");
            metricNames.forEach(metricsArray::add);
            root.set("overall", RapportJson.mapper().valueToTree(overall));
            var list = root.putArray("breakdowns");
            grouped.forEach((by, groups) -> {
                ObjectNode node = list.addObject();
                node.put("by", by);
                node.set("groups", RapportJson.mapper().valueToTree(groups));
            });
            terminal.out().println(RapportJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } else {
            printSummary(terminal, summary, filter, kept);
            Format format = Format.of(terminal.locale());
            terminal.out().print(table("", Map.of(format.text("cli.table.all"), overall), metricNames, format));
            grouped.forEach((by, groups) -> {
                terminal.out().println();
                terminal.out().print(table(by, groups, metricNames, format));
            });
        }
    }

    /** The import summary, the filter's line if there is a filter, and a blank line. */
    static void printSummary(Terminal terminal, ImportSummary summary, InteractionFilter filter, long kept) {
        terminal.out().println(summary.toString(terminal.locale()));
        if (!filter.isAll()) {
            terminal.out().println(Selection.line(filter, kept, summary.accepted(), Format.of(terminal.locale())));
        }
        terminal.out().println();
    }

    /** The JSON envelope with the {@code filter} object after {@code import} when there is a filter. */
    static ObjectNode envelope(ImportSummary summary, InteractionFilter filter, long kept) {
        ObjectNode root = envelope(summary);
        Selection.json(root, filter, kept);
        return root;
    }

    static ObjectNode envelope(ImportSummary summary) {
        ObjectNode root = RapportJson.mapper().createObjectNode();
        root.put(RapportJson.FORMAT_PROPERTY, RapportJson.FORMAT_VERSION);
        ObjectNode input = root.putObject("import");
        input.put("source", summary.source());
        input.put("rows_read", summary.rowsRead());
        input.put("accepted", summary.accepted());
        input.put("rejected", summary.rejected().size());
        return root;
    }

    private List<String> names(String text, MetricRegistry registry) {
        List<String> names = new ArrayList<>();
        for (String name : text.split(",")) {
            String trimmed = name.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            try {
                registry.named(trimmed);
            } catch (UnknownNameException e) {
                throw new UsageException(this.name(), "unknown metric '" + trimmed + "'; the metrics are "
                        + String.join(", ", e.knownNames()));
            }
            names.add(trimmed);
        }
        if (names.isEmpty()) {
            throw new UsageException(this.name(), "--metrics names no metric");
        }
        return names;
    }

    private List<Breakdown> breakdowns(String text) {
        List<Breakdown> breakdowns = new ArrayList<>();
        for (String name : text.split(",")) {
            String trimmed = name.trim();
            if (!trimmed.isEmpty()) {
                breakdowns.add(breakdown(this.name(), trimmed));
            }
        }
        return breakdowns;
    }

    static Breakdown breakdown(String command, String name) {
        return switch (name) {
            case "touchpoint" -> Breakdown.touchpoint();
            case "stage" -> Breakdown.stage();
            case "channel" -> Breakdown.channel();
            case "segment" -> Breakdown.segment();
            case "agent" -> Breakdown.agent();
            case "week" -> Breakdown.byWeek(ZoneOffset.UTC);
            case "month" -> Breakdown.byMonth(ZoneOffset.UTC);
            case "quarter" -> Breakdown.byQuarter(ZoneOffset.UTC);
            default -> throw new UsageException(command, "unknown breakdown '" + name + "'; use one of "
                    + String.join(", ", DIMENSIONS));
        };
    }

    private static Map<String, Estimate> estimates(List<Interaction> interactions, List<String> names,
            MetricRegistry registry) {
        Map<String, Estimate> estimates = new LinkedHashMap<>();
        for (String name : names) {
            Metric<Interaction, ?, Estimate> metric = registry.named(name);
            estimates.put(name, interactions.stream().collect(metric.collector()));
        }
        return estimates;
    }

    private static String table(String by, Map<String, Map<String, Estimate>> groups, List<String> metrics,
            Format format) {
        int width = Math.max(by.length(),
                groups.keySet().stream().mapToInt(k -> Breakdown.shown(k).length()).max().orElse(0));
        // each metric's column as wide as its widest cell, at least the 30 characters of the English table
        Map<String, Integer> widths = new LinkedHashMap<>();
        Map<String, Map<String, String>> cells = new LinkedHashMap<>();
        groups.forEach((key, estimates) -> {
            Map<String, String> row = new LinkedHashMap<>();
            for (String metric : metrics) {
                Estimate e = estimates.get(metric);
                String cell = e.isEmpty() ? "-" : format.value(e) + " " + format.interval(e);
                row.put(metric, cell);
                widths.merge(metric, Math.max(30, Math.max(metric.length(), cell.length())), Math::max);
            }
            cells.put(key, row);
        });
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s", by));
        for (String metric : metrics) {
            out.append(String.format(Locale.ROOT, "  %-" + widths.getOrDefault(metric, 30) + "s", metric));
        }
        out.append(System.lineSeparator());
        cells.forEach((key, row) -> {
            out.append(String.format(Locale.ROOT, "%-" + width + "s", Breakdown.shown(key)));
            row.forEach((metric, cell) -> out.append(String.format(Locale.ROOT, "  %-" + widths.get(metric) + "s",
                    cell)));
            out.append(System.lineSeparator());
        });
        return out.toString();
    }
}
