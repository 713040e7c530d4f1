package dev.rapport.examples.internal;

import dev.rapport.core.Interaction;
import dev.rapport.core.Stage;
import dev.rapport.data.ImportResult;
import dev.rapport.data.InteractionColumns;
import dev.rapport.journey.JourneyMap;
import dev.rapport.metrics.MetricRegistry;
import dev.rapport.metrics.Scorecard;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code rapport report}: the HTML report for a log, a journey map and a scorecard. */
public final class ReportCommand implements Command {

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String summary() {
        return "write the self-contained HTML report for a log, a journey map and a scorecard";
    }

    @Override
    public String help() {
        return """
                Usage: rapport report LOG --map FILE [--scorecard FILE] [--stage ID] [--out FILE]
                                      [--from DAY] [--until DAY] [--where FIELD=VALUE,...] [--lenient]
                                      [--kano FILE]

                Writes one self-contained HTML file (no network needed to view it): the scorecard for the
                latest quarter in LOG against the previous quarter, by touchpoint and channel; the journey map
                with each touchpoint's score; importance and performance of the rated dimensions; customers at
                risk; the funnel; the directly-follows graph; and conformance against the map. Prints the
                same summary as the demo.

                Reads one object per row (customers at risk name interaction ids, which columns do not hold;
                the survey analyses use them too), and a CSV LOG (filtered on anything but the mode) a
                second time straight into columns; other logs are turned into columns. The scorecards, the
                comparison, the breakdowns, conformance, the funnel and the graph are computed over the
                columns, with the same figures; the journeys over the objects when the log has a touchpoint
                the map does not know (its stage is then the row's own, which the columnar conformance does
                not read yet).

                LOG is\s""" + Inputs.LOG_FORMATS + """
                .

                Options:
                  --map FILE        the journey map in JSON
                  --scorecard FILE  a scorecard definition in JSON (default: the demo's service-quality card)
                  --stage ID        score only the interactions of this stage, e.g. support (default: all)
                  --out FILE        where to write the report (default: report.html)
                  --lenient         leave out bad rows (listed in the import summary) instead of failing
                  --kano FILE       add the Kano section (chart and table) from a survey's answer pairs,
                                    the files 'rapport kano FILE' reads (see 'rapport kano --help')
                """ + Selection.HELP;
    }

    @Override
    public int run(List<String> arguments, Terminal terminal) {
        Args args = Selection.parse(name(), arguments, Set.of("map", "scorecard", "stage", "out", "kano"),
                Set.of("lenient"));
        var filter = Selection.of(args);
        String log = args.positional(1, 1, "the log file (LOG)").get(0);
        JourneyMap map = Inputs.map(args.option("map")
                .orElseThrow(() -> new UsageException(name(), "missing --map FILE")));
        args.option("stage").filter(s -> map.stage(s).isEmpty()).ifPresent(s -> {
            throw new UsageException(name(), "unknown stage '" + s + "'; the map's stages are "
                    + map.stages().stream().map(Stage::id).collect(java.util.stream.Collectors.joining(", ")));
        });
        MetricRegistry metrics = MetricRegistry.builtIn();
        Scorecard card = args.option("scorecard").map(s -> Inputs.scorecard(s, metrics))
                .orElse(Analysis.serviceQuality());
        ImportResult imported = Inputs.log(name(), log, args.flag("lenient"), terminal);
        var kano = args.option("kano").map(k -> Inputs.kano(k, args.flag("lenient"), terminal));
        List<Interaction> interactions = Selection.apply(filter, imported.interactions());
        InteractionColumns columns;
        if (Inputs.isCsv(log) && filter.worksOnColumns()) {
            columns = filter.apply(Inputs.columns(log, args.flag("lenient"), terminal).columns());
        } else {
            terminal.progress("building columns ...");
            columns = InteractionColumns.of(interactions);
            terminal.progressDone();
        }
        terminal.progress("analysing ...");
        Analysis analysis = Analysis.of(map, card, imported.summary(), interactions, columns, metrics,
                args.option("stage"));
        terminal.progressDone();
        Path out = Path.of(args.option("out").orElse("report.html"));
        DemoCommand.write(out, HtmlReport.render(analysis, terminal.locale(), kano));
        terminal.out().print(analysis.summary(terminal.locale()));
        terminal.out().println();
        terminal.out().println(Format.of(terminal.locale()).text("cli.report", out.toAbsolutePath().normalize().toUri()));
        return 0;
    }
}
