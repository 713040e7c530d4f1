package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.rapport.core.Interaction;
import dev.rapport.metrics.internal.analysis.Correlations;
import java.util.ArrayList;
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
 * Method: the complete cases are the surveyed interactions that rated every dimension and gave the overall score.
 * For each dimension, Pearson's r with the overall score; and the standardized regression weights β, solving
 * R β = r with R the dimensions' correlation matrix (ordinary least squares on z-scores), which separates a
 * dimension's own effect from that of correlated dimensions. β is absent when R is singular or there are not more
 * complete cases than dimensions + 1. Drivers are listed by r, strongest first.
 * <pre>{@code
 * KeyDrivers.ofCsat(interactions).drivers().get(0).dimension()   // the strongest driver
 * }</pre>
 * This type is immutable and thread-safe.
 *
 * @param outcome  {@code csat} or {@code nps}
 * @param completeCases  the number of interactions used
 * @param drivers  the dimensions, strongest correlation first
 */
public record KeyDrivers(String outcome, int completeCases, List<Driver> drivers) {

    /**
     * One dimension's pull on the outcome.
     *
     * @param dimension  the rated dimension
     * @param correlation  Pearson's r with the outcome, in [-1, 1]
     * @param standardizedWeight  β from the multiple regression, if it could be computed
     */
    public record Driver(String dimension, double correlation, OptionalDouble standardizedWeight) {
    }

    public KeyDrivers {
        checkNotNull(outcome, "outcome");
        drivers = ImmutableList.copyOf(checkNotNull(drivers, "drivers"));
    }

    /** Drivers of overall CSAT. */
    public static KeyDrivers ofCsat(Iterable<Interaction> interactions) {
        return analyse("csat", interactions, i -> i.survey().csat());
    }

    /** Drivers of the 0-10 likelihood-to-recommend answer behind NPS. */
    public static KeyDrivers ofNps(Iterable<Interaction> interactions) {
        return analyse("nps", interactions, i -> i.survey().nps());
    }

    private static KeyDrivers analyse(String outcome, Iterable<Interaction> interactions,
            Function<Interaction, OptionalInt> score) {
        checkNotNull(interactions, "interactions");
        TreeSet<String> names = new TreeSet<>();
        interactions.forEach(i -> names.addAll(i.survey().ratings().keySet()));
        List<String> dims = List.copyOf(names);
        List<double[]> rows = new ArrayList<>();
        for (Interaction i : interactions) {
            if (score.apply(i).isPresent() && i.survey().ratings().keySet().containsAll(dims)) {
                double[] row = new double[dims.size() + 1];
                for (int d = 0; d < dims.size(); d++) {
                    row[d] = i.survey().ratings().get(dims.get(d));
                }
                row[dims.size()] = score.apply(i).getAsInt();
                rows.add(row);
            }
        }
        checkArgument(!dims.isEmpty() && rows.size() >= 3,
                "key-driver analysis needs rated dimensions and at least 3 complete cases, had %s", rows.size());
        int k = dims.size();
        double[][] columns = new double[k + 1][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c <= k; c++) {
                columns[c][r] = rows.get(r)[c];
            }
        }
        double[] ry = new double[k];
        double[][] rxx = new double[k][k];
        for (int a = 0; a < k; a++) {
            ry[a] = Correlations.pearson(columns[a], columns[k]);
            for (int b = 0; b < k; b++) {
                rxx[a][b] = a == b ? 1 : Correlations.pearson(columns[a], columns[b]);
            }
        }
        double[] beta = rows.size() > k + 1 ? Correlations.standardizedWeights(rxx, ry) : null;
        List<Driver> drivers = new ArrayList<>();
        for (int d = 0; d < k; d++) {
            drivers.add(new Driver(dims.get(d), ry[d],
                    beta == null ? OptionalDouble.empty() : OptionalDouble.of(beta[d])));
        }
        drivers.sort(Comparator.comparingDouble((Driver d) -> -d.correlation()).thenComparing(Driver::dimension));
        return new KeyDrivers(outcome, rows.size(), drivers);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "drivers of %s (n=%d)%n", outcome,
                completeCases));
        drivers.forEach(d -> out.append(String.format(Locale.ROOT, "%-20s r=%6.3f  beta=%s%n", d.dimension(),
                d.correlation(), d.standardizedWeight().isPresent()
                        ? String.format(Locale.ROOT, "%6.3f", d.standardizedWeight().getAsDouble()) : "-")));
        return out.toString();
    }
}
