package dev.rapport.examples.internal;

import dev.rapport.core.KanoCategory;
import dev.rapport.core.RapportJson;
import dev.rapport.data.KanoImport;
import dev.rapport.data.KanoReader;
import dev.rapport.metrics.Estimate;
import dev.rapport.metrics.KanoAnalysis;
import dev.rapport.metrics.KanoTally;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code rapport kano}: the Kano table of a survey's answer pairs, feature by feature. */
public final class KanoCommand implements Command {

    @Override
    public String name() {
        return "kano";
    }

    @Override
    public String summary() {
        return "the Kano table of a survey: what delights, what is expected, what does not matter";
    }

    @Override
    public String help() {
        return """
                Usage: rapport kano FILE [--json] [--lenient] [--svg FILE]

                Prints one row per feature of a Kano survey: n (answer pairs with both answers), unknown (pairs
                with a skipped question), the counts of each category of the evaluation table (A attractive,
                O one-dimensional, M must-be, I indifferent, R reverse, Q questionable), the category (the most
                frequent; ties M > O > A > I), Berger's CS+ = (A+O)/(A+O+M+I) and CS- = -(O+M)/(A+O+M+I) with
                95% Wilson intervals, the category strength (share of the first category minus the second) and a
                flag where the first two categories cannot be told apart at the sample size.

                FILE is """ + Inputs.KANO_FORMATS + """
                .

                Options:
                  --json        write JSON instead of a table
                  --lenient     leave out bad rows (listed in the import summary) instead of failing
                  --svg FILE    also write the Kano chart (CS+ against |CS-|) as SVG
                """;
    }

    @Override
    public int run(List<String> arguments, Terminal terminal) {
        Args args = Args.parse(name(), arguments, Set.of("svg"), Set.of("json", "lenient"));
        String file = args.positional(1, 1, "the Kano answers file (FILE)").get(0);
        KanoImport imported = Inputs.kano(file, args.flag("lenient"), terminal);
        KanoAnalysis kano = KanoAnalysis.of(KanoTally.of(imported.responses()));
        args.option("svg").ifPresent(svg -> DemoCommand.write(java.nio.file.Path.of(svg),
                kano.toSvg(terminal.locale())));
        if (args.flag("json")) {
            terminal.out().println(RapportJson.mapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(json(imported, kano)));
        } else {
            terminal.out().println(imported.summary().toString(terminal.locale()));
            terminal.out().println();
            terminal.out().print(kano.table(terminal.locale()));
        }
        return 0;
    }

    static ObjectNode json(KanoImport imported, KanoAnalysis kano) {
        ObjectNode root = ScorecardCommand.envelope(imported.summary());
        ArrayNode features = root.putArray("features");
        for (KanoAnalysis.Feature f : kano.features()) {
            ObjectNode row = features.addObject();
            row.put("feature", f.name());
            row.put("n", f.counts().classified());
            row.put("unknown", f.counts().unknown());
            ObjectNode counts = row.putObject("counts");
            for (KanoCategory c : KanoCategory.values()) {
                counts.put(c.letter(), f.counts().count(c));
            }
            category(row, "category", f.category());
            category(row, "runner_up", f.runnerUp());
            category(row, "quadrant", f.quadrant());
            row.set("cs_plus", estimate(f.satisfaction()));
            row.set("cs_minus", estimate(f.dissatisfaction()));
            row.set("top_two_difference", estimate(f.topTwoDifference()));
            row.put("distinct", f.isDistinct());
            number(row, "category_strength", f.categoryStrength());
            number(row, "total_strength", f.totalStrength());
        }
        return root;
    }

    private static tools.jackson.databind.JsonNode estimate(Estimate e) {
        return RapportJson.mapper().valueToTree(e);
    }

    private static void category(ObjectNode row, String field, Optional<KanoCategory> category) {
        if (category.isPresent()) {
            row.put(field, category.get().name().toLowerCase(Locale.ROOT));
        } else {
            row.putNull(field);
        }
    }

    private static void number(ObjectNode row, String field, java.util.OptionalDouble value) {
        if (value.isPresent()) {
            row.put(field, value.getAsDouble());
        } else {
            row.putNull(field);
        }
    }
}
