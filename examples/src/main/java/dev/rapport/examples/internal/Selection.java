package dev.rapport.examples.internal;

import dev.rapport.core.Interaction;
import dev.rapport.core.UnknownNameException;
import dev.rapport.data.InteractionFilter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code --from}, {@code --until} and {@code --where} options of {@code scorecard}, {@code journey} and
 * {@code report}: which interactions of the log to analyse, as an {@link InteractionFilter}, and how the commands
 * report what it kept.
 */
final class Selection {

    private Selection() {
    }

    /** The options that take a value. */
    private static final Set<String> OPTIONS = Set.of("from", "until", "where");
    /** The options that may be repeated. */
    private static final Set<String> REPEATABLE = Set.of("where");

    /** Parses a filtering command's arguments: its own options plus {@code --from}, {@code --until}, {@code --where}. */
    static Args parse(String command, List<String> arguments, Set<String> valued, Set<String> flags) {
        return Args.parse(command, arguments, com.google.common.collect.Sets.union(valued, OPTIONS), flags,
                REPEATABLE);
    }

    /** The usage text of the options, indented as the commands' option lists are. */
    static final String HELP = """
              --from DAY        only interactions on or after this day (UTC), e.g. 2026-07-01
              --until DAY       only interactions before this day (UTC): the day after the last, e.g. 2026-10-01
              --where COND      only interactions whose FIELD has one of the values, FIELD=V[,V...], or none of
                                them, FIELD!=V[,V...]; (none) matches an absent value; repeat it for "and".
                                Fields: """ + Arrays.stream(InteractionFilter.Field.values())
            .map(InteractionFilter.Field::id).collect(Collectors.joining(", ")) + "\n";

    /** The filter the options describe; {@link InteractionFilter#all()} without them. */
    static InteractionFilter of(Args args) {
        InteractionFilter filter = InteractionFilter.all();
        try {
            var from = args.dayOption("from");
            var until = args.dayOption("until");
            if (from.isPresent()) {
                filter = filter.from(from.get());
            }
            if (until.isPresent()) {
                filter = filter.until(until.get());
            }
            for (String condition : args.options("where")) {
                filter = filter.where(condition);
            }
        } catch (UnknownNameException | IllegalArgumentException e) {
            throw new UsageException(args.command(), e.getMessage());
        }
        return filter;
    }

    /** The interactions the filter keeps, in order; refuses an empty result, naming the filter. */
    static List<Interaction> apply(InteractionFilter filter, List<Interaction> interactions) {
        if (filter.isAll()) {
            return interactions;
        }
        List<Interaction> kept = interactions.stream().filter(filter).toList();
        checkKept(filter, kept.size(), interactions.size());
        return kept;
    }

    /** Refuses a filter that keeps nothing: an empty scorecard would look like a result. */
    static void checkKept(InteractionFilter filter, long kept, long total) {
        if (kept == 0) {
            throw new BadInputException("no interactions match the filter (" + filter + "): 0 of " + total + " kept");
        }
    }

    /** The line printed under the import summary, e.g. {@code filter channel=phone: 1200 of 5000 interactions kept}. */
    static String line(InteractionFilter filter, long kept, long total, Format format) {
        return format.plural("cli.filter", total, filter, format.integer(kept));
    }

    /** The {@code filter} object of the JSON output: the conditions as text and the rows kept. */
    static void json(ObjectNode root, InteractionFilter filter, long kept) {
        if (!filter.isAll()) {
            ObjectNode node = root.putObject("filter");
            node.put("conditions", filter.toString());
            node.put("kept", kept);
        }
    }
}
