package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.rapport.core.Interaction;
import dev.rapport.metrics.internal.analysis.Correlations;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Importance-performance analysis (Martilla and James, 1977): each item (a service dimension or touchpoint) is
 * placed by how much it matters and how well it is delivered into four quadrants. By default the cut between
 * "high" and "low" on each axis is the mean of that axis over the items (the data-centred variant); an item
 * exactly on a cut counts as high.
 * <pre>{@code
 * ImportancePerformance ipa = ImportancePerformance.derivedFromCsat(interactions);
 * ipa.quadrant("responsiveness")   // CONCENTRATE_HERE
 * }</pre>
 * This type is immutable and thread-safe.
 *
 * @param items  the placed items, not null
 * @param importanceCut  the cut on the importance axis
 * @param performanceCut  the cut on the performance axis
 */
public record ImportancePerformance(List<Placed> items, double importanceCut, double performanceCut) {

    /** The four classic quadrants. */
    public enum Quadrant {
        /** Important and performing below the cut: fix these first. */
        CONCENTRATE_HERE,
        /** Important and performing well. */
        KEEP_UP_THE_GOOD_WORK,
        /** Less important and performing below the cut. */
        LOW_PRIORITY,
        /** Less important yet performing well: effort may be better spent elsewhere. */
        POSSIBLE_OVERKILL
    }

    /**
     * One item's importance and performance.
     *
     * @param name  the item, not null
     * @param importance  how much it matters (stated rating or derived correlation), finite
     * @param performance  how well it is delivered (e.g. mean rating), finite
     */
    public record Item(String name, double importance, double performance) {
        public Item {
            checkNotNull(name, "name");
            checkArgument(Double.isFinite(importance) && Double.isFinite(performance),
                    "importance and performance of '%s' must be finite, were %s and %s", name, importance,
                    performance);
        }
    }

    /**
     * An item with its quadrant.
     *
     * @param item  the item
     * @param quadrant  its quadrant
     */
    public record Placed(Item item, Quadrant quadrant) {
    }

    public ImportancePerformance {
        items = ImmutableList.copyOf(checkNotNull(items, "items"));
    }

    /**
     * Places items with the means of the axes as cuts.
     *
     * @throws IllegalArgumentException if there are no items
     */
    public static ImportancePerformance of(List<Item> items) {
        checkArgument(!checkNotNull(items, "items").isEmpty(), "importance-performance analysis needs items");
        return of(items, items.stream().mapToDouble(Item::importance).average().orElseThrow(),
                items.stream().mapToDouble(Item::performance).average().orElseThrow());
    }

    /** Places items with the given cuts (e.g. the scale midpoint). */
    public static ImportancePerformance of(List<Item> items, double importanceCut, double performanceCut) {
        checkNotNull(items, "items");
        List<Placed> placed = items.stream().map(i -> new Placed(i, i.importance() >= importanceCut
                ? (i.performance() >= performanceCut ? Quadrant.KEEP_UP_THE_GOOD_WORK : Quadrant.CONCENTRATE_HERE)
                : (i.performance() >= performanceCut ? Quadrant.POSSIBLE_OVERKILL : Quadrant.LOW_PRIORITY)))
                .toList();
        return new ImportancePerformance(placed, importanceCut, performanceCut);
    }

    /**
     * Derives importance from survey answers: for each rated dimension (the keys of
     * {@code SurveyScores.ratings()}), performance is its mean rating and importance is Pearson's r between the
     * rating and the overall CSAT of the same interactions (only interactions with both; a dimension needs at
     * least 3 such pairs, otherwise it is left out).
     *
     * @throws IllegalArgumentException if no dimension has enough data
     */
    public static ImportancePerformance derivedFromCsat(Iterable<Interaction> interactions) {
        checkNotNull(interactions, "interactions");
        TreeSet<String> dimensions = new TreeSet<>();
        interactions.forEach(i -> dimensions.addAll(i.survey().ratings().keySet()));
        List<Item> items = new ArrayList<>();
        for (String dimension : dimensions) {
            List<double[]> pairs = new ArrayList<>();
            for (Interaction i : interactions) {
                Integer rating = i.survey().ratings().get(dimension);
                if (rating != null && i.survey().csat().isPresent()) {
                    pairs.add(new double[] {rating, i.survey().csat().getAsInt()});
                }
            }
            if (pairs.size() >= 3) {
                double[] x = pairs.stream().mapToDouble(p -> p[0]).toArray();
                double[] y = pairs.stream().mapToDouble(p -> p[1]).toArray();
                items.add(new Item(dimension, Correlations.pearson(x, y),
                        Arrays.stream(x).average().orElseThrow()));
            }
        }
        checkArgument(!items.isEmpty(), "no rated dimension has 3 or more answers together with a CSAT score");
        return of(items);
    }

    /** The quadrant of the named item. */
    public Quadrant quadrant(String name) {
        return items.stream().filter(p -> p.item().name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no item named '" + name + "'")).quadrant();
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "importance-performance (cuts: importance %.3f, performance %.3f)%n", importanceCut,
                performanceCut));
        for (Placed p : items) {
            out.append(String.format(Locale.ROOT, "%-20s %10.3f %10.3f  %s%n", p.item().name(),
                    p.item().importance(), p.item().performance(),
                    p.quadrant().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
        }
        return out.toString();
    }
}
