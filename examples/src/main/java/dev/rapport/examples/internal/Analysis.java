package dev.rapport.examples.internal;

import dev.rapport.core.Direction;
import dev.rapport.core.Interaction;
import dev.rapport.data.ImportSummary;
import dev.rapport.data.InteractionColumns;
import dev.rapport.data.InteractionFilter;
import dev.rapport.journey.Annotation;
import dev.rapport.journey.ConformanceReport;
import dev.rapport.journey.DirectlyFollowsGraph;
import dev.rapport.journey.Funnel;
import dev.rapport.journey.Grouping;
import dev.rapport.journey.JourneyLog;
import dev.rapport.journey.JourneyMap;
import dev.rapport.metrics.AtRiskRule;
import dev.rapport.metrics.Breakdown;
import dev.rapport.metrics.Change;
import dev.rapport.metrics.CustomersAtRisk;
import dev.rapport.metrics.ImportancePerformance;
import dev.rapport.metrics.KeyDrivers;
import dev.rapport.metrics.MetricRegistry;
import dev.rapport.metrics.Scorecard;
import dev.rapport.metrics.ScorecardComparison;
import dev.rapport.metrics.ScorecardResult;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything the demo and the report show about one log: the scorecard for the latest quarter against the one
 * before, with breakdowns by touchpoint and channel; conformance against the journey map; the funnel; and the
 * directly-follows graph. Quarters are calendar quarters in UTC. This type is immutable and thread-safe.
 */
public final class Analysis {

    private final JourneyMap map;
    private final List<Interaction> interactions;
    private final Optional<String> stage;
    private final Scorecard scorecard;
    private final ImportSummary imported;
    private final String currentQuarter;
    private final String baselineQuarter;
    private final long currentCount;
    private final long baselineCount;
    private final ScorecardResult current;
    private final ScorecardResult byTouchpoint;
    private final ScorecardResult byChannel;
    private final ScorecardComparison comparison;
    private final ConformanceReport conformance;
    private final Funnel funnel;
    private final DirectlyFollowsGraph discovered;
    private final Optional<ImportancePerformance> importancePerformance;
    private final Optional<KeyDrivers> keyDrivers;
    private final List<CustomersAtRisk.Customer> atRisk;

    /** The demo's at-risk rule: two different warning signs in the latest quarter. */
    public static final AtRiskRule AT_RISK = AtRiskRule.atLeast(2);

    private Analysis(JourneyMap map, Scorecard scorecard, ImportSummary imported, List<Interaction> interactions,
            Optional<InteractionColumns> columns, MetricRegistry metrics, Optional<String> stage) {
        this.map = map;
        this.interactions = interactions;
        this.stage = stage;
        this.scorecard = scorecard;
        this.imported = imported;
        Instant latest = interactions.stream().map(Interaction::timestamp).max(Instant::compareTo)
                .orElseThrow(() -> new BadInputException(imported.source() + " holds no interactions"));
        LocalDate currentStart = quarterStart(latest.atZone(ZoneOffset.UTC).toLocalDate());
        LocalDate baselineStart = currentStart.minusMonths(3);
        Instant currentFrom = currentStart.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant baselineFrom = baselineStart.atStartOfDay(ZoneOffset.UTC).toInstant();
        List<Interaction> scored = stage.isEmpty() ? interactions : interactions.stream()
                .filter(i -> i.stage().equals(stage)).collect(Collectors.toList());
        List<Interaction> now = scored.stream().filter(i -> !i.timestamp().isBefore(currentFrom))
                .collect(Collectors.toList());
        this.currentQuarter = label(currentStart);
        this.baselineQuarter = label(baselineStart);
        this.currentCount = now.size();
        if (columns.isPresent()) {
            // the scorecards and the journeys over columns: the same figures, without the per-object states
            InteractionColumns all = columns.get();
            InteractionColumns scoredColumns = stage.isEmpty() ? all : InteractionColumns.of(scored);
            InteractionColumns nowColumns = InteractionFilter.all().from(currentFrom).apply(scoredColumns);
            InteractionColumns beforeColumns = InteractionFilter.all().from(baselineFrom).until(currentFrom)
                    .apply(scoredColumns);
            this.baselineCount = beforeColumns.size();
            this.current = scorecard.evaluate(nowColumns, metrics);
            this.byTouchpoint = scorecard.evaluate(nowColumns, metrics, Breakdown.touchpoint());
            this.byChannel = scorecard.evaluate(nowColumns, metrics, Breakdown.channel());
            this.comparison = scorecard.tally(nowColumns, metrics).compareWith(scorecard.tally(beforeColumns, metrics));
        } else {
            List<Interaction> before = scored.stream()
                    .filter(i -> !i.timestamp().isBefore(baselineFrom) && i.timestamp().isBefore(currentFrom))
                    .collect(Collectors.toList());
            this.baselineCount = before.size();
            this.current = scorecard.evaluate(now, metrics);
            this.byTouchpoint = scorecard.evaluate(now, metrics, Breakdown.touchpoint());
            this.byChannel = scorecard.evaluate(now, metrics, Breakdown.channel());
            this.comparison = scorecard.compare(before, now, metrics);
        }
        this.importancePerformance = attempt(() -> ImportancePerformance.derivedFromCsat(now));
        this.keyDrivers = attempt(() -> KeyDrivers.ofCsat(now));
        List<Interaction> recent = interactions.stream().filter(i -> !i.timestamp().isBefore(currentFrom))
                .collect(Collectors.toList());
        this.atRisk = CustomersAtRisk.withDefaults().assess(recent, Map.of(), AT_RISK);
        if (columns.isPresent() && JourneyCommand.knowsEvery(map, columns.get())) {
            this.conformance = ConformanceReport.of(map, columns.get(), Grouping.BY_CUSTOMER);
            this.funnel = Funnel.of(map, columns.get(), Grouping.BY_CUSTOMER);
            this.discovered = DirectlyFollowsGraph.of(columns.get(), Grouping.BY_CUSTOMER);
        } else {
            JourneyLog journeys = JourneyLog.of(interactions, Grouping.BY_CUSTOMER);
            this.conformance = ConformanceReport.of(map, journeys);
            this.funnel = Funnel.of(map, journeys);
            this.discovered = DirectlyFollowsGraph.of(journeys);
        }
    }

    /**
     * Analyses a log: the journeys of all its interactions, and the scorecard over the interactions of one stage
     * (e.g. {@code support} for a customer-service scorecard) or, if none is given, over all of them.
     *
     * @throws BadInputException if the log holds no interactions
     */
    public static Analysis of(JourneyMap map, Scorecard scorecard, ImportSummary imported,
            List<Interaction> interactions, MetricRegistry metrics, Optional<String> stage) {
        return new Analysis(map, scorecard, imported, interactions, Optional.empty(), metrics, stage);
    }

    /**
     * Analyses a log held both as objects and as columns (the same rows in the same order), with the same figures
     * as {@link #of(JourneyMap, Scorecard, ImportSummary, List, MetricRegistry, Optional)}: the scorecards, the
     * comparison, the breakdowns, conformance, the funnel and the directly-follows graph over the columns (the
     * journeys over the objects when the map lacks a touchpoint of the log: its stage is then the interaction's
     * own, which columns do not hold; the scorecard of one stage over columns made of that stage's interactions);
     * customers at risk (their reasons name interaction ids) and the survey analyses over the objects.
     *
     * @throws BadInputException if the log holds no interactions
     */
    public static Analysis of(JourneyMap map, Scorecard scorecard, ImportSummary imported,
            List<Interaction> interactions, InteractionColumns columns, MetricRegistry metrics,
            Optional<String> stage) {
        return new Analysis(map, scorecard, imported, interactions, Optional.of(columns), metrics, stage);
    }

    /** The stage whose interactions the scorecard measures, or empty for all. */
    public Optional<String> stage() {
        return stage;
    }

    /** E.g. {@code Service quality (support contacts)}. */
    public String title() {
        return scorecard.name() + stage.map(s -> " (" + s + " contacts)").orElse("");
    }

    /** The scorecard the demo uses: what a service director of the sample retailer reviews each quarter. */
    public static Scorecard serviceQuality() {
        return Scorecard.builder("Service quality")
                .kpi("nps", Direction.HIGHER_IS_BETTER, 10, -10, -20)
                .kpi("csat", Direction.HIGHER_IS_BETTER, 0.70, 0.60, 0.45)
                .kpi("ces-mean", Direction.HIGHER_IS_BETTER, 5.0, 4.5, 4.2)
                .kpi("fcr", Direction.HIGHER_IS_BETTER, 0.60, 0.50, 0.40)
                .kpi("resolution-rate", Direction.HIGHER_IS_BETTER, 0.65, 0.50, 0.40)
                .kpi("transfer-rate", Direction.LOWER_IS_BETTER, 0.08, 0.12, 0.15)
                .kpi("abandonment-rate", Direction.LOWER_IS_BETTER, 0.02, 0.03, 0.05)
                .kpi("wait-p50", Direction.LOWER_IS_BETTER, 30, 60, 120)
                .build();
    }

    private static LocalDate quarterStart(LocalDate day) {
        return day.with(IsoFields.DAY_OF_QUARTER, 1);
    }

    private static String label(LocalDate quarterStart) {
        return quarterStart.getYear() + "-Q" + quarterStart.get(IsoFields.QUARTER_OF_YEAR);
    }

    /** Runs an analysis that needs enough survey data, or gives empty when there is not enough. */
    private static <T> Optional<T> attempt(java.util.function.Supplier<T> analysis) {
        try {
            return Optional.of(analysis.get());
        } catch (IllegalArgumentException notEnoughData) {
            return Optional.empty();
        }
    }

    //-----------------------------------------------------------------------
    public Optional<ImportancePerformance> importancePerformance() {
        return importancePerformance;
    }

    public Optional<KeyDrivers> keyDrivers() {
        return keyDrivers;
    }

    /** The customers at risk in the latest quarter, by {@link #AT_RISK}. */
    public List<CustomersAtRisk.Customer> atRisk() {
        return atRisk;
    }

    /** The map's annotations for the picture: each scored touchpoint's overall score with its status colour. */
    public Map<String, Annotation> annotations() {
        Map<String, Annotation> annotations = new java.util.TreeMap<>();
        byTouchpoint.groups().forEach((touchpoint, group) -> {
            String text = String.format(Locale.ROOT, "score %.0f", group.overall());
            annotations.put(touchpoint, group.overall() >= 70 ? Annotation.good(text)
                    : group.overall() >= 40 ? Annotation.warning(text) : Annotation.bad(text));
        });
        return annotations;
    }

    //-----------------------------------------------------------------------
    /** Every interaction analysed. */
    public List<Interaction> interactions() {
        return interactions;
    }

    public JourneyMap map() {
        return map;
    }

    public Scorecard scorecard() {
        return scorecard;
    }

    public ImportSummary imported() {
        return imported;
    }

    public String currentQuarter() {
        return currentQuarter;
    }

    public String baselineQuarter() {
        return baselineQuarter;
    }

    public long currentCount() {
        return currentCount;
    }

    public long baselineCount() {
        return baselineCount;
    }

    public ScorecardResult current() {
        return current;
    }

    public ScorecardResult byTouchpoint() {
        return byTouchpoint;
    }

    public ScorecardResult byChannel() {
        return byChannel;
    }

    public ScorecardComparison comparison() {
        return comparison;
    }

    public ConformanceReport conformance() {
        return conformance;
    }

    public Funnel funnel() {
        return funnel;
    }

    public DirectlyFollowsGraph discovered() {
        return discovered;
    }

    //-----------------------------------------------------------------------
    /** A readable summary for the terminal, about 40 lines. */
    public String summary() {
        StringBuilder out = new StringBuilder();
        out.append(imported).append(System.lineSeparator()).append(System.lineSeparator());
        out.append(String.format(Locale.ROOT, "%s, %s (%d interactions) against %s (%d interactions)%n",
                title(), currentQuarter, currentCount, baselineQuarter, baselineCount));
        out.append(String.format(Locale.ROOT, "  %-17s %10s  %-21s %-6s  %s%n", "KPI", currentQuarter,
                "95% CI", "status", "change vs " + baselineQuarter));
        for (ScorecardResult.Line line : current.kpis()) {
            String change = comparison.change(line.metric()).map(Analysis::describe).orElse("no data");
            out.append(String.format(Locale.ROOT, "  %-17s %10s  %-21s %-6s  %s%n", line.metric(),
                    Format.value(line.estimate()), Format.interval(line.estimate()),
                    line.status().name().toLowerCase(Locale.ROOT), change));
        }
        out.append(String.format(Locale.ROOT, "  overall score %.1f of 100 (%s)%n", current.overall(),
                current.scoring()));
        out.append(System.lineSeparator());
        out.append("Worst touchpoints this quarter (overall score):").append(System.lineSeparator());
        byTouchpoint.groups().entrySet().stream()
                .sorted((a, b) -> Double.compare(a.getValue().overall(), b.getValue().overall())).limit(4)
                .forEach(e -> out.append(String.format(Locale.ROOT, "  %-18s %5.1f%n", e.getKey(),
                        e.getValue().overall())));
        out.append(System.lineSeparator());
        out.append(String.format(Locale.ROOT, "Journeys against the map: %d customers, fitness %.3f, %d fit the map "
                + "exactly, %d repeat contacts, %d end outside an exit point%n", conformance.journeys().size(),
                conformance.fitness(), conformance.fittingJourneys(), conformance.repeatContacts(),
                conformance.endingOutsideExit()));
        out.append("  most frequent unexpected moves: ").append(conformance.unexpectedTransitions().entrySet()
                .stream().sorted((a, b) -> Integer.compare(b.getCount(), a.getCount())).limit(3)
                .map(e -> e.getElement() + " x" + e.getCount()).collect(Collectors.joining(", ")))
                .append(System.lineSeparator());
        out.append(String.format(Locale.ROOT, "Customers at risk in %s: %d (two or more of: detractor, repeated "
                + "unresolved contacts, a wait over 10 minutes)%n", currentQuarter, atRisk.size()));
        atRisk.stream().limit(3).forEach(c -> out.append("  ").append(c.customerId()).append(": ")
                .append(String.join("; ", c.reasons())).append(System.lineSeparator()));
        keyDrivers.ifPresent(k -> out.append("Key drivers of CSAT: ").append(k.drivers().stream().limit(3)
                .map(d -> String.format(Locale.ROOT, "%s (r=%.2f)", d.dimension(), d.correlation()))
                .collect(Collectors.joining(", "))).append(System.lineSeparator()));
        importancePerformance.ifPresent(ipa -> out.append("Concentrate here: ").append(ipa.items().stream()
                .filter(p -> p.quadrant() == ImportancePerformance.Quadrant.CONCENTRATE_HERE)
                .map(p -> p.item().name()).collect(Collectors.joining(", "))).append(System.lineSeparator()));
        out.append("Funnel: ").append(funnel.steps().stream()
                .map(s -> String.format(Locale.ROOT, "%s %d", s.stage(), s.reached()))
                .collect(Collectors.joining(" > "))).append(System.lineSeparator());
        return out.toString();
    }

    /** E.g. {@code -8.2 (-12.0 to -4.4), worse, p=0.0001}. */
    static String describe(Change change) {
        double scale = Format.scale(change);
        return String.format(Locale.ROOT, "%s (%s to %s), %s", Format.signed(change.difference(), scale),
                Format.number(change.lower(), scale), Format.number(change.upper(), scale), Format.verdict(change));
    }
}
