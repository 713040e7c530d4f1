package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.rapport.core.Interaction;
import dev.rapport.core.Messages;
import dev.rapport.data.InteractionColumns;
import dev.rapport.data.internal.ColumnStore;
import dev.rapport.metrics.ImportancePerformance.Quadrant;
import dev.rapport.metrics.KeyDrivers.Deletion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * The per-dimension table that a survey report starts with: for every service dimension the data rates (built in
 * or the survey's own, e.g. {@code baggage-handling}), how many rated it and how many answered "not applicable",
 * the mean rating with its t interval, the top-two-box share with its Wilson interval, the rating distribution,
 * and how the dimension relates to overall satisfaction (CSAT): Pearson's r over the interactions that gave both,
 * its importance-performance quadrant ({@link ImportancePerformance#derivedFromCsat}) and its key-driver weight β
 * ({@link KeyDrivers}, with the {@link Deletion} named in {@link #deletion()}).
 * <p>
 * The figures of each dimension are those of the registered metrics {@code rating-mean:<dimension>},
 * {@code rating-top-two:<dimension>} and {@code rating-share-<k>:<dimension>}: one {@link RatingTally} per
 * dimension, the same from interactions ({@link #tallies(Iterable)}) and from columns
 * ({@link #tallies(InteractionColumns)}).
 * <pre>{@code
 * SurveyDimensions table = SurveyDimensions.of(interactions, Deletion.PAIRWISE);
 * table.row("baggage-handling").orElseThrow().topTwoBox()
 * }</pre>
 * This type is immutable and thread-safe.
 *
 * @param deletion  how key-driver analysis handled unanswered questions
 * @param rows  one row per dimension, by id
 */
public record SurveyDimensions(Deletion deletion, List<Row> rows) {

    /**
     * One dimension's figures.
     *
     * @param dimension  the service dimension id
     * @param tally  its ratings and "not applicable" answers
     * @param correlation  Pearson's r with CSAT over the interactions with both, if at least 3 had both
     * @param quadrant  its importance-performance quadrant, if it could be placed
     * @param keyDriverWeight  its standardized weight β in the key-driver regression, if it could be computed
     */
    public record Row(String dimension, RatingTally tally, OptionalDouble correlation, Optional<Quadrant> quadrant,
            OptionalDouble keyDriverWeight) {

        public Row {
            checkNotNull(dimension, "dimension");
            checkNotNull(tally, "tally");
            checkNotNull(correlation, "correlation");
            checkNotNull(quadrant, "quadrant");
            checkNotNull(keyDriverWeight, "keyDriverWeight");
        }

        /** The mean rating with its t interval ({@code rating-mean:<dimension>}). */
        public Estimate mean() {
            return tally.mean();
        }

        /** The share of 4-5 ratings with its Wilson interval ({@code rating-top-two:<dimension>}). */
        public Estimate topTwoBox() {
            return tally.topTwoBox();
        }
    }

    public SurveyDimensions {
        checkNotNull(deletion, "deletion");
        rows = ImmutableList.copyOf(checkNotNull(rows, "rows"));
    }

    //-----------------------------------------------------------------------
    /**
     * The tally of every dimension rated (or answered "not applicable") in some interaction, by id.
     *
     * @param interactions  the interactions, not null
     * @return the tallies, sorted by dimension id, never null
     */
    public static SortedMap<String, RatingTally> tallies(Iterable<Interaction> interactions) {
        checkNotNull(interactions, "interactions");
        TreeSet<String> dimensions = new TreeSet<>();
        interactions.forEach(i -> {
            dimensions.addAll(i.survey().ratings().keySet());
            dimensions.addAll(i.survey().notApplicable());
        });
        ImmutableSortedMap.Builder<String, RatingTally> tallies = ImmutableSortedMap.naturalOrder();
        for (String dimension : dimensions) {
            Metric<Interaction, RatingTally, Estimate> metric = RatingMetrics.mean(dimension);
            RatingTally tally = metric.empty();
            for (Interaction i : interactions) {
                tally = metric.add(tally, i);
            }
            tallies.put(dimension, tally);
        }
        return tallies.buildOrThrow();
    }

    /**
     * The tally of every dimension rated (or answered "not applicable") in some row, by id: exactly
     * {@link #tallies(Iterable)} of the same interactions.
     *
     * @param columns  the columns, not null
     * @return the tallies, sorted by dimension id, never null
     */
    public static SortedMap<String, RatingTally> tallies(InteractionColumns columns) {
        ColumnStore store = ColumnStore.of(checkNotNull(columns, "columns"));
        store.require(java.util.EnumSet.of(InteractionColumns.Column.SURVEY), "survey dimensions");
        List<BuiltInMetric<RatingTally>> metrics = new ArrayList<>();
        for (String dimension : store.ratedDimensions) {
            metrics.add(RatingMetrics.mean(dimension));
        }
        GroupedStates states = ColumnMetrics.accumulateAll(columns, metrics);
        ImmutableSortedMap.Builder<String, RatingTally> tallies = ImmutableSortedMap.naturalOrder();
        for (int d = 0; d < metrics.size(); d++) {
            tallies.put(store.ratedDimensions.get(d),
                    states.states(metrics.get(d)).getOrDefault(List.of(), RatingTally.empty()));
        }
        return tallies.buildOrThrow();
    }

    /**
     * The table of every dimension rated in the interactions, related to CSAT.
     *
     * @param interactions  the interactions, not null
     * @param deletion  how key-driver analysis handles unanswered questions, not null
     * @return the table, never null
     */
    public static SurveyDimensions of(Iterable<Interaction> interactions, Deletion deletion) {
        checkNotNull(deletion, "deletion");
        SortedMap<String, RatingTally> tallies = tallies(interactions);
        Map<String, ImportancePerformance.Placed> placed = new HashMap<>();
        try {
            ImportancePerformance.derivedFromCsat(interactions).items().forEach(p -> placed.put(p.item().name(), p));
        } catch (IllegalArgumentException noDimensionWithEnoughAnswers) {
            // no quadrants, no correlations: every row says so with an empty value
        }
        Map<String, KeyDrivers.Driver> drivers = new HashMap<>();
        try {
            KeyDrivers.ofCsat(interactions, deletion).drivers().forEach(d -> drivers.put(d.dimension(), d));
        } catch (IllegalArgumentException tooFewAnswers) {
            // no weights
        }
        List<Row> rows = new ArrayList<>();
        tallies.forEach((dimension, tally) -> {
            ImportancePerformance.Placed p = placed.get(dimension);
            KeyDrivers.Driver driver = drivers.get(dimension);
            rows.add(new Row(dimension, tally,
                    p == null ? OptionalDouble.empty() : OptionalDouble.of(p.item().importance()),
                    p == null ? Optional.empty() : Optional.of(p.quadrant()),
                    driver == null ? OptionalDouble.empty() : driver.standardizedWeight()));
        });
        return new SurveyDimensions(deletion, rows);
    }

    /** The row of a dimension, if the data rates it. */
    public Optional<Row> row(String dimension) {
        return rows.stream().filter(r -> r.dimension().equals(dimension)).findFirst();
    }

    /** Returns the table, one line per dimension: English, numbers without grouping ({@link Locale#ROOT}). */
    @Override
    public String toString() {
        return toString(Locale.ROOT);
    }

    /** The table in a language: headings, quadrant names and numbers for the locale; dimension ids as written. */
    public String toString(Locale locale) {
        Messages text = MetricNames.messages(locale);
        String[] header = {text.text("survey.column.dimension"), text.text("survey.column.rated"),
            text.text("survey.column.not-applicable"), text.text("survey.column.mean"),
            text.text("survey.column.top-two"), text.text("survey.column.distribution"),
            text.text("survey.column.correlation"), text.text("survey.column.quadrant"), text.text("survey.column.beta")};
        List<String[]> lines = new ArrayList<>();
        for (Row row : rows) {
            RatingTally t = row.tally();
            lines.add(new String[] {row.dimension(), text.integer(t.rated()), text.integer(t.notApplicable()),
                cell(text, row.mean(), 2), cell(text, row.topTwoBox(), 3), t.ones() + "/" + t.twos() + "/" + t.threes()
                    + "/" + t.fours() + "/" + t.fives(), number(text, row.correlation()),
                row.quadrant().map(q -> text.text("survey.quadrant." + q.name().toLowerCase(Locale.ROOT)
                        .replace('_', '-'))).orElse("-"), number(text, row.keyDriverWeight())});
        }
        int[] widths = {24, 6, 5, 22, 24, 29, 6, 22, 6};
        boolean[] left = {true, false, false, true, true, true, false, true, false};
        String[] separators = {"", " ", " ", "  ", " ", " ", " ", " ", " "};
        for (String[] line : lines) {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], line[c].length());
            }
        }
        for (int c = 0; c < widths.length; c++) {
            widths[c] = Math.max(widths[c], header[c].length());
        }
        StringBuilder out = new StringBuilder();
        line(out, header, widths, left, separators);
        lines.forEach(l -> line(out, l, widths, left, separators));
        out.append(text.text("survey.drivers", deletion.id())).append(System.lineSeparator());
        return out.toString();
    }

    private static void line(StringBuilder out, String[] cells, int[] widths, boolean[] left, String[] separators) {
        for (int c = 0; c < cells.length; c++) {
            String fill = " ".repeat(Math.max(0, widths[c] - cells[c].length()));
            out.append(separators[c]).append(left[c] ? cells[c] + fill : fill + cells[c]);
        }
        out.append(System.lineSeparator());
    }

    private static String cell(Messages text, Estimate e, int decimals) {
        return e.isEmpty() ? "-" : text.number(e.point(), decimals) + " (" + text.number(e.lower(), decimals) + "-"
                + text.number(e.upper(), decimals) + ")";
    }

    private static String number(Messages text, OptionalDouble value) {
        return value.isEmpty() ? "-" : text.number(value.getAsDouble(), 3);
    }
}
