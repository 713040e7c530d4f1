package dev.rapport.examples.internal;

import dev.rapport.core.Direction;
import dev.rapport.core.Interaction;
import dev.rapport.data.ImportSummary;
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
    private final LocalDate currentStart;
    private final LocalDate baselineStart;
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
            MetricRegistry metrics, Optional<String> stage) {
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
        List<Interaction> before = scored.stream()
                .filter(i -> !i.timestamp().isBefore(baselineFrom) && i.timestamp().isBefore(currentFrom))
                .collect(Collectors.toList());
        this.currentStart = currentStart;
        this.baselineStart = baselineStart;
        this.currentQuarter = label(currentStart);
        this.baselineQuarter = label(baselineStart);
        this.currentCount = now.size();
        this.baselineCount = before.size();
        this.current = scorecard.evaluate(now, metrics);
        this.byTouchpoint = scorecard.evaluate(now, metrics, Breakdown.touchpoint());
        this.byChannel = scorecard.evaluate(now, metrics, Breakdown.channel());
        this.comparison = scorecard.compare(before, now, metrics);
        this.importancePerformance = attempt(() -> ImportancePerformance.derivedFromCsat(now));
        this.keyDrivers = attempt(() -> KeyDrivers.ofCsat(now));
        List<Interaction> recent = interactions.stream().filter(i -> !i.timestamp().isBefore(currentFrom))
                .collect(Collectors.toList());
        this.atRisk = CustomersAtRisk.withDefaults().assess(recent, Map.of(), AT_RISK);
        JourneyLog journeys = JourneyLog.of(interactions, Grouping.BY_CUSTOMER);
        this.conformance = ConformanceReport.of(map, journeys);
        this.funnel = Funnel.of(map, journeys);
        this.discovered = DirectlyFollowsGraph.of(journeys);
    }

    /**
     * Analyses a log: the journeys of all its interactions, and the scorecard over the interactions of one stage
     * (e.g. {@code support} for a customer-service scorecard) or, if none is given, over all of them.
     *
     * @throws BadInputException if the log holds no interactions
     */
    public static Analysis of(JourneyMap map, Scorecard scorecard, ImportSummary imported,
            List<Interaction> interactions, MetricRegistry metrics, Optional<String> stage) {
        return new Analysis(map, scorecard, imported, interactions, metrics, stage);
    }

    /** The stage whose interactions the scorecard measures, or empty for all. */
    public Optional<String> stage() {
        return stage;
    }

    /** E.g. {@code Service quality (support contacts)}. */
    public String title() {
        return title(Format.of(Locale.ROOT));
    }

    String title(Format format) {
        return stage.map(s -> format.text("report.title.stage", scorecard.name(), s)).orElse(scorecard.name());
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
        return annotations(Format.of(Locale.ROOT));
    }

    Map<String, Annotation> annotations(Format format) {
        Map<String, Annotation> annotations = new java.util.TreeMap<>();
        byTouchpoint.groups().forEach((touchpoint, group) -> {
            String text = format.text("report.map.score", format.fixed(group.overall(), 0));
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

    /** The first day of the latest quarter in the log. */
    public LocalDate currentQuarterStart() {
        return currentStart;
    }

    /** The first day of the quarter before. */
    public LocalDate baselineQuarterStart() {
        return baselineStart;
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
    /** A readable summary for the terminal, about 40 lines, in English without grouping ({@link Locale#ROOT}). */
    public String summary() {
        return summary(Locale.ROOT);
    }

    /** The summary in a language: texts, status words and numbers for the locale. */
    public String summary(Locale locale) {
        Format f = Format.of(locale);
        String now = f.quarter(currentStart);
        String before = f.quarter(baselineStart);
        String nl = System.lineSeparator();
        StringBuilder out = new StringBuilder();
        out.append(imported.toString(locale)).append(nl).append(nl);
        out.append(f.text("summary.heading", title(f), now, f.plural("count.interactions", currentCount), before,
                f.plural("count.interactions", baselineCount))).append(nl);
        String[] header = {f.text("summary.column.kpi"), now, f.text("summary.column.interval"),
            f.text("summary.column.status"), f.text("summary.column.change", before)};
        List<String[]> rows = new java.util.ArrayList<>();
        for (ScorecardResult.Line line : current.kpis()) {
            String change = comparison.change(line.metric()).map(f::change).orElse(f.text("summary.no-data"));
            rows.add(new String[] {line.metric(), f.value(line.estimate()), f.interval(line.estimate()),
                f.status(line.status()), change});
        }
        int[] widths = {17, 10, 21, 6, 0};
        for (String[] row : rows) {
            for (int i = 0; i < widths.length - 1; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (int i = 0; i < widths.length - 1; i++) {
            widths[i] = Math.max(widths[i], header[i].length());
        }
        row(out, header, widths);
        rows.forEach(r -> row(out, r, widths));
        out.append("  ").append(f.text("summary.overall", f.fixed(current.overall(), 1), current.scoring())).append(nl);
        out.append(nl);
        out.append(f.text("summary.worst")).append(nl);
        byTouchpoint.groups().entrySet().stream()
                .sorted((a, b) -> Double.compare(a.getValue().overall(), b.getValue().overall())).limit(4)
                .forEach(e -> out.append("  ").append(pad(e.getKey(), 18)).append(' ')
                        .append(padLeft(f.fixed(e.getValue().overall(), 1), 5)).append(nl));
        out.append(nl);
        out.append(f.plural("summary.journeys", conformance.journeys().size(), f.fixed(conformance.fitness(), 3),
                f.integer(conformance.fittingJourneys()), f.integer(conformance.repeatContacts()),
                f.integer(conformance.endingOutsideExit()))).append(nl);
        out.append("  ").append(f.text("summary.unexpected", conformance.unexpectedTransitions().entrySet()
                .stream().sorted((a, b) -> Integer.compare(b.getCount(), a.getCount())).limit(3)
                .map(e -> f.text("report.dfg.move", e.getElement(), f.integer(e.getCount())))
                .collect(Collectors.joining(", ")))).append(nl);
        out.append(f.text("summary.risk", now, f.integer(atRisk.size()))).append(nl);
        atRisk.stream().limit(3).forEach(c -> out.append("  ").append(c.customerId()).append(": ")
                .append(String.join("; ", reasons(c, f))).append(nl));
        keyDrivers.ifPresent(k -> out.append(f.text("summary.drivers", k.drivers().stream().limit(3)
                .map(d -> f.text("summary.driver", d.dimension(), f.fixed(d.correlation(), 2)))
                .collect(Collectors.joining(", ")))).append(nl));
        importancePerformance.ifPresent(ipa -> out.append(f.text("summary.concentrate", ipa.items().stream()
                .filter(p -> p.quadrant() == ImportancePerformance.Quadrant.CONCENTRATE_HERE)
                .map(p -> p.item().name()).collect(Collectors.joining(", ")))).append(nl));
        out.append(f.text("summary.funnel", funnel.steps().stream()
                .map(s -> s.stage() + " " + f.integer(s.reached()))
                .collect(Collectors.joining(" > ")))).append(nl);
        return out.toString();
    }

    /** One line of the summary's KPI table: the columns padded as the English table was, wider where needed. */
    private static void row(StringBuilder out, String[] cells, int[] widths) {
        out.append("  ").append(pad(cells[0], widths[0])).append(' ').append(padLeft(cells[1], widths[1]))
                .append("  ").append(pad(cells[2], widths[2])).append(' ').append(pad(cells[3], widths[3]))
                .append("  ").append(cells[4]).append(System.lineSeparator());
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    private static String padLeft(String text, int width) {
        return " ".repeat(Math.max(0, width - text.length())) + text;
    }

    /**
     * A customer's reasons for being at risk, in the format's language. The reasons come as English text from
     * {@link CustomersAtRisk}; the known forms are read back and translated, another is shown as it is.
     */
    static List<String> reasons(CustomersAtRisk.Customer customer, Format f) {
        return customer.reasons().stream().map(r -> RiskReasons.translate(r, f)).collect(Collectors.toList());
    }
}
