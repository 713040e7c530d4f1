package dev.rapport.benchmarks;

import dev.rapport.core.Scale;
import dev.rapport.metrics.Distribution;
import dev.rapport.metrics.Estimate;
import dev.rapport.metrics.Moments;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/**
 * How often Rapport's 95% intervals for waits cover the true value: simulated samples of exponential and
 * log-normal waits (in whole milliseconds, as the columns hold them) at n = 2, 10, 30, 100 and 1,000, each
 * replicated with a fixed seed, for the mean (the plain t interval next to the log-t one the wait metrics use)
 * and the order-statistic intervals of p50, p90 and p99. Each cell is the share of replications whose interval
 * contained the true value, ± its Monte Carlo standard error, and the share of open (one-sided) intervals.
 * <pre>
 * java -cp benchmarks/target/rapport-benchmarks.jar dev.rapport.benchmarks.Coverage [replications, default 2000]
 * </pre>
 */
public final class Coverage {

    /** The replications per cell unless told otherwise. */
    public static final int DEFAULT_REPLICATIONS = 2000;
    private static final long SEED = 20261204L;
    private static final int[] SIZES = {2, 10, 30, 100, 1000};
    private static final double[] PERCENTILES = {50, 90, 99};
    /** Φ⁻¹(0.5), Φ⁻¹(0.9), Φ⁻¹(0.99): the standard normal quantiles of {@link #PERCENTILES}. */
    private static final double[] NORMAL_QUANTILES = {0, 1.2815515655446004, 2.3263478740408408};
    private static final double MILLIS = 1000;
    private static final double MU = Math.log(30);
    private static final double SIGMA = 1.5;

    private Coverage() {
    }

    /** Prints the table to standard output. */
    public static void main(String[] args) {
        print(args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_REPLICATIONS, System.out);
    }

    /** A wait distribution: its name, its true mean and percentiles in seconds, and a sampler of seconds. */
    private record Waits(String name, double mean, double[] percentiles, ToDoubleFunction<Random> seconds) {

        long sampleMillis(Random random) {
            return Math.round(seconds.applyAsDouble(random) * MILLIS);
        }
    }

    /**
     * Prints one line per distribution, size and interval.
     *
     * @param replications  the samples per cell, at least 1
     * @param out  where to print, not null
     */
    public static void print(int replications, PrintStream out) {
        double[] exponentialPercentiles = new double[PERCENTILES.length];
        double[] logNormalPercentiles = new double[PERCENTILES.length];
        for (int k = 0; k < PERCENTILES.length; k++) {
            exponentialPercentiles[k] = -60 * Math.log1p(-PERCENTILES[k] / 100);
            logNormalPercentiles[k] = Math.exp(MU + SIGMA * NORMAL_QUANTILES[k]);
        }
        Waits exponential = new Waits("exponential, mean 60 s", 60, exponentialPercentiles,
                random -> -60 * Math.log1p(-random.nextDouble()));
        Waits logNormal = new Waits("log-normal, median 30 s, sigma 1.5", Math.exp(MU + SIGMA * SIGMA / 2),
                logNormalPercentiles, random -> Math.exp(MU + SIGMA * random.nextGaussian()));
        out.printf(Locale.ROOT, "coverage of 95%% intervals, %d replications, seed %d (± Monte Carlo error; open = "
                + "share of one-sided intervals)%n", replications, SEED);
        out.printf(Locale.ROOT, "%-36s %6s  %-14s %-14s %-20s %-20s %-20s%n", "waits", "n", "mean t", "mean log-t",
                "p50", "p90", "p99");
        for (Waits waits : new Waits[] {exponential, logNormal}) {
            for (int n : SIZES) {
                out.println(row(waits, n, replications, new Random(SEED + n)));
            }
        }
    }

    private static String row(Waits waits, int n, int replications, Random random) {
        int[] covered = new int[2 + PERCENTILES.length];
        int[] open = new int[covered.length];
        long[] sample = new long[n];
        for (int r = 0; r < replications; r++) {
            for (int i = 0; i < n; i++) {
                sample[i] = waits.sampleMillis(random);
            }
            Moments moments = Moments.of(sample);
            count(moments.estimate(MILLIS), waits.mean(), covered, open, 0);
            count(moments.estimate(Scale.DURATION_SECONDS, MILLIS), waits.mean(), covered, open, 1);
            Distribution distribution = Distribution.of(sample);
            for (int k = 0; k < PERCENTILES.length; k++) {
                count(distribution.estimate(PERCENTILES[k], MILLIS), waits.percentiles()[k], covered, open, 2 + k);
            }
        }
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-36s %6d ", waits.name(), n));
        for (int k = 0; k < covered.length; k++) {
            double p = covered[k] / (double) replications;
            String cell = String.format(Locale.ROOT, "%.3f±%.3f", p, Math.sqrt(p * (1 - p) / replications));
            if (k >= 2) {
                cell += String.format(Locale.ROOT, " open %.2f", open[k] / (double) replications);
            }
            line.append(String.format(Locale.ROOT, " %-" + (k < 2 ? 14 : 20) + "s", cell));
        }
        return line.toString().stripTrailing();
    }

    private static void count(Estimate estimate, double truth, int[] covered, int[] open, int k) {
        covered[k] += estimate.lower() <= truth && truth <= estimate.upper() ? 1 : 0;
        open[k] += estimate.bounds() == Estimate.Bounds.BOTH ? 0 : 1;
    }
}
