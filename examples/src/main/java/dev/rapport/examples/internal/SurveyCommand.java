package dev.rapport.examples.internal;

import dev.rapport.core.RapportJson;
import dev.rapport.data.ImportResult;
import dev.rapport.metrics.KeyDrivers.Deletion;
import dev.rapport.metrics.RatingTally;
import dev.rapport.metrics.SurveyDimensions;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code rapport survey}: the per-dimension table of a survey export, every rated dimension of the data. */
public final class SurveyCommand implements Command {

    @Override
    public String name() {
        return "survey";
    }

    @Override
    public String summary() {
        return "the per-dimension table of the survey answers in a log";
    }

    @Override
    public String help() {
        return """
                Usage: rapport survey LOG [--deletion pairwise|complete-cases] [--json] [--lenient]

                Prints one row per service dimension rated in LOG (every rating_<dimension> column, built in
                or the survey's own): how many rated it and how many answered "not applicable" (0, N/A, NA or
                Not Applicable in the cell), the mean rating with its 95% t interval, the top-two-box share
                (4 or 5) with its 95% Wilson interval, the distribution of 1 to 5, Pearson's r with CSAT, the
                importance-performance quadrant and the key-driver weight (beta) on CSAT.

                LOG is\s""" + Inputs.LOG_FORMATS + """
                .

                Options:
                  --deletion D  how key-driver analysis treats unanswered questions: pairwise (default; each
                                correlation over everyone who answered both) or complete-cases (only those
                                who answered every dimension and CSAT)
                  --json        write JSON instead of a table
                  --lenient     leave out bad rows (listed in the import summary) instead of failing

                The same figures are metrics by name for scorecards and 'rapport scorecard --metrics':
                rating-mean:<dimension>, rating-top-two:<dimension>, rating-share-1:<dimension> to
                rating-share-5:<dimension>, rating-not-applicable:<dimension>.
                """;
    }

    @Override
    public int run(List<String> arguments, Terminal terminal) {
        Args args = Args.parse(name(), arguments, Set.of("deletion"), Set.of("json", "lenient"));
        String log = args.positional(1, 1, "the log file (LOG)").get(0);
        Deletion deletion = args.choice("deletion", "pairwise", List.of("pairwise", "complete-cases"))
                .equals("pairwise") ? Deletion.PAIRWISE : Deletion.COMPLETE_CASES;
        ImportResult imported = Inputs.log(name(), log, args.flag("lenient"), terminal);
        SurveyDimensions table = SurveyDimensions.of(imported.interactions(), deletion);
        if (table.rows().isEmpty()) {
            throw new BadInputException(imported.summary() + "; no service dimension is rated (no rating_<dimension> "
                    + "column with an answer)");
        }
        if (args.flag("json")) {
            terminal.out().println(RapportJson.mapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(json(imported, table)));
        } else {
            terminal.out().println(imported.summary().toString(terminal.locale()));
            terminal.out().println();
            terminal.out().print(table.toString(terminal.locale()));
        }
        return 0;
    }

    static ObjectNode json(ImportResult imported, SurveyDimensions table) {
        ObjectNode root = ScorecardCommand.envelope(imported.summary());
        root.put("outcome", "csat");
        root.put("deletion", table.deletion().id());
        ArrayNode rows = root.putArray("dimensions");
        for (SurveyDimensions.Row row : table.rows()) {
            RatingTally tally = row.tally();
            ObjectNode r = rows.addObject();
            r.put("dimension", row.dimension());
            r.put("rated", tally.rated());
            r.put("not_applicable", tally.notApplicable());
            r.set("mean", RapportJson.mapper().valueToTree(row.mean()));
            r.set("top_two_box", RapportJson.mapper().valueToTree(row.topTwoBox()));
            ArrayNode distribution = r.putArray("distribution");
            tally.distribution().forEach(distribution::add);
            number(r, "correlation", row.correlation());
            if (row.quadrant().isPresent()) {
                r.put("quadrant", row.quadrant().get().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            } else {
                r.putNull("quadrant");
            }
            number(r, "key_driver_weight", row.keyDriverWeight());
        }
        return root;
    }

    private static void number(ObjectNode node, String field, OptionalDouble value) {
        if (value.isPresent()) {
            node.put(field, value.getAsDouble());
        } else {
            node.putNull(field);
        }
    }
}
