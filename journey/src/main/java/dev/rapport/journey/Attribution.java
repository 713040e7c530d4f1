package dev.rapport.journey;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.rapport.core.Outcome;
import dev.rapport.journey.internal.LinearSystem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * How much each touchpoint contributes to an outcome (resolution, a purchase, a promoter score), three ways:
 * first touch (the converting journey's first touchpoint gets the credit), last touch (its last touchpoint),
 * and the removal effect of a first-order Markov chain.
 * <p>
 * The chain: states start, every touchpoint, and two absorbing states, conversion and null; transition
 * probabilities are the observed shares (each journey goes start → its touchpoints → conversion if it converted,
 * else null). With Q the transitions among transient states and r the one-step conversion probabilities, the
 * conversion probabilities x solve (I − Q) x = r (absorbing-chain formula, solved directly, no matrix powers);
 * p = x(start). Removing touchpoint k sends every visit to k to null; its removal effect is 1 − p₋ₖ / p, and its
 * Markov credit is the conversions times its removal effect over the sum of all removal effects.
 * <pre>{@code
 * Attribution.of(log, Attribution.resolved())
 * }</pre>
 * The system has one unknown per touchpoint, solved once per touchpoint: fine for hundreds of touchpoints.
 * This type is immutable and thread-safe.
 *
 * @param journeys  the journeys
 * @param conversions  the journeys that converted
 * @param conversionProbability  p, the chain's probability of conversion from start
 * @param credits  one per touchpoint, by Markov credit, highest first (ties by id)
 */
public record Attribution(long journeys, long conversions, double conversionProbability, List<Credit> credits) {

    /**
     * One touchpoint's credit.
     *
     * @param touchpoint  the touchpoint id
     * @param firstTouch  converting journeys that started here
     * @param lastTouch  converting journeys that ended here
     * @param removalEffect  1 − p₋ₖ / p, in [0, 1]; 0 when nothing converted
     * @param markov  conversions credited by the removal effect
     */
    public record Credit(String touchpoint, long firstTouch, long lastTouch, double removalEffect, double markov) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%-20s first %5d  last %5d  removal %.3f  markov %.2f",
                    touchpoint, firstTouch, lastTouch, removalEffect, markov);
        }
    }

    public Attribution {
        credits = ImmutableList.copyOf(credits);
    }

    /** Converted means: the journey has a {@code resolved} interaction. */
    public static Predicate<Journey> resolved() {
        return journey -> journey.interactions().stream().anyMatch(i -> i.outcome() == Outcome.RESOLVED);
    }

    /** Converted means: the journey has an NPS answer of 9 or 10. */
    public static Predicate<Journey> promoter() {
        return journey -> journey.interactions().stream()
                .anyMatch(i -> i.survey().nps().isPresent() && i.survey().nps().getAsInt() >= 9);
    }

    /**
     * Attributes the conversions of a log to its touchpoints.
     *
     * @param log  the journeys, not null
     * @param converted  which journeys converted, not null
     * @return the attribution, never null
     */
    public static Attribution of(JourneyLog log, Predicate<Journey> converted) {
        checkNotNull(log, "log");
        checkNotNull(converted, "converted");
        TreeSet<String> ids = new TreeSet<>();
        log.journeys().forEach(j -> ids.addAll(j.touchpoints()));
        List<String> touchpoints = new ArrayList<>(ids);
        Map<String, Integer> index = new TreeMap<>();
        for (int i = 0; i < touchpoints.size(); i++) {
            index.put(touchpoints.get(i), i + 1);
        }
        int n = touchpoints.size() + 1; // state 0 is start
        double[][] counts = new double[n][n];
        double[] toConversion = new double[n];
        double[] outgoing = new double[n];
        long[] first = new long[n];
        long[] last = new long[n];
        long conversions = 0;
        for (Journey journey : log.journeys()) {
            boolean converts = converted.test(journey);
            int previous = 0;
            for (String touchpoint : journey.touchpoints()) {
                int state = index.get(touchpoint);
                counts[previous][state]++;
                outgoing[previous]++;
                previous = state;
            }
            outgoing[previous]++;
            if (converts) {
                toConversion[previous]++;
                conversions++;
                first[index.get(journey.first().touchpoint())]++;
                last[index.get(journey.last().touchpoint())]++;
            }
        }
        double p = conversionProbability(counts, toConversion, outgoing, -1);
        double[] effects = new double[n];
        double sum = 0;
        for (int k = 1; k < n; k++) {
            effects[k] = p == 0 ? 0 : Math.max(0, 1 - conversionProbability(counts, toConversion, outgoing, k) / p);
            sum += effects[k];
        }
        List<Credit> credits = new ArrayList<>();
        for (int k = 1; k < n; k++) {
            double markov = sum == 0 ? 0 : conversions * effects[k] / sum;
            credits.add(new Credit(touchpoints.get(k - 1), first[k], last[k], effects[k], markov));
        }
        credits.sort(Comparator.comparingDouble(Credit::markov).reversed().thenComparing(Credit::touchpoint));
        return new Attribution(log.size(), conversions, p, credits);
    }

    /** x(start) where (I − Q) x = r, with state {@code removed} (if ≥ 1) leading straight to null. */
    private static double conversionProbability(double[][] counts, double[] toConversion, double[] outgoing,
            int removed) {
        int n = outgoing.length;
        if (outgoing[0] == 0) {
            return 0;
        }
        double[][] a = new double[n][n];
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            a[i][i] = 1;
            if (i == removed || outgoing[i] == 0) {
                continue;
            }
            for (int j = 0; j < n; j++) {
                a[i][j] -= counts[i][j] / outgoing[i];
            }
            r[i] = toConversion[i] / outgoing[i];
        }
        return LinearSystem.solve(a, r)[0];
    }

    /** A credit by touchpoint id. */
    public java.util.Optional<Credit> credit(String touchpoint) {
        return credits.stream().filter(c -> c.touchpoint().equals(touchpoint)).findFirst();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(String.format(java.util.Locale.ROOT,
                "attribution of %d conversions in %d journeys (chain p = %.3f)", conversions, journeys,
                conversionProbability));
        credits.forEach(c -> text.append("\n  ").append(c));
        return text.toString();
    }
}
