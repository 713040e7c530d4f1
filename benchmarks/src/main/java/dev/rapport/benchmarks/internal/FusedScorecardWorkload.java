package dev.rapport.benchmarks.internal;

import dev.rapport.core.Outcome;
import dev.rapport.metrics.Distribution;
import dev.rapport.metrics.NetPromoterScore;
import dev.rapport.metrics.Proportion;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * A prototype, not a library path: the scorecard as one fused pass over the plain columns, to measure what the
 * library change proposed in the README would give. Each row range codes its groups once and updates every tally
 * of its group in the same loop; waits go into one mutable histogram per group and range (3 significant digits,
 * as {@link Distribution}), and ranges merge once. Same answers and checks as {@code scorecard}; run it with
 * {@code --workloads scorecard-fused}.
 */
final class FusedScorecardWorkload extends ScorecardWorkload {

    private static final int TALLIES = 10;
    private static final int TRANSFERRED = Outcome.TRANSFERRED.ordinal();
    private static final int ABANDONED = Outcome.ABANDONED.ordinal();

    FusedScorecardWorkload(Dataset data) {
        super(data);
    }

    @Override
    public String name() {
        return "scorecard-fused";
    }

    /** The tallies of one row range. */
    private static final class Part {
        final long[] tallies;
        final Histogram[] waits;

        Part(int groups) {
            tallies = new long[groups * TALLIES];
            waits = new Histogram[groups];
        }

        Part merge(Part other) {
            for (int i = 0; i < tallies.length; i++) {
                tallies[i] += other.tallies[i];
            }
            for (int g = 0; g < waits.length; g++) {
                if (waits[g] == null) {
                    waits[g] = other.waits[g];
                } else if (other.waits[g] != null) {
                    waits[g].add(other.waits[g]);
                }
            }
            return this;
        }
    }

    @Override
    public Map<List<String>, Row> rapport() {
        RawColumns raw = data.raw;
        int channels = raw.channels.size();
        int groups = raw.touchpoints.size() * channels;
        int parts = 2 * Runtime.getRuntime().availableProcessors();
        Part all = IntStream.range(0, parts).parallel().mapToObj(p -> {
            Part part = new Part(groups);
            long[] t = part.tallies;
            int to = (int) ((long) raw.size * (p + 1) / parts);
            for (int r = (int) ((long) raw.size * p / parts); r < to; r++) {
                int g = raw.touchpoint[r] * channels + raw.channel[r];
                int at = g * TALLIES;
                t[at]++;
                int nps = raw.nps[r];
                if (nps >= 0) {
                    t[at + (nps >= 9 ? 1 : nps >= 7 ? 2 : 3)]++;
                }
                int csat = raw.csat[r];
                if (csat >= 0) {
                    t[at + 5]++;
                    if (csat >= 4) {
                        t[at + 4]++;
                    }
                }
                int wait = raw.waitMillis[r];
                int outcome = raw.outcome[r];
                if (outcome == TRANSFERRED) {
                    t[at + 7]++;
                } else if (outcome == ABANDONED) {
                    t[at + 8]++;
                }
                Histogram h = part.waits[g];
                if (h == null) {
                    h = new Histogram(Distribution.SIGNIFICANT_DIGITS);
                    part.waits[g] = h;
                }
                if (wait >= 0) {   // -1: unknown, not a wait of 0
                    t[at + 6] += wait;
                    t[at + 9]++;
                    h.recordValue(wait);
                }
            }
            return part;
        }).reduce(Part::merge).orElseThrow();
        Map<List<String>, Row> rows = new HashMap<>();
        for (int g = 0; g < groups; g++) {
            long[] t = all.tallies;
            int at = g * TALLIES;
            if (t[at] == 0) {
                continue;
            }
            NetPromoterScore nps = new NetPromoterScore(t[at + 1], t[at + 2], t[at + 3]);
            Proportion csat = new Proportion(t[at + 4], t[at + 5]);
            Proportion transfers = new Proportion(t[at + 7], t[at]);
            Proportion abandons = new Proportion(t[at + 8], t[at]);
            rows.put(List.of(raw.touchpoints.get(g / channels), raw.channels.get(g % channels)),
                    new Row(t[at], nps.promoters(), nps.passives(), nps.detractors(), csat.successes(),
                            csat.trials(), t[at + 6], p90(all.waits[g]), transfers.successes(), abandons.successes(),
                            point(nps.estimate()), point(csat.estimate()), (double) t[at + 6] / t[at + 9] / 1000,
                            point(transfers.estimate()), point(abandons.estimate())));
        }
        return rows;
    }

    /** The nearest-rank 90th percentile, as {@link Distribution} reads it from its histogram form. */
    private static double p90(Histogram histogram) {
        if (histogram.getTotalCount() == 0) {
            return Double.NaN;
        }
        long rank = Math.max(1, (long) Math.ceil(0.9 * histogram.getTotalCount() - 1e-9));
        long seen = 0;
        for (HistogramIterationValue v : histogram.recordedValues()) {
            seen += v.getCountAtValueIteratedTo();
            if (seen >= rank) {
                return histogram.highestEquivalentValue(v.getValueIteratedTo());
            }
        }
        throw new IllegalStateException("rank " + rank + " beyond " + histogram.getTotalCount());
    }
}
