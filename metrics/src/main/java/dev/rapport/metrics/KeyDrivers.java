package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.rapport.core.Interaction;
import dev.rapport.metrics.internal.analysis.Correlations;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Key-driver analysis: which rated dimensions move overall satisfaction (CSAT) or NPS most.
 * <p>
 * Method: for each dimension, Pearson's r with the overall score; and the standardized regression weights β,
 * solving R β = r with R the dimensions' correlation matrix (ordinary least squares on z-scores), which separates a
 * dimension's own effect from that of correlated dimensions. Which answers enter is the {@link Deletion}: with
 * {@link Deletion#COMPLETE_CASES} (listwise, the default) only the surveyed interactions that rated every dimension
 * and gave the overall score; with {@link Deletion#PAIRWISE} each correlation uses every interaction that answered
 * both of its two questions, which keeps far more answers when customers skip or mark questions "not applicable"
 * (each dimension's own n is in {@link Driver#pairs()}), at the price that R may then not be a proper correlation
 * matrix. β is absent when R is singular or the smallest number of answers behind any correlation is not more than
 * dimensions + 1. Drivers are listed by r, strongest first.
 * <pre>{@code
 * KeyDrivers.ofCsat(interactions, Deletion.PAIRWISE).drivers().get(0).dimension()   // the strongest driver
 * }</pre>
 * This type is immutable and thread-safe.
 *
 * @param outcome  {@code csat} or {@code nps}
 * @param deletion  how interactions with unanswered questions were handled
 * @param completeCases  the number of interactions that answered every question (all of them were used under
 *     complete cases)
 * @param drivers  the dimensions, strongest correlation first
 */
public record KeyDrivers(String outcome, Deletion deletion, int completeCases, List<Driver> drivers) {

    /** Which answers enter the correlations when some questions are unanswered. */
    public enum Deletion {
        /** Listwise: only interactions that answered every dimension and the outcome. */
        COMPLETE_CASES,
        /** Each correlation over the interactions that answered both of its questions. */
        PAIRWISE;

        /** {@code complete-cases} or {@code pairwise}, as JSON and the command line write it. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * One dimension's pull on the outcome.
     *
     * @param dimension  the rated dimension
     * @param correlation  Pearson's r with the outcome, in [-1, 1]
     * @param standardizedWeight  β from the multiple regression, if it could be computed
     * @param pairs  how many interactions rated the dimension and gave the outcome score (under complete cases:
     *     the complete cases)
     */
    public record Driver(String dimension, double correlation, OptionalDouble standardizedWeight, int pairs) {
    }

    public KeyDrivers {
        checkNotNull(outcome, "outcome");
        checkNotNull(deletion, "deletion");
        drivers = ImmutableList.copyOf(checkNotNull(drivers, "drivers"));
    }

    /** Drivers of overall CSAT, over complete cases. */
    public static KeyDrivers ofCsat(Iterable<Interaction> interactions) {
        return ofCsat(interactions, Deletion.COMPLETE_CASES);
    }

    /**
     * Drivers of overall CSAT.
     *
     * @param interactions  the interactions, not null
     * @param deletion  complete cases or pairwise, not null
     * @throws IllegalArgumentException if no dimension is rated or a correlation would rest on fewer than 3 answers
     */
    public static KeyDrivers ofCsat(Iterable<Interaction> interactions, Deletion deletion) {
        return analyse("csat", interactions, i -> i.survey().csat(), deletion);
    }

    /** Drivers of the 0-10 likelihood-to-recommend answer behind NPS, over complete cases. */
    public static KeyDrivers ofNps(Iterable<Interaction> interactions) {
        return ofNps(interactions, Deletion.COMPLETE_CASES);
    }

    /** Drivers of the 0-10 likelihood-to-recommend answer behind NPS, with the given deletion. */
    public static KeyDrivers ofNps(Iterable<Interaction> interactions, Deletion deletion) {
        return analyse("nps", interactions, i -> i.survey().nps(), deletion);
    }

    private static KeyDrivers analyse(String outcome, Iterable<Interaction> interactions,
            Function<Interaction, OptionalInt> score, Deletion deletion) {
        checkNotNull(interactions, "interactions");
        checkNotNull(deletion, "deletion");
        TreeSet<String> names = new TreeSet<>();
        interactions.forEach(i -> names.addAll(i.survey().ratings().keySet()));
        List<String> dims = List.copyOf(names);
        int k = dims.size();
        // one row per surveyed interaction: the dimensions' ratings, then the outcome; NaN where unanswered
        List<double[]> rows = new ArrayList<>();
        int complete = 0;
        for (Interaction i : interactions) {
            double[] row = new double[k + 1];
            boolean all = true;
            boolean any = false;
            for (int d = 0; d < k; d++) {
                Integer rating = i.survey().ratings().get(dims.get(d));
                row[d] = rating == null ? Double.NaN : rating;
                all &= rating != null;
                any |= rating != null;
            }
            OptionalInt y = score.apply(i);
            row[k] = y.isPresent() ? y.getAsInt() : Double.NaN;
            all &= y.isPresent();
            if (all) {
                complete++;
            }
            if (deletion == Deletion.PAIRWISE ? any : all) {
                rows.add(row);
            }
        }
        double[] ry = new double[k];
        int[] pairs = new int[k];
        double[][] rxx = new double[k][k];
        int least = Integer.MAX_VALUE;
        for (int a = 0; a < k; a++) {
            double[][] xy = paired(rows, a, k);
            pairs[a] = xy[0].length;
            least = Math.min(least, pairs[a]);
            ry[a] = xy[0].length == 0 ? 0 : Correlations.pearson(xy[0], xy[1]);
            for (int b = 0; b < k; b++) {
                if (a != b) {
                    double[][] ab = paired(rows, a, b);
                    least = Math.min(least, ab[0].length);
                    rxx[a][b] = ab[0].length == 0 ? 0 : Correlations.pearson(ab[0], ab[1]);
                } else {
                    rxx[a][b] = 1;
                }
            }
        }
        checkArgument(k > 0 && least >= 3, deletion == Deletion.PAIRWISE
                ? "key-driver analysis needs rated dimensions and at least 3 answers behind each correlation, had %s"
                : "key-driver analysis needs rated dimensions and at least 3 complete cases, had %s",
                k == 0 ? rows.size() : least);
        double[] beta = least > k + 1 ? Correlations.standardizedWeights(rxx, ry) : null;
        List<Driver> drivers = new ArrayList<>();
        for (int d = 0; d < k; d++) {
            drivers.add(new Driver(dims.get(d), ry[d],
                    beta == null ? OptionalDouble.empty() : OptionalDouble.of(beta[d]), pairs[d]));
        }
        drivers.sort(Comparator.comparingDouble((Driver d) -> -d.correlation()).thenComparing(Driver::dimension));
        return new KeyDrivers(outcome, deletion, complete, drivers);
    }

    /** Columns {@code a} and {@code b} of the rows where both are answered. */
    private static double[][] paired(List<double[]> rows, int a, int b) {
        double[] x = new double[rows.size()];
        double[] y = new double[rows.size()];
        int n = 0;
        for (double[] row : rows) {
            if (!Double.isNaN(row[a]) && !Double.isNaN(row[b])) {
                x[n] = row[a];
                y[n] = row[b];
                n++;
            }
        }
        return new double[][] {Arrays.copyOf(x, n), Arrays.copyOf(y, n)};
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "drivers of %s (%s, %d complete cases)%n",
                outcome, deletion.id(), completeCases));
        drivers.forEach(d -> out.append(String.format(Locale.ROOT, "%-24s r=%6.3f  beta=%6s  n=%d%n", d.dimension(),
                d.correlation(), d.standardizedWeight().isPresent()
                        ? String.format(Locale.ROOT, "%6.3f", d.standardizedWeight().getAsDouble()) : "-",
                d.pairs())));
        return out.toString();
    }
}
