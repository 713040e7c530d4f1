package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedMap;
import dev.rapport.core.KanoCategory;
import dev.rapport.core.KanoResponse;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The mergeable state of a Kano survey: per feature, how many respondents' answer pairs fell in each category of
 * the evaluation table ({@link KanoCategory}: A, O, M, I, R, Q), and how many pairs had an unknown answer (a
 * skipped question: counted, never a category). Everything a {@link KanoAnalysis} reports comes from these counts.
 * <p>
 * Tallies merge exactly, associatively and commutatively, with {@link #empty()} as identity, so the answers of one
 * survey wave, region or shard tally alone and combine in any order with the same result; JSON (its counts) and
 * {@link StateCodec} round-trip exactly.
 * <pre>{@code
 * KanoTally tally = KanoTally.of(KanoReader.strict().csv(Path.of("kano.csv")).responses());
 * tally.counts("Live chat").orElseThrow().count(KanoCategory.ATTRACTIVE)
 * }</pre>
 * This type is immutable and thread-safe.
 *
 * @param features  the counts of every feature answered, sorted by feature name, not null
 */
public record KanoTally(SortedMap<String, Counts> features) {

    private static final KanoTally EMPTY = new KanoTally(ImmutableSortedMap.of());
    private static final KanoCategory[] CATEGORIES = KanoCategory.values();

    /**
     * One feature's counts.
     *
     * @param attractive  pairs classified A, not negative
     * @param oneDimensional  pairs classified O, not negative
     * @param mustBe  pairs classified M, not negative
     * @param indifferent  pairs classified I, not negative
     * @param reverse  pairs classified R, not negative
     * @param questionable  pairs classified Q, not negative
     * @param unknown  pairs with a skipped question, not negative
     */
    public record Counts(long attractive, long oneDimensional, long mustBe, long indifferent, long reverse,
            long questionable, long unknown) {

        /** The counts of no answers. */
        public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0);

        public Counts {
            checkArgument(attractive >= 0 && oneDimensional >= 0 && mustBe >= 0 && indifferent >= 0 && reverse >= 0
                    && questionable >= 0 && unknown >= 0, "Kano counts must not be negative, were "
                    + "A %s O %s M %s I %s R %s Q %s unknown %s", attractive, oneDimensional, mustBe, indifferent,
                    reverse, questionable, unknown);
        }

        /** The number of pairs in a category. */
        public long count(KanoCategory category) {
            return switch (checkNotNull(category, "category")) {
                case ATTRACTIVE -> attractive;
                case ONE_DIMENSIONAL -> oneDimensional;
                case MUST_BE -> mustBe;
                case INDIFFERENT -> indifferent;
                case REVERSE -> reverse;
                case QUESTIONABLE -> questionable;
            };
        }

        /** The pairs with a category (both answers known): A + O + M + I + R + Q. */
        public long classified() {
            long sum = 0;
            for (KanoCategory c : CATEGORIES) {
                sum = Math.addExact(sum, count(c));
            }
            return sum;
        }

        /** Every pair answered, known or not: {@link #classified()} + unknown. */
        public long answered() {
            return Math.addExact(classified(), unknown);
        }

        /** The pairs Berger's coefficients rest on: A + O + M + I (reverse and questionable left out). */
        public long coefficientBase() {
            return Math.addExact(Math.addExact(attractive, oneDimensional), Math.addExact(mustBe, indifferent));
        }

        /** These counts plus one pair of that category, or of unknown answers if empty. */
        public Counts add(Optional<KanoCategory> category) {
            long[] c = array();
            c[category.map(Enum::ordinal).orElse(CATEGORIES.length)]++;
            return of(c);
        }

        /** The sum of both. */
        public Counts merge(Counts other) {
            long[] a = array();
            long[] b = checkNotNull(other, "other").array();
            for (int i = 0; i < a.length; i++) {
                a[i] = Math.addExact(a[i], b[i]);
            }
            return of(a);
        }

        private long[] array() {
            return new long[] {attractive, oneDimensional, mustBe, indifferent, reverse, questionable, unknown};
        }

        private static Counts of(long[] c) {
            return new Counts(c[0], c[1], c[2], c[3], c[4], c[5], c[6]);
        }

        /** Returns e.g. {@code A 12 O 8 M 5 I 9 R 1 Q 2, 3 unknown}. */
        @Override
        public String toString() {
            return "A " + attractive + " O " + oneDimensional + " M " + mustBe + " I " + indifferent + " R " + reverse
                    + " Q " + questionable + ", " + unknown + " unknown";
        }
    }

    public KanoTally {
        features = ImmutableSortedMap.copyOf(checkNotNull(features, "features"));
    }

    //-----------------------------------------------------------------------
    /** The tally of no answers: the identity of {@link #merge}. */
    public static KanoTally empty() {
        return EMPTY;
    }

    /** Tallies responses. */
    public static KanoTally of(Iterable<KanoResponse> responses) {
        TreeMap<String, Counts> counts = new TreeMap<>();
        for (KanoResponse r : checkNotNull(responses, "responses")) {
            counts.merge(r.feature(), Counts.NONE.add(r.category()), Counts::merge);
        }
        return new KanoTally(counts);
    }

    /** Returns this tally plus one response. */
    public KanoTally add(KanoResponse response) {
        checkNotNull(response, "response");
        TreeMap<String, Counts> counts = new TreeMap<>(features);
        counts.merge(response.feature(), Counts.NONE.add(response.category()), Counts::merge);
        return new KanoTally(counts);
    }

    /** Returns the tally of both; associative, commutative, {@link #empty()} is the identity. */
    public KanoTally merge(KanoTally other) {
        checkNotNull(other, "other");
        if (other.features.isEmpty()) {
            return this;
        }
        TreeMap<String, Counts> counts = new TreeMap<>(features);
        other.features.forEach((feature, c) -> counts.merge(feature, c, Counts::merge));
        return new KanoTally(counts);
    }

    /** The counts of a feature, if anyone answered about it. */
    public Optional<Counts> counts(String feature) {
        return Optional.ofNullable(features.get(checkNotNull(feature, "feature")));
    }

    /** The analysis of these counts: category, coefficients and flags per feature. */
    public KanoAnalysis analysis() {
        return KanoAnalysis.of(this);
    }

    //-----------------------------------------------------------------------
    /** This tally as a metric over responses whose result is the tally itself (analyse it with {@link #analysis()}). */
    public static Metric<KanoResponse, KanoTally, KanoTally> metric() {
        return new Metric<>() {
            @Override
            public String name() {
                return "kano";
            }

            @Override
            public KanoTally empty() {
                return EMPTY;
            }

            @Override
            public KanoTally add(KanoTally state, KanoResponse observation) {
                return state.add(observation);
            }

            @Override
            public KanoTally merge(KanoTally left, KanoTally right) {
                return left.merge(right);
            }

            @Override
            public KanoTally finish(KanoTally state) {
                return state;
            }
        };
    }

    /** Returns one line per feature, e.g. {@code Live chat: A 12 O 8 M 5 I 9 R 1 Q 2, 3 unknown}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("kano tally of ").append(features.size()).append(" features");
        features.forEach((feature, c) -> text.append(System.lineSeparator()).append(feature).append(": ").append(c));
        return text.toString();
    }
}
