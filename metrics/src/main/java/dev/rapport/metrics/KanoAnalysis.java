package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.rapport.core.KanoCategory;
import dev.rapport.core.KanoQuestionnaire;
import dev.rapport.core.KanoResponse;
import dev.rapport.metrics.KanoTally.Counts;
import dev.rapport.metrics.internal.Intervals;
import dev.rapport.metrics.internal.KanoChart;
import dev.rapport.metrics.internal.KanoTexts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What delights and what is taken for granted: per feature of a Kano survey, its category by the most frequent
 * answer pair, Berger's satisfaction and dissatisfaction coefficients with intervals, the category by those
 * coefficients, and whether the two most frequent categories can be told apart at the sample size.
 * <ul>
 * <li><b>Category</b> ({@link Feature#category()}): the most frequent of A, O, M, I, R, Q (Kano et al. 1984;
 * Berger et al. 1993); a tie goes by the rule M &gt; O &gt; A &gt; I (then R, Q) of Matzler and Hinterhuber (1998),
 * "How to make product development projects more successful by integrating Kano's model of customer satisfaction
 * into quality function deployment", <i>Technovation</i> 18(1): the category that hurts more if ignored wins.</li>
 * <li><b>CS+</b> = (A + O) / (A + O + M + I) and <b>CS−</b> = −(O + M) / (A + O + M + I) (Berger et al. 1993):
 * how much satisfaction the feature can add, and how much dissatisfaction its absence causes. Both are shares of
 * the A + O + M + I pairs, so their 95% intervals are Wilson score intervals, within [0, 1] and [−1, 0].</li>
 * <li><b>Quadrant</b> ({@link Feature#quadrant()}): the category by the coefficients, cut at
 * {@value #QUADRANT_CUT}: CS+ high and |CS−| low attractive, both high one-dimensional, |CS−| high only must-be,
 * both low indifferent (the Kano chart of CS+ against |CS−|, {@link #toSvg()}).</li>
 * <li><b>Close call</b> ({@link Feature#isDistinct()}): the difference between the shares p₁ and p₂ of the two most
 * frequent categories among the classified pairs, with the 95% interval from the multinomial variance
 * Var(p̂₁ − p̂₂) = (p₁ + p₂ − (p₁ − p₂)²) / n of two shares of one sample (the variance behind the NPS interval),
 * adjusted-Wald as Rocks (2016) does for NPS (3/4 added to each count and 3 to n, so that a small sample with one
 * category only is not declared certain). The category is distinct when the interval lies above 0; otherwise the
 * data cannot tell the two apart and the feature is a close call.</li>
 * <li><b>Strengths</b> of Lee and Newcomb (1997), "Applying the Kano methodology to meet customer requirements:
 * NASA's microgravity science program", <i>Quality Management Journal</i> 4(3): category strength p₁ − p₂ (they
 * read under 6 percentage points as a mixed category) and total strength (A + O + M) / n.</li>
 * </ul>
 * Pairs with an unknown answer are counted per feature and enter none of these figures.
 * <pre>{@code
 * KanoAnalysis kano = KanoAnalysis.of(KanoReader.strict().csv(Path.of("kano.csv")).responses());
 * kano.feature("Live chat").orElseThrow().satisfaction()   // 0.6 (95% CI 0.4 to 0.7, n=36, wilson)
 * Files.writeString(Path.of("kano.svg"), kano.toSvg());
 * }</pre>
 * This type is immutable and thread-safe.
 *
 * @param features  one entry per feature, in questionnaire order or else by name
 */
public record KanoAnalysis(List<Feature> features) {

    /** Where the chart's quadrants are cut on both coefficients. */
    public static final double QUADRANT_CUT = 0.5;

    /**
     * The base name of the resource bundle of the Kano texts (headings, category names, chart labels, the report
     * section), in every language of {@code Messages.LANGUAGES}: read it with {@code Messages.of(MESSAGES, locale)}.
     */
    public static final String MESSAGES = "dev.rapport.metrics.kano";

    /** Method name of the interval of the difference between the top two categories' shares. */
    public static final String DIFFERENCE_METHOD = "multinomial-adjusted-wald";

    /** Ties between categories go to the first in this order (Matzler and Hinterhuber 1998). */
    private static final List<KanoCategory> TIE_ORDER = List.of(KanoCategory.MUST_BE, KanoCategory.ONE_DIMENSIONAL,
            KanoCategory.ATTRACTIVE, KanoCategory.INDIFFERENT, KanoCategory.REVERSE, KanoCategory.QUESTIONABLE);

    /**
     * One feature's figures, all computed from its counts.
     *
     * @param name  the feature, not null
     * @param counts  its answer pairs by category, not null
     */
    public record Feature(String name, Counts counts) {

        public Feature {
            checkNotNull(name, "name");
            checkNotNull(counts, "counts");
        }

        /** The categories from the most frequent down, ties by M &gt; O &gt; A &gt; I &gt; R &gt; Q. */
        public List<KanoCategory> ranking() {
            List<KanoCategory> ranked = new ArrayList<>(TIE_ORDER);
            ranked.sort(Comparator.comparingLong((KanoCategory c) -> counts.count(c)).reversed());
            return ImmutableList.copyOf(ranked);
        }

        /** The most frequent category, or empty if no pair was classified. */
        public Optional<KanoCategory> category() {
            return counts.classified() == 0 ? Optional.empty() : Optional.of(ranking().get(0));
        }

        /** The second most frequent category, or empty if no pair was classified. */
        public Optional<KanoCategory> runnerUp() {
            return counts.classified() == 0 ? Optional.empty() : Optional.of(ranking().get(1));
        }

        /** CS+ = (A + O) / (A + O + M + I) with its 95% Wilson interval; empty if A + O + M + I = 0. */
        public Estimate satisfaction() {
            return Intervals.wilson(counts.attractive() + counts.oneDimensional(), counts.coefficientBase(),
                    Estimate.DEFAULT_CONFIDENCE);
        }

        /** CS− = −(O + M) / (A + O + M + I) with its 95% Wilson interval, within [−1, 0]; empty if A + O + M + I = 0. */
        public Estimate dissatisfaction() {
            Estimate share = Intervals.wilson(counts.oneDimensional() + counts.mustBe(), counts.coefficientBase(),
                    Estimate.DEFAULT_CONFIDENCE);
            if (share.isEmpty()) {
                return share;
            }
            return Estimate.of(-share.point(), share.sampleSize(), -share.upper(), -share.lower(),
                    share.confidence(), share.method(), false)
                    .withSpread(share.standardError().orElse(Double.NaN), Double.NaN);
        }

        /** The category by the coefficients, cut at {@value #QUADRANT_CUT}; empty if A + O + M + I = 0. */
        public Optional<KanoCategory> quadrant() {
            if (counts.coefficientBase() == 0) {
                return Optional.empty();
            }
            boolean satisfies = satisfaction().point() >= QUADRANT_CUT;
            boolean dissatisfies = -dissatisfaction().point() >= QUADRANT_CUT;
            return Optional.of(satisfies ? (dissatisfies ? KanoCategory.ONE_DIMENSIONAL : KanoCategory.ATTRACTIVE)
                    : dissatisfies ? KanoCategory.MUST_BE : KanoCategory.INDIFFERENT);
        }

        /**
         * The share of the most frequent category minus that of the second among the classified pairs, with its
         * 95% adjusted-Wald multinomial interval (see the class comment); empty if no pair was classified.
         */
        public Estimate topTwoDifference() {
            long n = counts.classified();
            if (n == 0) {
                return Estimate.empty(DIFFERENCE_METHOD);
            }
            long first = counts.count(ranking().get(0));
            long second = counts.count(ranking().get(1));
            Estimate net = Intervals.net(first, n - first - second, second, true, Estimate.DEFAULT_CONFIDENCE);
            return Estimate.of((double) (first - second) / n, n, net.lower() / 100, net.upper() / 100,
                    net.confidence(), DIFFERENCE_METHOD, false)
                    .withSpread(net.standardError().orElse(Double.NaN) / 100, Double.NaN);
        }

        /**
         * Whether the most frequent category is distinct from the second at the sample size: the interval of
         * {@link #topTwoDifference()} lies above 0. False for a close call and when no pair was classified.
         */
        public boolean isDistinct() {
            Estimate difference = topTwoDifference();
            return !difference.isEmpty() && difference.lower() > 0;
        }

        /** Lee and Newcomb's category strength p₁ − p₂ among the classified pairs, if any. */
        public OptionalDouble categoryStrength() {
            Estimate difference = topTwoDifference();
            return difference.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(difference.point());
        }

        /** Lee and Newcomb's total strength (A + O + M) / n among the classified pairs, if any. */
        public OptionalDouble totalStrength() {
            long n = counts.classified();
            return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(
                    (double) (counts.attractive() + counts.oneDimensional() + counts.mustBe()) / n);
        }
    }

    public KanoAnalysis {
        features = ImmutableList.copyOf(checkNotNull(features, "features"));
    }

    //-----------------------------------------------------------------------
    /** The analysis of a tally, features by name. */
    public static KanoAnalysis of(KanoTally tally) {
        checkNotNull(tally, "tally");
        List<Feature> features = new ArrayList<>();
        tally.features().forEach((name, counts) -> features.add(new Feature(name, counts)));
        return new KanoAnalysis(features);
    }

    /** The analysis of responses, features by name. */
    public static KanoAnalysis of(Iterable<KanoResponse> responses) {
        return of(KanoTally.of(responses));
    }

    /**
     * The analysis of a tally in the questionnaire's order, with every feature it asks about (one nobody answered
     * has no figures), then any other feature of the tally by name.
     */
    public static KanoAnalysis of(KanoTally tally, KanoQuestionnaire questionnaire) {
        checkNotNull(tally, "tally");
        checkNotNull(questionnaire, "questionnaire");
        List<Feature> features = new ArrayList<>();
        for (String name : questionnaire.featureNames()) {
            features.add(new Feature(name, tally.counts(name).orElse(Counts.NONE)));
        }
        tally.features().forEach((name, counts) -> {
            if (questionnaire.feature(name).isEmpty()) {
                features.add(new Feature(name, counts));
            }
        });
        return new KanoAnalysis(features);
    }

    /** The figures of a feature, if the analysis has it. */
    public Optional<Feature> feature(String name) {
        checkNotNull(name, "name");
        return features.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /**
     * The Kano chart as a standalone SVG document, in English: CS+ (up) against |CS−| (right), both from 0 to 1,
     * the quadrants cut at {@value #QUADRANT_CUT} and labelled attractive (top left), one-dimensional (top right),
     * must-be (bottom right) and indifferent (bottom left), each feature a labelled dot with whiskers for both 95%
     * intervals. Features without coefficients are listed below the chart.
     *
     * @return the SVG text, never null
     */
    public String toSvg() {
        return toSvg(Locale.ENGLISH);
    }

    /**
     * The Kano chart in a language (en, pt, ms, it, lt or ro; any other gives English), as {@link #toSvg()}.
     *
     * @param locale  the language of the labels, not null
     * @return the SVG text, never null
     */
    public String toSvg(Locale locale) {
        return KanoChart.svg(this, KanoTexts.of(checkNotNull(locale, "locale")));
    }

    /**
     * The table in a language: per feature n (classified pairs), unknown, the counts A O M I R Q, the category,
     * CS+ and CS− with their 95% intervals, the category strength and the flag of a close call.
     *
     * @param locale  the language of headings, category names and numbers, not null
     * @return the table, one line per feature after the headings, never null
     */
    public String table(Locale locale) {
        KanoTexts texts = KanoTexts.of(checkNotNull(locale, "locale"));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {texts.text("heading.feature"), "n", texts.text("heading.unknown"), "A", "O", "M", "I",
            "R", "Q", texts.text("heading.category"), texts.text("heading.cs-plus"), texts.text("heading.cs-minus"),
            texts.text("heading.strength"), texts.text("heading.flag")});
        for (Feature f : features) {
            Counts c = f.counts();
            rows.add(new String[] {f.name(), texts.integer(c.classified()), texts.integer(c.unknown()),
                texts.integer(c.attractive()), texts.integer(c.oneDimensional()), texts.integer(c.mustBe()),
                texts.integer(c.indifferent()), texts.integer(c.reverse()), texts.integer(c.questionable()),
                f.category().map(texts::category).orElse("-"), texts.interval(f.satisfaction()),
                texts.interval(f.dissatisfaction()),
                f.categoryStrength().isPresent() ? texts.number(f.categoryStrength().getAsDouble()) : "-",
                flag(f, texts)});
        }
        return KanoTexts.table(rows, "LRRRRRRRRLLLRL");
    }

    /** Returns the table in English ({@link #table(Locale)}). */
    @Override
    public String toString() {
        return table(Locale.ENGLISH);
    }

    /**
     * The flag of a feature in English: empty when its category is distinct, else e.g.
     * {@code close: attractive/indifferent}, or {@code no classified answers}.
     */
    public static String flag(Feature feature) {
        return flag(feature, KanoTexts.of(Locale.ENGLISH));
    }

    /**
     * The flag of a feature in a language: empty when its category is distinct, else the close call's two
     * categories, or the words for "no classified answers".
     *
     * @param feature  the feature, not null
     * @param locale  the language, not null
     * @return the flag, never null
     */
    public static String flag(Feature feature, Locale locale) {
        return flag(checkNotNull(feature, "feature"), KanoTexts.of(checkNotNull(locale, "locale")));
    }

    /**
     * The name of a category in a language, e.g. {@code must-be} (en), {@code privaloma} (lt).
     *
     * @param category  the category, not null
     * @param locale  the language, not null
     * @return the name, never null
     */
    public static String categoryName(KanoCategory category, Locale locale) {
        return KanoTexts.of(checkNotNull(locale, "locale")).category(checkNotNull(category, "category"));
    }

    private static String flag(Feature feature, KanoTexts texts) {
        if (feature.counts().classified() == 0) {
            return texts.text("flag.no-answers");
        }
        return feature.isDistinct() ? ""
                : texts.text("flag.close", texts.category(feature.category().get()),
                        texts.category(feature.runnerUp().get()));
    }
}
