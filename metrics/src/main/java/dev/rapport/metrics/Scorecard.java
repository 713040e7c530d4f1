package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.rapport.core.Direction;
import dev.rapport.core.Ids;
import dev.rapport.core.Interaction;
import dev.rapport.core.InvalidModelException;
import dev.rapport.core.RapportJson;
import dev.rapport.core.UnknownNameException;
import dev.rapport.core.UnreadableInputException;
import dev.rapport.core.Violation;
import dev.rapport.data.InteractionColumns;
import dev.rapport.metrics.internal.scoring.ScorecardDocument;
import dev.rapport.metrics.internal.scoring.ScorecardDocument.KpiDocument;
import dev.rapport.metrics.internal.scoring.ScorecardRules;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A named set of KPIs and the name of the strategy that scores them: the one-page view of service quality a
 * team reviews each week.
 * <pre>{@code
 * Scorecard card = Scorecard.builder("Support")
 *         .kpi("resolved-rate", Direction.HIGHER_IS_BETTER, 80, 75, 60)
 *         .kpi(Kpi.of("mean-wait", Direction.LOWER_IS_BETTER, 60, 90, 180).withWeight(2))
 *         .scoring("weakest-link").build();
 * ScorecardResult result = card.evaluate(interactions, metrics);
 * }</pre>
 * The JSON form (see {@link #parse}) names metrics and the strategy; both resolve through explicit registries.
 * <p>
 * This type is immutable and thread-safe.
 *
 * @param name  the scorecard's name, not blank
 * @param kpis  the KPIs, at least one, each metric at most once, not null
 * @param scoring  the registered name of the scoring strategy, kebab-case
 */
public record Scorecard(String name, List<Kpi> kpis, String scoring) {

    /** The scoring strategy a scorecard uses unless told otherwise. */
    public static final String DEFAULT_SCORING = "weighted-average";

    /**
     * Checks every rule at once.
     *
     * @throws InvalidModelException naming every broken rule
     */
    public Scorecard {
        List<Violation> violations = new ArrayList<>();
        if (kpis == null) {
            violations.add(new Violation("kpis", "must not be null", "null"));
        } else {
            kpis.forEach(k -> checkNotNull(k, "kpis"));
            kpis = ImmutableList.copyOf(kpis);
        }
        structureViolations(violations, "", name, kpis == null ? List.of() : kpis.stream().map(Kpi::metric).toList(),
                kpis != null, scoring);
        if (!violations.isEmpty()) {
            throw new InvalidModelException("scorecard", violations);
        }
    }

    private static void structureViolations(List<Violation> violations, String prefix, String name,
            List<String> metrics, boolean hasKpis, String scoring) {
        if (name == null || name.isBlank()) {
            violations.add(new Violation(prefix + "name", "must not be blank", String.valueOf(name)));
        }
        if (hasKpis && metrics.isEmpty()) {
            violations.add(new Violation(prefix + "kpis", "must list at least one KPI", "[]"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < metrics.size(); i++) {
            if (metrics.get(i) != null && !seen.add(metrics.get(i))) {
                violations.add(new Violation(prefix + "kpis[" + i + "].metric", "is already used by another KPI",
                        metrics.get(i)));
            }
        }
        if (scoring == null || !Ids.isKebab(scoring)) {
            violations.add(new Violation(prefix + "scoring", "must be a lower-case kebab-case strategy name",
                    String.valueOf(scoring)));
        }
    }

    /** Starts a builder for a scorecard of this name, scored by {@link #DEFAULT_SCORING}. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    //-----------------------------------------------------------------------
    /**
     * Reads a scorecard definition from JSON and checks it against the registries, reporting every problem at
     * once by JSON path ({@code $.kpis[1].weight}).
     *
     * @param json  the JSON text, not null
     * @param metrics  the metrics the KPIs may name, not null
     * @param strategies  the scoring strategies the definition may name, not null
     * @return the scorecard, never null
     * @throws UnreadableInputException if the text is not JSON of the right shape
     * @throws InvalidModelException naming every broken rule, unknown metric and unknown strategy
     */
    public static Scorecard parse(String json, MetricRegistry metrics, ScoringStrategies strategies) {
        return read(new StringReader(checkNotNull(json, "json")), "JSON text", metrics, strategies);
    }

    /**
     * Reads a scorecard definition from a UTF-8 JSON file; see {@link #parse}.
     *
     * @throws UnreadableInputException if the file cannot be read or is not JSON of the right shape
     * @throws InvalidModelException naming every problem
     */
    public static Scorecard read(Path file, MetricRegistry metrics, ScoringStrategies strategies) {
        checkNotNull(file, "file");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString(), metrics, strategies);
        } catch (IOException e) {
            throw UnreadableInputException.cannotRead(file, e);
        }
    }

    private static Scorecard read(Reader reader, String source, MetricRegistry metrics,
            ScoringStrategies strategies) {
        checkNotNull(metrics, "metrics");
        checkNotNull(strategies, "strategies");
        ScorecardDocument doc = RapportJson.read(reader, source, ScorecardDocument.class);
        String scoring = doc.scoring() == null ? DEFAULT_SCORING : doc.scoring();
        List<Violation> violations = new ArrayList<>();
        List<KpiDocument> kpiDocs = doc.kpis() == null ? List.of() : doc.kpis();
        if (doc.kpis() == null) {
            violations.add(new Violation("$.kpis", "must not be null", "null"));
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < kpiDocs.size(); i++) {
            String prefix = "$.kpis[" + i + "].";
            KpiDocument k = kpiDocs.get(i);
            if (k == null) {
                violations.add(new Violation("$.kpis[" + i + "]", "must not be null", "null"));
                continue;
            }
            names.add(k.metric());
            violations.addAll(ScorecardRules.kpiViolations(prefix, k.metric(), k.direction(), required(violations,
                    prefix + "target", k.target()), required(violations, prefix + "green_from", k.greenFrom()),
                    required(violations, prefix + "amber_from", k.amberFrom()),
                    k.weight() == null ? Kpi.DEFAULT_WEIGHT : k.weight(), optional(k.baseline()),
                    minimumSample(k)));
            if (k.metric() != null && MetricRegistry.isWellFormed(k.metric()) && !metrics.contains(k.metric())) {
                violations.add(new Violation(prefix + "metric", "is not a known metric; known: "
                        + metrics.known(), k.metric()));
            }
        }
        structureViolations(violations, "$.", doc.name(), names, doc.kpis() != null, scoring);
        if (Ids.isKebab(scoring) && !strategies.contains(scoring)) {
            violations.add(new Violation("$.scoring", "is not a known scoring strategy; known: "
                    + strategies.names(), scoring));
        }
        if (!violations.isEmpty()) {
            throw new InvalidModelException("scorecard in " + source, violations);
        }
        return new Scorecard(doc.name(), kpiDocs.stream().map(k -> new Kpi(k.metric(), k.direction(), k.target(),
                k.greenFrom(), k.amberFrom(), k.weight() == null ? Kpi.DEFAULT_WEIGHT : k.weight(),
                optional(k.baseline()), minimumSample(k))).toList(), scoring);
    }

    private static long minimumSample(KpiDocument k) {
        return k.minimumSample() == null ? Kpi.DEFAULT_MINIMUM_SAMPLE : k.minimumSample();
    }

    /** A missing required number is reported and replaced by 0 so the other rules can still be checked. */
    private static double required(List<Violation> violations, String path, Double value) {
        if (value == null) {
            violations.add(new Violation(path, "must not be null", "null"));
            return 0;
        }
        return value;
    }

    private static OptionalDouble optional(Double value) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /** Writes this definition as JSON, readable by {@link #parse}. */
    public String toJson() {
        return RapportJson.write(new ScorecardDocument(name, scoring, kpis.stream()
                .map(k -> new KpiDocument(k.metric(), k.direction(), k.target(), k.greenFrom(), k.amberFrom(),
                        k.weight(), k.baseline().isPresent() ? k.baseline().getAsDouble() : null,
                        k.minimumSample()))
                .toList()));
    }

    /** Writes this definition as a JSON file. */
    public void write(Path file) {
        try {
            Files.writeString(checkNotNull(file, "file"), toJson(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * Checks that every KPI's metric and the scoring strategy are registered.
     *
     * @return this scorecard
     * @throws InvalidModelException naming every unknown name
     */
    public Scorecard checkNames(MetricRegistry metrics, ScoringStrategies strategies) {
        checkNotNull(metrics, "metrics");
        checkNotNull(strategies, "strategies");
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < kpis.size(); i++) {
            if (!metrics.contains(kpis.get(i).metric())) {
                violations.add(new Violation("kpis[" + i + "].metric", "is not a known metric; known: "
                        + metrics.known(), kpis.get(i).metric()));
            }
        }
        if (!strategies.contains(scoring)) {
            violations.add(new Violation("scoring", "is not a known scoring strategy; known: " + strategies.names(),
                    scoring));
        }
        if (!violations.isEmpty()) {
            throw new InvalidModelException("scorecard", violations);
        }
        return this;
    }

    //-----------------------------------------------------------------------
    /**
     * Tallies interactions into one accumulator state per KPI, ready to merge with other shards.
     *
     * @throws UnknownNameException if a KPI's metric is not registered
     */
    public ScorecardTally tally(Iterable<Interaction> interactions, MetricRegistry metrics) {
        return ScorecardTally.empty(this, metrics).addAll(interactions);
    }

    /** Tallies interactions overall and per group of the breakdown. */
    public ScorecardTally tally(Iterable<Interaction> interactions, MetricRegistry metrics, Breakdown breakdown) {
        return ScorecardTally.empty(this, metrics, breakdown).addAll(interactions);
    }

    /**
     * Tallies columns in one pass over all KPIs' metrics (every KPI's metric must be a built-in of
     * {@link Metrics}); the same tally as {@link #tally(Iterable, MetricRegistry)} over the same interactions.
     * <pre>{@code
     * ScorecardResult r = card.tally(columns, MetricRegistry.builtIn()).result(ScoringStrategies.builtIn());
     * }</pre>
     *
     * @throws UnknownNameException if a KPI's metric is not registered
     * @throws IllegalArgumentException if a KPI's metric has no columnar form
     */
    public ScorecardTally tally(InteractionColumns columns, MetricRegistry metrics) {
        return ScorecardTally.of(this, metrics, columns, java.util.Optional.empty());
    }

    /**
     * Tallies columns overall and per group of a breakdown by touchpoint, channel, segment or agent (the built-in
     * {@link Breakdown}s of those names), in one pass; a KPI over issues or cases is folded within each group, as
     * {@link #tally(Iterable, MetricRegistry, Breakdown)} folds it.
     *
     * @throws IllegalArgumentException if the breakdown is another one or a KPI's metric has no columnar form
     */
    public ScorecardTally tally(InteractionColumns columns, MetricRegistry metrics, Breakdown breakdown) {
        return ScorecardTally.of(this, metrics, columns, java.util.Optional.of(checkNotNull(breakdown, "breakdown")));
    }

    /** Evaluates the scorecard over columns with its named strategy from {@link ScoringStrategies#builtIn()}. */
    public ScorecardResult evaluate(InteractionColumns columns, MetricRegistry metrics) {
        return tally(columns, metrics).result(ScoringStrategies.builtIn());
    }

    /** Evaluates the scorecard over columns, overall and per group of the breakdown. */
    public ScorecardResult evaluate(InteractionColumns columns, MetricRegistry metrics, Breakdown breakdown) {
        return tally(columns, metrics, breakdown).result(ScoringStrategies.builtIn());
    }

    /**
     * Evaluates the scorecard over interactions with its named strategy from {@link ScoringStrategies#builtIn()}.
     *
     * @throws UnknownNameException if a metric or the strategy is not registered
     */
    public ScorecardResult evaluate(Iterable<Interaction> interactions, MetricRegistry metrics) {
        return tally(interactions, metrics).result(ScoringStrategies.builtIn());
    }

    /** Evaluates the scorecard over interactions, overall and per group of the breakdown. */
    public ScorecardResult evaluate(Iterable<Interaction> interactions, MetricRegistry metrics,
            Breakdown breakdown) {
        return tally(interactions, metrics, breakdown).result(ScoringStrategies.builtIn());
    }

    /**
     * Compares the current period's interactions with a baseline period's, KPI by KPI, saying whether each change
     * is significant ({@link ChangeTest#automatic()}, alpha {@link ChangeTest#DEFAULT_ALPHA}).
     *
     * @throws UnknownNameException if a metric is not registered
     */
    public ScorecardComparison compare(Iterable<Interaction> baseline, Iterable<Interaction> current,
            MetricRegistry metrics) {
        return tally(current, metrics).compareWith(tally(baseline, metrics));
    }

    /** Returns a copy scored by the strategy registered under this name. */
    public Scorecard withScoring(String newScoring) {
        return new Scorecard(name, kpis, newScoring);
    }

    /**
     * Builds a scorecard in a few lines; mutable, for use from a single thread. {@link #build()} may be called
     * again.
     */
    public static final class Builder {
        private final String name;
        private final List<Kpi> kpis = new ArrayList<>();
        private String scoring = DEFAULT_SCORING;

        private Builder(String name) {
            this.name = name;
        }

        /** Adds a KPI. */
        public Builder kpi(Kpi kpi) {
            kpis.add(checkNotNull(kpi, "kpi"));
            return this;
        }

        /** Adds a KPI of weight 1 without a baseline. */
        public Builder kpi(String metric, Direction direction, double target, double greenFrom, double amberFrom) {
            return kpi(Kpi.of(metric, direction, target, greenFrom, amberFrom));
        }

        /** Names the scoring strategy. */
        public Builder scoring(String strategyName) {
            this.scoring = strategyName;
            return this;
        }

        /**
         * Builds the scorecard.
         *
         * @throws InvalidModelException naming every broken rule
         */
        public Scorecard build() {
            return new Scorecard(name, kpis, scoring);
        }
    }
}
