package dev.rapport.metrics;

import dev.rapport.data.InteractionColumns.Column;
import dev.rapport.data.internal.ColumnStore;
import java.util.EnumSet;
import java.util.Set;

/** The columnar kernels behind {@link Metrics}: tight loops over primitive columns, one state per group. */
final class Kernels {

    private Kernels() {
    }

    /** A byte column of survey answers aligned with {@code c.surveyed}; for {@code rating-<dimension>}, null if no row has such a rating. */
    static byte[] survey(ColumnStore c, String which) {
        if (which.startsWith("rating-")) {
            return c.ratings(which.substring("rating-".length()));
        }
        switch (which) {
            case "nps": return c.nps;
            case "csat": return c.csat;
            case "ces": return c.ces;
            default: throw new AssertionError(which);
        }
    }

    /** An int column of durations in milliseconds, in blocks; {@link ColumnStore#UNKNOWN_MILLIS} where unknown. */
    static int[][] duration(ColumnStore c, String which) {
        switch (which) {
            case "wait": return c.waitMillis;
            case "handle": return c.handleMillis;
            default: throw new AssertionError(which);
        }
    }

    /** The column of {@link #duration}. */
    private static Set<Column> durationColumn(String which) {
        switch (which) {
            case "wait": return EnumSet.of(Column.WAIT);
            case "handle": return EnumSet.of(Column.HANDLE);
            default: throw new AssertionError(which);
        }
    }

    /** A net score over a survey column: high if at least {@code high}, low if at most {@code low}. */
    static BuiltInMetric.Kernel<NetPromoterScore> net(String column, int high, int low) {
        return BuiltInMetric.Kernel.reading(EnumSet.of(Column.SURVEY), (c, from, to, groups, groupCount) -> {
            byte[] answers = survey(c, column);
            int[] rows = c.surveyed;
            long[] counts = new long[groupCount * 3];
            boolean[] seen = seen(groups, groupCount);
            for (int i = c.firstSurveyed(from); i < rows.length && rows[i] < to; i++) {
                int a = answers[i];
                if (a != ColumnStore.MISSING) {
                    counts[groups[rows[i] - from] * 3 + (a >= high ? 0 : a <= low ? 2 : 1)]++;
                }
            }
            NetPromoterScore[] states = new NetPromoterScore[groupCount];
            for (int g = 0; g < groupCount; g++) {
                if (seen[g]) {
                    states[g] = new NetPromoterScore(counts[g * 3], counts[g * 3 + 1], counts[g * 3 + 2]);
                }
            }
            return states;
        });
    }


    /** A proportion among survey answers at least {@code threshold}. */
    static BuiltInMetric.Kernel<Proportion> scoreAtLeast(String column, int threshold) {
        return BuiltInMetric.Kernel.reading(EnumSet.of(Column.SURVEY), (c, from, to, groups, groupCount) -> {
            byte[] answers = survey(c, column);
            int[] rows = c.surveyed;
            long[] counts = new long[groupCount * 3];
            for (int r = from; r < to; r++) {
                counts[groups[r - from] * 3]++;
            }
            for (int i = c.firstSurveyed(from); i < rows.length && rows[i] < to; i++) {
                int a = answers[i];
                if (a != ColumnStore.MISSING) {
                    counts[groups[rows[i] - from] * 3 + (a >= threshold ? 2 : 1)]++;
                }
            }
            return proportions(counts, groupCount);
        });
    }

    /** A proportion of rows whose outcome is the given one. */
    static BuiltInMetric.Kernel<Proportion> outcomeIs(int outcome) {
        return BuiltInMetric.Kernel.reading(EnumSet.of(Column.OUTCOME), (c, from, to, groups, groupCount) -> {
            long[] counts = new long[groupCount * 3];
            ColumnStore.forBlocks(from, to, (b, lo, hi, g0) -> {
                byte[] outcomes = c.outcome[b];
                for (int i = lo; i < hi; i++) {
                    counts[groups[g0 + i] * 3 + (outcomes[i] == outcome ? 2 : 1)]++;
                }
            });
            return proportions(counts, groupCount);
        });
    }

    /** A proportion of rows the company started. */
    static BuiltInMetric.Kernel<Proportion> proactive() {
        return BuiltInMetric.Kernel.reading(EnumSet.of(Column.INITIATOR), (c, from, to, groups, groupCount) -> {
            long[] counts = new long[groupCount * 3];
            ColumnStore.forBlocks(from, to, (b, lo, hi, g0) -> {
                byte[] initiator = c.initiator[b];
                for (int i = lo; i < hi; i++) {
                    counts[groups[g0 + i] * 3 + 1 + initiator[i]]++;
                }
            });
            return proportions(counts, groupCount);
        });
    }

    /** A proportion of rows whose duration is at most {@code thresholdMillis}. */
    static BuiltInMetric.Kernel<Proportion> within(String column, long thresholdMillis) {
        return BuiltInMetric.Kernel.reading(durationColumn(column), (c, from, to, groups, groupCount) -> {
            int[][] millis = duration(c, column);
            long[] counts = new long[groupCount * 3];
            ColumnStore.forBlocks(from, to, (b, lo, hi, g0) -> {
                int[] block = millis[b];
                for (int i = lo; i < hi; i++) {
                    int v = block[i];
                    counts[groups[g0 + i] * 3 + (v == ColumnStore.UNKNOWN_MILLIS ? 0 : v <= thresholdMillis ? 2 : 1)]++;
                }
            });
            return proportions(counts, groupCount);
        });
    }

    /** A proportion of rows whose reason is in the set, among rows in the given channels (all if empty). */
    static BuiltInMetric.Kernel<Proportion> reasonIn(java.util.Set<String> reasons, java.util.Set<String> channels) {
        return BuiltInMetric.Kernel.reading(EnumSet.of(Column.REASON, Column.CHANNEL), (c, from, to, groups, groupCount) -> {
            boolean[] matches = new boolean[c.reasons.size() + 1];
            for (int code = 0; code < c.reasons.size(); code++) {
                matches[code + 1] = reasons.contains(c.reasons.get(code));
            }
            boolean[] counted = new boolean[c.channels.size()];
            for (int code = 0; code < counted.length; code++) {
                counted[code] = channels.isEmpty() || channels.contains(c.channels.get(code));
            }
            long[] counts = new long[groupCount * 3];
            ColumnStore.forBlocks(from, to, (b, lo, hi, g0) -> {
                short[] reason = c.reason[b];
                byte[] channel = c.channel[b];
                for (int i = lo; i < hi; i++) {
                    int code = !counted[channel[i] & 0xFF] ? 0 : matches[reason[i] + 1] ? 2 : 1;
                    counts[groups[g0 + i] * 3 + code]++;
                }
            });
            return proportions(counts, groupCount);
        });
    }

    /** Which groups have at least one row. */
    private static boolean[] seen(int[] groups, int groupCount) {
        boolean[] seen = new boolean[groupCount];
        for (int g : groups) {
            seen[g] = true;
        }
        return seen;
    }

    private static Proportion[] proportions(long[] counts, int groupCount) {
        Proportion[] states = new Proportion[groupCount];
        for (int g = 0; g < groupCount; g++) {
            long none = counts[g * 3];
            long miss = counts[g * 3 + 1];
            long hit = counts[g * 3 + 2];
            if (none + miss + hit > 0) {
                states[g] = new Proportion(hit, miss + hit);
            }
        }
        return states;
    }

    /** Moments of a survey column (answers present only; for a rating column, not "not applicable" either). */
    static BuiltInMetric.Kernel<Moments> surveyMoments(String column) {
        int least = column.startsWith("rating-") ? 1 : 0;
        return BuiltInMetric.Kernel.reading(EnumSet.of(Column.SURVEY), (c, from, to, groups, groupCount) -> {
            byte[] answers = survey(c, column);
            int[] rows = c.surveyed;
            long[] n = new long[groupCount];
            long[] sum = new long[groupCount];
            long[] squares = new long[groupCount];
            boolean[] seen = seen(groups, groupCount);
            for (int i = c.firstSurveyed(from); answers != null && i < rows.length && rows[i] < to; i++) {
                int a = answers[i];
                if (a >= least) {
                    int g = groups[rows[i] - from];
                    n[g]++;
                    sum[g] += a;
                    squares[g] += a * a;
                }
            }
            Moments[] states = new Moments[groupCount];
            for (int g = 0; g < groupCount; g++) {
                if (seen[g]) {
                    states[g] = new Moments(n[g], sum[g], 0, squares[g]);
                }
            }
            return states;
        });
    }

    /** Adds a non-negative {@code square} to the 128-bit sum {@code high[g]:low[g]}. */
    private static void addSquare(long[] high, long[] low, int g, long square) {
        long l = low[g] + square;
        if (Long.compareUnsigned(l, square) < 0) {
            high[g]++;
        }
        low[g] = l;
    }

    /** Moments of a duration column in milliseconds; the sum of squares in 128 bits. */
    static BuiltInMetric.Kernel<Moments> durationMoments(String column) {
        return BuiltInMetric.Kernel.reading(durationColumn(column), (c, from, to, groups, groupCount) -> {
            int[][] millis = duration(c, column);
            boolean[] seen = seen(groups, groupCount);
            long[] n = new long[groupCount];
            long[] sum = new long[groupCount];
            long[] high = new long[groupCount];
            long[] low = new long[groupCount];
            ColumnStore.forBlocks(from, to, (b, lo, hi, g0) -> {
                int[] block = millis[b];
                for (int i = lo; i < hi; i++) {
                    long v = block[i];
                    if (v == ColumnStore.UNKNOWN_MILLIS) {
                        continue;
                    }
                    int g = groups[g0 + i];
                    long square = v * v;
                    n[g]++;
                    sum[g] += v;
                    addSquare(high, low, g, square);
                }
            });
            Moments[] states = new Moments[groupCount];
            for (int g = 0; g < groupCount; g++) {
                if (seen[g]) {
                    states[g] = new Moments(n[g], sum[g], high[g], low[g]);
                }
            }
            return states;
        });
    }

    /** The distribution of a duration column in milliseconds. */
    static BuiltInMetric.Kernel<Distribution> distribution(String column) {
        return BuiltInMetric.Kernel.reading(durationColumn(column), (c, from, to, groups, groupCount) -> {
            int[][] millis = duration(c, column);
            Distribution.Accumulator[] accumulators = new Distribution.Accumulator[groupCount];
            ColumnStore.forBlocks(from, to, (b, lo, hi, g0) -> {
                int[] block = millis[b];
                for (int i = lo; i < hi; i++) {
                    int g = groups[g0 + i];
                    Distribution.Accumulator a = accumulators[g];
                    if (a == null) {
                        a = new Distribution.Accumulator();
                        accumulators[g] = a;
                    }
                    int v = block[i];
                    if (v != ColumnStore.UNKNOWN_MILLIS) {
                        a.add(v);
                    }
                }
            });
            Distribution[] states = new Distribution[groupCount];
            for (int g = 0; g < groupCount; g++) {
                if (accumulators[g] != null) {
                    states[g] = accumulators[g].snapshot();
                }
            }
            return states;
        });
    }

    /** Productivity over the rows an agent served: handling-time moments, resolved count and their time. */
    static BuiltInMetric.Kernel<Productivity> productivity() {
        return BuiltInMetric.Kernel.reading(EnumSet.of(Column.AGENT, Column.HANDLE, Column.OUTCOME), (c, from, to, groups, groupCount) -> {
            int resolvedCode = dev.rapport.core.Outcome.RESOLVED.ordinal();
            long[] n = new long[groupCount];
            long[] sum = new long[groupCount];
            long[] high = new long[groupCount];
            long[] low = new long[groupCount];
            long[] resolved = new long[groupCount];
            long[] resolvedMillis = new long[groupCount];
            boolean[] seen = new boolean[groupCount];
            ColumnStore.forBlocks(from, to, (b, lo, hi, g0) -> {
                int[] agent = c.agent[b];
                int[] handleMillis = c.handleMillis[b];
                byte[] outcome = c.outcome[b];
                for (int i = lo; i < hi; i++) {
                    int g = groups[g0 + i];
                    seen[g] = true;
                    long v = handleMillis[i];
                    if (agent[i] < 0 || v == ColumnStore.UNKNOWN_MILLIS) {
                        continue;
                    }
                    long square = v * v;
                    n[g]++;
                    sum[g] += v;
                    addSquare(high, low, g, square);
                    if (outcome[i] == resolvedCode) {
                        resolved[g]++;
                        resolvedMillis[g] += v;
                    }
                }
            });
            Productivity[] states = new Productivity[groupCount];
            for (int g = 0; g < groupCount; g++) {
                if (seen[g]) {
                    states[g] = new Productivity(new Moments(n[g], sum[g], high[g], low[g]), resolved[g],
                            resolvedMillis[g]);
                }
            }
            return states;
        });
    }

    /** Each customer's least case and whether they had another, over rows with a case id. */
    static BuiltInMetric.Kernel<CustomerCases> customerCases() {
        return BuiltInMetric.Kernel.reading(EnumSet.of(Column.CUSTOMER, Column.CASE), (c, from, to, groups, groupCount) -> {
            // per group: customer code -> {least case code, returning 0/1}, comparing case ids only when codes differ
            @SuppressWarnings("unchecked")
            java.util.Map<Integer, int[]>[] byGroup = new java.util.Map[groupCount];
            ColumnStore.forBlocks(from, to, (b, lo, hi, g0) -> {
                int[] caseIds = c.caseId[b];
                int[] customers = c.customer[b];
                for (int i = lo; i < hi; i++) {
                    int g = groups[g0 + i];
                    if (byGroup[g] == null) {
                        byGroup[g] = new java.util.HashMap<>();
                    }
                    int caseCode = caseIds[i];
                    if (caseCode < 0) {
                        continue;
                    }
                    int[] customer = byGroup[g].get(customers[i]);
                    if (customer == null) {
                        byGroup[g].put(customers[i], new int[] {caseCode, 0});
                    } else if (customer[0] != caseCode) {
                        customer[1] = 1;
                        if (c.cases.get(caseCode).compareTo(c.cases.get(customer[0])) < 0) {
                            customer[0] = caseCode;
                        }
                    }
                }
            });
            CustomerCases[] states = new CustomerCases[groupCount];
            for (int g = 0; g < groupCount; g++) {
                if (byGroup[g] != null) {
                    java.util.Map<String, CustomerCases.Customer> customers = new java.util.HashMap<>();
                    byGroup[g].forEach((code, summary) -> customers.put(c.customers.get(code),
                            new CustomerCases.Customer(c.cases.get(summary[0]), summary[1] == 1)));
                    states[g] = CustomerCases.of(customers);
                }
            }
            return states;
        });
    }
}
