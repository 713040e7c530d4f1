package dev.rapport.examples.internal;

import dev.rapport.data.EventLogReader;
import dev.rapport.data.ImportResult;
import dev.rapport.examples.SampleData;
import dev.rapport.metrics.MetricRegistry;
import dev.rapport.metrics.Scorecard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code rapport demo}: sample data, imported, analysed, summarised and reported. */
public final class DemoCommand implements Command {

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return "generate sample data, analyse it and write an HTML report";
    }

    @Override
    public String help() {
        return """
                Usage: rapport demo [--rows N] [--seed S] [--out DIR]

                Generates N sample interactions of a retail service (two quarters, 2026-Q2 and 2026-Q3),
                writes them as canonical CSV, imports the CSV, and then: computes the service-quality
                scorecard of the support contacts for the latest quarter against the previous one (with
                significance) and by touchpoint and channel, checks the customers' journeys against the
                designed journey map, finds customers at risk, prints a summary, and writes a
                self-contained HTML report.

                Options:
                  --rows N     how many interactions (default 50000)
                  --seed S     the random seed (default 42)
                  --out DIR    where to write interactions.csv, journey-map.json, scorecard.json and
                               report.html (default: rapport-demo)
                """;
    }

    @Override
    public int run(List<String> arguments, Terminal terminal) {
        Args args = Args.parse(name(), arguments, Set.of("rows", "seed", "out"), Set.of());
        args.positional(0, 0, "");
        long rows = args.longOption("rows", 50_000, 100, 50_000_000);
        long seed = args.longOption("seed", SampleData.DEFAULT_SEED, Long.MIN_VALUE, Long.MAX_VALUE);
        Path dir = Path.of(args.option("out").orElse("rapport-demo"));
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw BadInputException.of("create the directory", dir, e);
        }
        Path csv = dir.resolve("interactions.csv");
        terminal.progress("generating " + rows + " interactions ...");
        SampleData.of(rows).withSeed(seed).writeCsv(csv);
        terminal.progress("importing " + csv + " ...");
        ImportResult imported = EventLogReader.strict().csv(csv);
        terminal.progress("analysing ...");
        Scorecard card = Analysis.serviceQuality();
        Analysis analysis = Analysis.of(SampleData.journeyMap(), card, imported.summary(), imported.interactions(),
                MetricRegistry.builtIn(), Optional.of("support"));
        Path report = dir.resolve("report.html");
        write(dir.resolve("journey-map.json"), SampleData.journeyMap().toJson());
        write(dir.resolve("scorecard.json"), card.toJson());
        write(report, HtmlReport.render(analysis, terminal.locale()));
        terminal.progressDone();
        Format format = Format.of(terminal.locale());
        terminal.out().print(analysis.summary(terminal.locale()));
        terminal.out().println();
        terminal.out().println(format.text("cli.wrote", csv + ", " + dir.resolve("journey-map.json") + ", "
                + dir.resolve("scorecard.json")));
        terminal.out().println(format.text("cli.report", report.toAbsolutePath().normalize().toUri()));
        return 0;
    }

    static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw BadInputException.of("write", file, e);
        }
    }
}
