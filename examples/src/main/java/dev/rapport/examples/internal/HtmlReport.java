package dev.rapport.examples.internal;

import com.google.common.collect.Multiset;
import dev.rapport.data.KanoImport;
import dev.rapport.journey.FollowStats;
import dev.rapport.journey.Funnel;
import dev.rapport.journey.MapTouchpoint;
import dev.rapport.journey.Transition;
import dev.rapport.metrics.Change;
import dev.rapport.metrics.CustomersAtRisk;
import dev.rapport.metrics.ImportancePerformance;
import dev.rapport.metrics.Estimate;
import dev.rapport.metrics.ScorecardResult;
import dev.rapport.metrics.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The demo's report: one self-contained HTML file (inline CSS and SVG, no script, nothing fetched from the
 * network) with the journey map, the scorecard against the previous quarter, the breakdowns, the funnel, the
 * directly-follows graph and the conformance findings.
 */
public final class HtmlReport {

    static final String GREEN = "#2e7d32";
    static final String AMBER = "#ef8f00";
    static final String RED = "#c62828";
    static final String GREY = "#607d8b";

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;margin:0;
              color:#1d2733;background:#f4f6f8}
            header{background:#1d3557;color:#fff;padding:24px 40px}
            header h1{margin:0 0 6px;font-size:28px} header p{margin:0;opacity:.85}
            main{padding:8px 40px 40px;max-width:1400px}
            section{background:#fff;border-radius:8px;box-shadow:0 1px 3px rgba(0,0,0,.12);margin:20px 0;
              padding:16px 24px}
            h2{font-size:20px;margin:4px 0 12px;color:#1d3557}
            table{border-collapse:collapse;font-size:14px} th,td{padding:5px 10px;text-align:right}
            th{background:#e9eef3} td:first-child,th:first-child{text-align:left}
            tr:nth-child(even) td{background:#f8fafb}
            .status{color:#fff;border-radius:4px;padding:2px 8px;font-weight:600;font-size:12px}
            .better{color:#2e7d32;font-weight:700} .worse{color:#c62828;font-weight:700} .same{color:#607d8b}
            .tiles{display:flex;gap:16px;flex-wrap:wrap}
            .tile{flex:1;min-width:150px;border-left:6px solid #607d8b;background:#f8fafb;padding:10px 14px}
            .tile b{display:block;font-size:26px} .note{color:#555;font-size:13px}
            svg{max-width:100%;height:auto}
            """;

    private final Analysis analysis;
    private final Optional<KanoImport> kano;
    private final Locale locale;
    private final Format f;
    /** The latest quarter and the one before, as the locale writes them. */
    private final String now;
    private final String before;
    private final StringBuilder html = new StringBuilder(64 * 1024);

    private HtmlReport(Analysis analysis, Locale locale, Optional<KanoImport> kano) {
        this.analysis = analysis;
        this.kano = kano;
        this.locale = locale;
        this.f = Format.of(locale);
        this.now = f.quarter(analysis.currentQuarterStart());
        this.before = f.quarter(analysis.baselineQuarterStart());
    }

    /** Renders the report in English. */
    public static String render(Analysis analysis) {
        return render(analysis, Locale.ENGLISH);
    }

    /**
     * Renders the report in a language: every text, {@code <html lang>}, numbers, percentages and quarters for
     * the locale (one Rapport does not speak gives English). Metric ids, SVG ids and the data's own names
     * (touchpoints, stages, customers) stay as they are.
     */
    public static String render(Analysis analysis, Locale locale) {
        return render(analysis, locale, Optional.empty());
    }

    /** Renders the report in a language, with a Kano section (chart and table) when Kano answers are given. */
    public static String render(Analysis analysis, Locale locale, Optional<KanoImport> kano) {
        return new HtmlReport(analysis, locale, kano).document();
    }

    private String document() {
        String lang = f.locale().equals(Locale.ROOT) ? "en" : f.locale().toLanguageTag();
        html.append("<!DOCTYPE html>\n<html lang=\"").append(esc(lang)).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(f.text("report.title", analysis.scorecard().name()))).append("</title>")
                .append("<style>").append(CSS).append("</style></head><body>\n");
        html.append("<header><h1>").append(esc(f.text("report.heading", analysis.title(f), now))).append("</h1><p>")
                .append(esc(f.text("report.subtitle", analysis.map().name(),
                        analysis.imported().toString(f.locale()).lines().findFirst().orElse(""),
                        f.plural("count.interactions", analysis.currentCount()), now,
                        f.integer(analysis.baselineCount()), before)))
                .append("</p></header>\n<main>\n");
        tiles();
        scorecard();
        journeyMap();
        importancePerformance();
        kano.ifPresent(k -> html.append(KanoSection.html(k, locale)));
        atRisk();
        breakdown(f.text("report.by-touchpoint", now), analysis.byTouchpoint());
        breakdown(f.text("report.by-channel", now), analysis.byChannel());
        funnel();
        directlyFollows();
        conformance();
        html.append("<p class=\"note\">").append(esc(f.text("report.footer"))).append("</p>");
        html.append("</main></body></html>\n");
        return html.toString();
    }

    //-----------------------------------------------------------------------
    private void tiles() {
        html.append("<section><h2>").append(esc(f.text("report.glance"))).append("</h2><div class=\"tiles\">");
        tile(f.text("report.glance.overall"), f.fixed(analysis.current().overall(), 1),
                f.text("report.glance.overall.note", analysis.current().scoring()), GREY);
        for (String metric : List.of("nps", "csat", "resolution-rate")) {
            analysis.current().kpi(metric).ifPresent(line -> tile(f.metric(metric),
                    f.value(line.estimate()), changeText(metric), colour(line.status())));
        }
        tile(f.text("report.glance.fitness"), f.fixed(analysis.conformance().fitness(), 3),
                f.plural("report.glance.fitness.note", analysis.conformance().journeys().size()), GREY);
        html.append("</div></section>\n");
    }

    private void tile(String title, String value, String note, String colour) {
        html.append("<div class=\"tile\" style=\"border-color:").append(colour).append("\">").append(esc(title))
                .append("<b>").append(esc(value)).append("</b><span class=\"note\">").append(esc(note))
                .append("</span></div>");
    }

    private String changeText(String metric) {
        return analysis.comparison().change(metric)
                .map(c -> f.text(c.isSignificant() ? "report.glance.change" : "report.glance.change.not-significant",
                        f.signed(c.difference(), Format.scale(c)), before))
                .orElse(f.text("report.glance.no-comparison"));
    }

    private void scorecard() {
        html.append("<section><h2>").append(esc(f.text("report.scorecard", now, before))).append("</h2>");
        html.append("<table><tr>");
        for (String heading : List.of(f.text("report.column.kpi"), now, f.text("report.column.interval"),
                f.text("report.column.n"), f.text("report.column.target"), f.text("report.column.status"),
                f.text("report.column.score"), before, f.text("report.column.change"), f.text("report.column.p"))) {
            html.append("<th>").append(esc(heading)).append("</th>");
        }
        html.append("</tr>");
        for (ScorecardResult.Line line : analysis.current().kpis()) {
            Estimate e = line.estimate();
            Optional<Change> change = analysis.comparison().change(line.metric());
            html.append("<tr><td title=\"").append(esc(line.metric())).append("\">").append(esc(f.metric(line.metric())))
                    .append("</td><td><b>").append(esc(f.value(e))).append("</b></td><td>")
                    .append(esc(e.isEmpty() ? "-" : f.range(e.lower(), e.upper()))).append("</td><td>")
                    .append(f.integer(e.sampleSize())).append("</td><td>").append(esc(f.number(line.target())))
                    .append("</td><td>").append(status(line.status())).append("</td><td>")
                    .append(f.fixed(line.score(), 1)).append("</td><td>")
                    .append(esc(change.map(c -> f.value(c.baseline())).orElse("-"))).append("</td><td>")
                    .append(change.map(this::marked).orElse(esc(f.text("report.no-data")))).append("</td><td>")
                    .append(esc(change.map(c -> f.pValue(c.pValue())).orElse("-")))
                    .append("</td></tr>");
        }
        html.append("<tr><th>").append(esc(f.text("report.column.overall"))).append("</th><th>")
                .append(f.fixed(analysis.current().overall(), 1)).append("</th><th colspan=\"8\"></th></tr>");
        html.append("</table></section>\n");
    }

    private String marked(Change change) {
        double scale = Format.scale(change);
        String text = esc(f.signed(change.difference(), scale) + " "
                + f.range(change.lower(), change.upper()));
        return switch (change.verdict()) {
            case BETTER -> "<span class=\"better\">&#9650; " + text + "</span>";
            case WORSE -> "<span class=\"worse\">&#9660; " + text + "</span>";
            default -> "<span class=\"same\">&ndash; " + text + "</span>";
        };
    }

    private void journeyMap() {
        String svg = analysis.map().toSvg(analysis.annotations(f), f.locale());
        int start = svg.indexOf("<svg");
        html.append("<section><h2>").append(esc(f.text("report.map", analysis.map().name()))).append("</h2>")
                .append(start < 0 ? svg : svg.substring(start))
                .append("<p class=\"note\">").append(esc(f.text("report.map.note", now))).append("</p>")
                .append("</section>\n");
    }

    /**
     * Importance (Pearson's r of each dimension's rating with CSAT) against performance (its mean rating), with
     * the quadrant cuts at the means.
     */
    private void importancePerformance() {
        if (analysis.importancePerformance().isEmpty()) {
            return;
        }
        ImportancePerformance ipa = analysis.importancePerformance().get();
        int width = 760;
        int height = 440;
        double left = 80;
        double right = 560;
        double top = 30;
        double bottom = 390;
        double minI = Math.min(0, ipa.items().stream().mapToDouble(p -> p.item().importance()).min().orElse(0));
        double maxI = Math.max(0.1, ipa.items().stream().mapToDouble(p -> p.item().importance()).max().orElse(1));
        double minP = ipa.items().stream().mapToDouble(p -> p.item().performance()).min().orElse(1);
        double maxP = ipa.items().stream().mapToDouble(p -> p.item().performance()).max().orElse(5);
        double padI = (maxI - minI) * 0.15 + 0.01;
        double padP = (maxP - minP) * 0.15 + 0.05;
        java.util.function.DoubleUnaryOperator x = v -> left + (v - (minP - padP)) / (maxP - minP + 2 * padP)
                * (right - left);
        java.util.function.DoubleUnaryOperator y = v -> bottom - (v - (minI - padI)) / (maxI - minI + 2 * padI)
                * (bottom - top);
        html.append("<section><h2>").append(esc(f.text("report.ipa"))).append("</h2>");
        html.append(svgOpen(width, height, f.text("report.ipa.chart")));
        double cx = x.applyAsDouble(ipa.performanceCut());
        double cy = y.applyAsDouble(ipa.importanceCut());
        html.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                + "fill=\"#fdecea\"/>", left, top, cx - left, cy - top));
        html.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                + "fill=\"#e8f5e9\"/>", cx, top, right - cx, cy - top));
        html.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                + "fill=\"none\" stroke=\"#1d2733\"/>", left, top, right - left, bottom - top));
        html.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                + "stroke=\"#888\" stroke-dasharray=\"4 3\"/>", cx, top, cx, bottom));
        html.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                + "stroke=\"#888\" stroke-dasharray=\"4 3\"/>", left, cy, right, cy));
        html.append(text(left + 6, top + 16, "start", 12, RED, f.text("report.ipa.concentrate")));
        html.append(text(right - 6, top + 16, "end", 12, GREEN, f.text("report.ipa.keep-up")));
        html.append(text(left + 6, bottom - 8, "start", 12, GREY, f.text("report.ipa.low-priority")));
        html.append(text(right - 6, bottom - 8, "end", 12, GREY, f.text("report.ipa.overkill")));
        html.append(text((left + right) / 2, bottom + 32, "middle", 13, "#1d2733",
                f.text("report.ipa.performance")));
        html.append(String.format(Locale.ROOT, "<text x=\"20\" y=\"%.1f\" font-size=\"13\" fill=\"#1d2733\" "
                + "transform=\"rotate(-90 20 %.1f)\" text-anchor=\"middle\">%s</text>",
                (top + bottom) / 2, (top + bottom) / 2, esc(f.text("report.ipa.importance"))));
        for (ImportancePerformance.Placed placed : ipa.items()) {
            double px = x.applyAsDouble(placed.item().performance());
            double py = y.applyAsDouble(placed.item().importance());
            String colour = placed.quadrant() == ImportancePerformance.Quadrant.CONCENTRATE_HERE ? RED
                    : placed.quadrant() == ImportancePerformance.Quadrant.KEEP_UP_THE_GOOD_WORK ? GREEN : GREY;
            html.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"7\" fill=\"%s\"/>", px,
                    py, colour));
            html.append(text(px + 10, py + 4, "start", 12, "#1d2733", f.text("report.ipa.point",
                    placed.item().name(), f.fixed(placed.item().performance(), 2),
                    f.fixed(placed.item().importance(), 2))));
        }
        html.append("</svg>");
        analysis.keyDrivers().ifPresent(k -> html.append("<p class=\"note\">").append(esc(f.plural("report.drivers",
                k.completeCases(), k.drivers().stream().map(d -> d.standardizedWeight().isPresent()
                        ? f.text("report.driver.beta", d.dimension(), f.fixed(d.correlation(), 2),
                                f.fixed(d.standardizedWeight().getAsDouble(), 2))
                        : f.text("report.driver", d.dimension(), f.fixed(d.correlation(), 2)))
                        .collect(Collectors.joining(", "))))).append("</p>"));
        html.append("</section>\n");
    }

    private void atRisk() {
        List<CustomersAtRisk.Customer> customers = analysis.atRisk();
        html.append("<section><h2>").append(esc(f.text("report.risk", now, f.integer(customers.size()))))
                .append("</h2><p class=\"note\">").append(esc(f.text("report.risk.note"))).append("</p>");
        html.append("<table><tr><th>").append(esc(f.text("report.risk.customer"))).append("</th><th>")
                .append(esc(f.text("report.risk.reasons"))).append("</th></tr>");
        customers.stream().sorted((a, b) -> Integer.compare(b.flags().size(), a.flags().size())).limit(12)
                .forEach(c -> html.append("<tr><td>").append(esc(c.customerId()))
                        .append("</td><td style=\"text-align:left\">")
                        .append(esc(String.join("; ", Analysis.reasons(c, f)))).append("</td></tr>"));
        html.append("</table></section>\n");
    }

    private void breakdown(String title, ScorecardResult result) {
        html.append("<section><h2>").append(esc(title))
                .append("</h2><table><tr><th>").append(esc(result.breakdown().orElse(""))).append("</th>")
                .append("<th>").append(esc(f.text("report.column.overall"))).append("</th>");
        for (ScorecardResult.Line line : result.kpis()) {
            html.append("<th title=\"").append(esc(line.metric())).append("\">").append(esc(f.metric(line.metric())))
                    .append("</th>");
        }
        html.append("</tr>");
        result.groups().forEach((key, group) -> {
            html.append("<tr><td>").append(esc(key)).append("</td><td>")
                    .append(f.fixed(group.overall(), 1)).append("</td>");
            for (ScorecardResult.Line line : group.kpis()) {
                Estimate e = line.estimate();
                html.append("<td title=\"").append(esc(e.isEmpty() ? f.text("report.no-data") : f.interval(e)))
                        .append("\" style=\"")
                        .append(e.isEmpty() ? "" : "color:" + colour(line.status()) + ";font-weight:600")
                        .append("\">").append(esc(f.value(e))).append("</td>");
            }
            html.append("</tr>");
        });
        html.append("</table><p class=\"note\">").append(esc(f.text("report.breakdown.note")))
                .append("</p></section>\n");
    }

    private void funnel() {
        Funnel funnel = analysis.funnel();
        List<Funnel.Step> steps = funnel.steps();
        int width = 1160;
        int row = 34;
        int height = steps.size() * row + 10;
        long max = Math.max(1, steps.stream().mapToLong(Funnel.Step::reached).max().orElse(1));
        html.append("<section><h2>").append(esc(f.text("report.funnel"))).append("</h2>");
        html.append(svgOpen(width, height, f.text("report.funnel.chart")));
        for (int i = 0; i < steps.size(); i++) {
            Funnel.Step step = steps.get(i);
            double w = 560.0 * step.reached() / max;
            int y = 5 + i * row;
            html.append(text(180, y + 20, "end", 14, "#1d2733", stageName(step.stage())));
            html.append(String.format(Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"26\" rx=\"3\" fill=\"#457b9d\"/>",
                    190 + (560 - w) / 2, y, w));
            html.append(text(765, y + 19, "start", 13, "#1d2733", f.text("report.funnel.step",
                    f.integer(step.reached()), f.percent((double) step.reached() / Math.max(1, funnel.journeys())),
                    f.integer(step.droppedOff()))));
        }
        html.append("</svg></section>\n");
    }

    /**
     * The directly-follows graph laid out on the journey map's grid: one column per stage, touchpoints stacked in
     * map order; the most frequent moves drawn as arrows whose width grows with their count, green where the map
     * expects the move and red where it does not.
     */
    private void directlyFollows() {
        Map<String, double[]> at = layout();
        List<FollowStats> edges = analysis.discovered().edges().stream()
                .filter(e -> at.containsKey(e.transition().from()) && at.containsKey(e.transition().to()))
                .sorted((a, b) -> Long.compare(b.count(), a.count())).limit(36).collect(Collectors.toList());
        long max = Math.max(1, edges.stream().mapToLong(FollowStats::count).max().orElse(1));
        int stages = analysis.map().stages().size();
        int width = 180 * stages + 40;
        int height = 60 + 58 * maxPerStage();
        html.append("<section><h2>").append(esc(f.text("report.dfg"))).append("</h2>");
        html.append(svgOpen(width, height, f.text("report.dfg.chart")));
        html.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"9\" "
                + "markerHeight=\"9\" markerUnits=\"userSpaceOnUse\" orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10z\" fill=\"#555\"/>"
                + "</marker></defs>");
        for (int s = 0; s < stages; s++) {
            html.append(text(20 + 180 * s + 80, 22, "middle", 13, "#1d3557",
                    analysis.map().stages().get(s).name()));
        }
        for (FollowStats edge : edges) {
            Transition t = edge.transition();
            double[] from = at.get(t.from());
            double[] to = at.get(t.to());
            double stroke = 1 + 7.0 * edge.count() / max;
            String colour = analysis.map().expects(t.from(), t.to()) ? "rgba(46,125,50,.55)" : "rgba(198,40,40,.6)";
            double x1 = from[0] + 75;
            double y1 = from[1];
            double x2 = to[0] - 75;
            double y2 = to[1];
            if (t.from().equals(t.to())) {
                html.append(String.format(Locale.ROOT, "<path d=\"M%.1f,%.1f C%.1f,%.1f %.1f,%.1f %.1f,%.1f\" "
                        + "fill=\"none\" stroke=\"%s\" stroke-width=\"%.1f\"><title>%s</title></path>",
                        from[0] + 30, from[1] - 16, from[0] + 40, from[1] - 44, from[0] - 40, from[1] - 44,
                        from[0] - 30, from[1] - 16, colour, stroke,
                        esc(f.text("report.dfg.move", t.toString(), f.integer(edge.count())))));
                continue;
            }
            if (x2 <= x1) {
                x1 = from[0];
                x2 = to[0];
                y1 = from[1] + (to[1] > from[1] ? 16 : -16);
                y2 = to[1] + (to[1] > from[1] ? -16 : 16);
            }
            double mid = (x1 + x2) / 2;
            html.append(String.format(Locale.ROOT, "<path d=\"M%.1f,%.1f C%.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"none\" "
                    + "stroke=\"%s\" stroke-width=\"%.1f\" marker-end=\"url(#arrow)\"><title>%s"
                    + "</title></path>", x1, y1, mid, y1, mid, y2, x2, y2, colour, stroke,
                    esc(f.text("report.dfg.move.median", t.toString(), f.integer(edge.count()),
                            f.duration(edge.medianSeconds())))));
        }
        Map<String, Long> visits = analysis.discovered().occurrences();
        at.forEach((id, xy) -> {
            html.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"150\" height=\"32\" rx=\"6\" "
                    + "fill=\"#fff\" stroke=\"#1d3557\"/>", xy[0] - 75, xy[1] - 16));
            html.append(text(xy[0], xy[1] - 2, "middle", 11, "#1d2733", id));
            html.append(text(xy[0], xy[1] + 11, "middle", 10, "#555",
                    f.plural("count.visits", visits.getOrDefault(id, 0L))));
        });
        html.append("</svg><p class=\"note\">").append(esc(f.text("report.dfg.note", f.integer(edges.size()),
                f.integer(analysis.discovered().edges().size()), f.integer(analysis.discovered().pairs()))))
                .append("</p></section>\n");
    }

    private Map<String, double[]> layout() {
        Map<String, double[]> at = new HashMap<>();
        for (int s = 0; s < analysis.map().stages().size(); s++) {
            List<MapTouchpoint> column = analysis.map().touchpointsIn(analysis.map().stages().get(s));
            for (int i = 0; i < column.size(); i++) {
                at.put(column.get(i).id(), new double[] {20 + 180 * s + 80, 60 + 58 * i});
            }
        }
        return at;
    }

    private int maxPerStage() {
        return analysis.map().stages().stream().mapToInt(s -> analysis.map().touchpointsIn(s).size()).max()
                .orElse(1);
    }

    private void conformance() {
        var report = analysis.conformance();
        html.append("<section><h2>").append(esc(f.text("report.conformance"))).append("</h2>");
        html.append("<p>").append(esc(f.plural("report.conformance.text", report.journeys().size(),
                f.fixed(report.fitness(), 3), f.fixed(report.meanFitness(), 3), f.integer(report.fittingJourneys()),
                f.integer(report.repeatContacts()), f.integer(report.startingOutsideEntry()),
                f.integer(report.endingOutsideExit())))).append("</p>");
        html.append("<table><tr><th>").append(esc(f.text("report.conformance.move"))).append("</th><th>")
                .append(esc(f.text("report.conformance.times"))).append("</th></tr>");
        List<Multiset.Entry<Transition>> unexpected = new ArrayList<>(report.unexpectedTransitions().entrySet());
        unexpected.sort((a, b) -> Integer.compare(b.getCount(), a.getCount()));
        for (Multiset.Entry<Transition> entry : unexpected.subList(0, Math.min(10, unexpected.size()))) {
            html.append("<tr><td>").append(esc(entry.getElement().toString())).append("</td><td>")
                    .append(f.integer(entry.getCount())).append("</td></tr>");
        }
        html.append("</table></section>\n");
    }

    //-----------------------------------------------------------------------
    private String stageName(String stageId) {
        return analysis.map().stage(stageId).map(s -> s.name()).orElse(stageId);
    }

    private String status(Status status) {
        return "<span class=\"status\" style=\"background:" + colour(status) + "\">" + esc(f.status(status))
                + "</span>";
    }

    static String colour(Status status) {
        return switch (status) {
            case GREEN -> GREEN;
            case AMBER -> AMBER;
            case RED -> RED;
            default -> GREY;
        };
    }

    static String svgOpen(int width, int height, String title) {
        return String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" "
                + "width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"%s\" font-family=\"system-ui, sans-serif\">",
                width, height, width, height, esc(title));
    }

    static String text(double x, double y, String anchor, int size, String fill, String content) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\" "
                + "fill=\"%s\">%s</text>", x, y, anchor, size, fill, esc(content));
    }

    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
