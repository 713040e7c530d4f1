package dev.rapport.benchmarks;

import dev.rapport.core.Scale;
import dev.rapport.metrics.Distribution;
import dev.rapport.metrics.Estimate;
import dev.rapport.metrics.Moments;
import dev.rapport.metrics.NetPromoterScore;
import dev.rapport.metrics.Productivity;
import dev.rapport.metrics.Proportion;
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
 * A second table does the same for the counts at n = 1, 2, 5, 10, 30, 100, 1,000 and 10,000: the NPS by both
 * methods (adjusted Wald, the default, and Wald) and the productivity ratio by simulation, and the Wilson interval
 * of a share exactly (the binomial sum of the probabilities of the outcomes whose interval holds the share, no
 * Monte Carlo error), including the share 0.995 where Wilson dips.
 * <pre>
 * java -cp benchmarks/target/rapport-benchmarks.jar dev.rapport.benchmarks.Coverage [replications, default 2000]
 * </pre>
 */
public final class Coverage {

    /** The replications per cell unless told otherwise. */
    public static final int DEFAULT_REPLICATIONS = 2000;
    private static final long SEED = 20261204L;
    private static final int[] SIZES = {2, 10, 30, 100, 1000};
    /** The sample sizes of the counts' table. */
    public static final int[] COUNT_SIZES = {1, 2, 5, 10, 30, 100, 1000, 10_000};
    /** The true shares the Wilson column is computed at, the last two near 1 where Wilson dips. */
    public static final double[] SHARES = {0.5, 0.9, 0.99, 0.995};
    private static final double[] PERCENTILES = {50, 90, 99};
    /** Φ⁻¹(0.5), Φ⁻¹(0.9), Φ⁻¹(0.99): the standard normal quantiles of {@link #PERCENTILES}. */
    private static final double[] NORMAL_QUANTILES = {0, 1.2815515655446004, 2.3263478740408408};
    private static final double MILLIS = 1000;
    private static final double MU = Math.log(30);
    private static final double SIGMA = 1.5;

    private Coverage() {
    }

    /** Prints both tables to standard output. */
    public static void main(String[] args) {
        int replications = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_REPLICATIONS;
        print(replications, System.out);
        System.out.println();
        printCounts(replications, System.out);
    }

    //-----------------------------------------------------------------------
    /**
     * The exact coverage of the 95% Wilson interval of a share: the probability, under Binomial(n, p), of an
     * outcome whose interval contains p.
     *
     * @param n  the trials, at least 1
     * @param p  the true share, between 0 and 1
     * @return the coverage, between 0 and 1
     */
    public static double wilsonCoverage(int n, double p) {
        double coverage = 0;
        for (int k = 0; k <= n; k++) {
            double logP = logChoose(n, k) + (k == 0 ? 0 : k * Math.log(p)) + (k == n ? 0 : (n - k) * Math.log1p(-p));
            double probability = Math.exp(logP);
            if (probability < 1e-18) {
                continue;
            }
            Estimate e = new Proportion(k, n).estimate();
            if (e.lower() <= p && p <= e.upper()) {
                coverage += probability;
            }
        }
        return coverage;
    }

    private static double logChoose(int n, int k) {
        return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
    }

    private static double logFactorial(int n) {
        double sum = 0;
        for (int i = 2; i <= n; i++) {
            sum += Math.log(i);
        }
        return sum;
    }

    /** The shares of promoters, passives and detractors the NPS column simulates: NPS 30. */
    public static final double[] NPS_SHARES = {0.5, 0.3, 0.2};
    /** The share of resolved contacts and the mean handling time (exponential) the productivity column simulates. */
    public static final double RESOLVED_SHARE = 0.7, MEAN_HANDLE_SECONDS = 300;

    /**
     * The simulated coverage of the 95% NPS interval by a method, at the {@link #NPS_SHARES}.
     *
     * @return covered and open counts, in that order
     */
    public static int[] npsCoverage(int n, int replications, NetPromoterScore.Interval method, Random random) {
        double truth = 100 * (NPS_SHARES[0] - NPS_SHARES[2]);
        int[] counts = new int[2];
        for (int r = 0; r < replications; r++) {
            long promoters = 0, detractors = 0;
            for (int i = 0; i < n; i++) {
                double u = random.nextDouble();
                if (u < NPS_SHARES[0]) {
                    promoters++;
                } else if (u >= NPS_SHARES[0] + NPS_SHARES[1]) {
                    detractors++;
                }
            }
            Estimate e = new NetPromoterScore(promoters, n - promoters - detractors, detractors)
                    .estimate(method, Estimate.DEFAULT_CONFIDENCE);
            counts[0] += e.lower() <= truth && truth <= e.upper() ? 1 : 0;
            counts[1] += e.bounds() == Estimate.Bounds.BOTH ? 0 : 1;
        }
        return counts;
    }

    /**
     * The simulated coverage of the 95% productivity interval (resolved cases per handling hour), resolution
     * independent of the exponential handling time, true ratio {@link #RESOLVED_SHARE} per mean handling hour.
     *
     * @return covered and open counts, in that order
     */
    public static int[] productivityCoverage(int n, int replications, Random random) {
        double truth = RESOLVED_SHARE / (MEAN_HANDLE_SECONDS / 3600);
        int[] counts = new int[2];
        for (int r = 0; r < replications; r++) {
            Productivity tally = Productivity.empty();
            for (int i = 0; i < n; i++) {
                long millis = Math.max(1, Math.round(-MEAN_HANDLE_SECONDS * MILLIS * Math.log1p(-random.nextDouble())));
                tally = tally.add(millis, random.nextDouble() < RESOLVED_SHARE);
            }
            Estimate e = tally.estimate();
            counts[0] += !e.isEmpty() && e.lower() <= truth && truth <= e.upper() ? 1 : 0;
            counts[1] += e.bounds() == Estimate.Bounds.BOTH ? 0 : 1;
        }
        return counts;
    }

    /**
     * Prints the counts' table: one line per n, NPS by both methods and productivity simulated, Wilson exact at
     * each of the {@link #SHARES}.
     */
    public static void printCounts(int replications, PrintStream out) {
        out.printf(Locale.ROOT, "coverage of 95%% intervals for counts, %d replications (NPS, productivity; ± Monte "
                + "Carlo error), seed %d; Wilson exact at the true share p%n", replications, SEED);
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%6s  %-20s %-20s %-20s", "n",
                "NPS adjusted Wald", "NPS Wald", "productivity"));
        for (double p : SHARES) {
            head.append(String.format(Locale.ROOT, " %-14s", "Wilson p=" + p));
        }
        out.println(head);
        for (int n : COUNT_SIZES) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%6d ", n));
            line.append(' ').append(cell(npsCoverage(n, replications, NetPromoterScore.Interval.ADJUSTED_WALD,
                    new Random(SEED + n)), replications));
            line.append(' ').append(cell(npsCoverage(n, replications, NetPromoterScore.Interval.WALD,
                    new Random(SEED + n)), replications));
            line.append(' ').append(cell(productivityCoverage(n, replications, new Random(SEED + 7 * n)),
                    replications));
            for (double p : SHARES) {
                line.append(String.format(Locale.ROOT, " %-14s", String.format(Locale.ROOT, "%.3f",
                        wilsonCoverage(n, p))));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static String cell(int[] counts, int replications) {
        double p = counts[0] / (double) replications;
        String text = String.format(Locale.ROOT, "%.3f±%.3f", p, Math.sqrt(p * (1 - p) / replications));
        if (counts[1] > 0) {
            text += String.format(Locale.ROOT, " open %.2f", counts[1] / (double) replications);
        }
        return String.format(Locale.ROOT, "%-20s", text);
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
