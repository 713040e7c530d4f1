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
    private final StringBuilder html = new StringBuilder(64 * 1024);

    private HtmlReport(Analysis analysis, Optional<KanoImport> kano) {
        this.analysis = analysis;
        this.kano = kano;
    }

    /** Renders the report. */
    public static String render(Analysis analysis) {
        return render(analysis, Optional.empty());
    }

    /** Renders the report with a Kano section when Kano answers are given. */
    public static String render(Analysis analysis, Optional<KanoImport> kano) {
        return new HtmlReport(analysis, kano).document();
    }

    private String document() {
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Rapport report: ").append(esc(analysis.scorecard().name())).append("</title>")
                .append("<style>").append(CSS).append("</style></head><body>\n");
        html.append("<header><h1>").append(esc(analysis.title())).append(", ")
                .append(analysis.currentQuarter()).append("</h1><p>")
                .append(esc(analysis.map().name())).append(" &middot; ")
                .append(esc(analysis.imported().toString().lines().findFirst().orElse(""))).append(" &middot; ")
                .append(analysis.currentCount()).append(" interactions in ").append(analysis.currentQuarter())
                .append(", ").append(analysis.baselineCount()).append(" in ").append(analysis.baselineQuarter())
                .append("</p></header>\n<main>\n");
        tiles();
        scorecard();
        journeyMap();
        importancePerformance();
        kano.ifPresent(k -> html.append(KanoSection.html(k, Locale.ENGLISH)));
        atRisk();
        breakdown("By touchpoint", analysis.byTouchpoint());
        breakdown("By channel", analysis.byChannel());
        funnel();
        directlyFollows();
        conformance();
        html.append("<p class=\"note\">Made by Rapport. Intervals are 95% confidence intervals; a change is marked "
                + "&#9650; (better) or &#9660; (worse) only when it is significant at the 5% level.</p>");
        html.append("</main></body></html>\n");
        return html.toString();
    }

    //-----------------------------------------------------------------------
    private void tiles() {
        html.append("<section><h2>At a glance</h2><div class=\"tiles\">");
        tile("Overall score", String.format(Locale.ROOT, "%.1f", analysis.current().overall()),
                "of 100, " + analysis.current().scoring(), GREY);
        for (String metric : List.of("nps", "csat", "resolution-rate")) {
            analysis.current().kpi(metric).ifPresent(line -> tile(metric.toUpperCase(Locale.ROOT),
                    Format.value(line.estimate()), changeText(metric), colour(line.status())));
        }
        tile("Journey fitness", String.format(Locale.ROOT, "%.3f", analysis.conformance().fitness()),
                analysis.conformance().journeys().size() + " customers against the map", GREY);
        html.append("</div></section>\n");
    }

    private void tile(String title, String value, String note, String colour) {
        html.append("<div class=\"tile\" style=\"border-color:").append(colour).append("\">").append(esc(title))
                .append("<b>").append(esc(value)).append("</b><span class=\"note\">").append(esc(note))
                .append("</span></div>");
    }

    private String changeText(String metric) {
        return analysis.comparison().change(metric)
                .map(c -> Format.signed(c.difference(), Format.scale(c)) + " vs " + analysis.baselineQuarter()
                        + (c.isSignificant() ? " (significant)" : " (not significant)"))
                .orElse("no comparison");
    }

    private void scorecard() {
        html.append("<section><h2>Scorecard: ").append(analysis.currentQuarter()).append(" against ")
                .append(analysis.baselineQuarter()).append("</h2>");
        html.append("<table><tr><th>KPI</th><th>").append(analysis.currentQuarter())
                .append("</th><th>95% interval</th><th>n</th><th>target</th><th>status</th><th>score</th><th>")
                .append(analysis.baselineQuarter()).append("</th><th>change (95% interval)</th><th>p</th></tr>");
        for (ScorecardResult.Line line : analysis.current().kpis()) {
            Estimate e = line.estimate();
            Optional<Change> change = analysis.comparison().change(line.metric());
            html.append("<tr><td>").append(esc(line.metric())).append("</td><td><b>").append(Format.value(e))
                    .append("</b></td><td>")
                    .append(e.isEmpty() ? "-" : Format.range(e.lower(), e.upper())).append("</td><td>")
                    .append(e.sampleSize()).append("</td><td>").append(Format.number(line.target()))
                    .append("</td><td>").append(status(line.status())).append("</td><td>")
                    .append(String.format(Locale.ROOT, "%.1f", line.score())).append("</td><td>")
                    .append(change.map(c -> Format.value(c.baseline())).orElse("-")).append("</td><td>")
                    .append(change.map(HtmlReport::marked).orElse("no data")).append("</td><td>")
                    .append(change.map(c -> c.pValue() < 0.0001 ? "&lt;0.0001"
                            : String.format(Locale.ROOT, "%.4f", c.pValue())).orElse("-"))
                    .append("</td></tr>");
        }
        html.append(String.format(Locale.ROOT, "<tr><th>overall</th><th>%.1f</th><th colspan=\"8\"></th></tr>",
                analysis.current().overall()));
        html.append("</table></section>\n");
    }

    private static String marked(Change change) {
        double scale = Format.scale(change);
        String text = Format.signed(change.difference(), scale) + " (" + Format.number(change.lower(), scale) + " to "
                + Format.number(change.upper(), scale) + ")";
        return switch (change.verdict()) {
            case BETTER -> "<span class=\"better\">&#9650; " + text + "</span>";
            case WORSE -> "<span class=\"worse\">&#9660; " + text + "</span>";
            default -> "<span class=\"same\">&ndash; " + text + "</span>";
        };
    }

    private void journeyMap() {
        String svg = analysis.map().toSvg(analysis.annotations());
        int start = svg.indexOf("<svg");
        html.append("<section><h2>Journey map: ").append(esc(analysis.map().name())).append("</h2>")
                .append(start < 0 ? svg : svg.substring(start))
                .append("<p class=\"note\">The designed journey with the customer's expected emotion at each "
                        + "touchpoint. Cards of scored touchpoints show their overall score in ")
                .append(analysis.currentQuarter()).append(": green from 70, amber from 40, red below.</p>")
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
        html.append("<section><h2>Importance and performance of the service dimensions</h2>");
        html.append(svgOpen(width, height, "Importance-performance chart"));
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
        html.append(text(left + 6, top + 16, "start", 12, RED, "Concentrate here"));
        html.append(text(right - 6, top + 16, "end", 12, GREEN, "Keep up the good work"));
        html.append(text(left + 6, bottom - 8, "start", 12, GREY, "Low priority"));
        html.append(text(right - 6, bottom - 8, "end", 12, GREY, "Possible overkill"));
        html.append(text((left + right) / 2, bottom + 32, "middle", 13, "#1d2733",
                "performance: mean rating (1-5)"));
        html.append(String.format(Locale.ROOT, "<text x=\"20\" y=\"%.1f\" font-size=\"13\" fill=\"#1d2733\" "
                + "transform=\"rotate(-90 20 %.1f)\" text-anchor=\"middle\">importance: r with CSAT</text>",
                (top + bottom) / 2, (top + bottom) / 2));
        for (ImportancePerformance.Placed placed : ipa.items()) {
            double px = x.applyAsDouble(placed.item().performance());
            double py = y.applyAsDouble(placed.item().importance());
            String colour = placed.quadrant() == ImportancePerformance.Quadrant.CONCENTRATE_HERE ? RED
                    : placed.quadrant() == ImportancePerformance.Quadrant.KEEP_UP_THE_GOOD_WORK ? GREEN : GREY;
            html.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"7\" fill=\"%s\"/>", px,
                    py, colour));
            html.append(text(px + 10, py + 4, "start", 12, "#1d2733", String.format(Locale.ROOT,
                    "%s (%.2f, r=%.2f)", placed.item().name(), placed.item().performance(),
                    placed.item().importance())));
        }
        html.append("</svg>");
        analysis.keyDrivers().ifPresent(k -> {
            html.append("<p class=\"note\">Key drivers of CSAT from ").append(k.completeCases())
                    .append(" complete survey answers: ");
            html.append(k.drivers().stream().map(d -> String.format(Locale.ROOT, "%s r=%.2f%s", d.dimension(),
                    d.correlation(), d.standardizedWeight().isPresent()
                            ? String.format(Locale.ROOT, " (&beta;=%.2f)", d.standardizedWeight().getAsDouble())
                            : "")).collect(Collectors.joining(", ")));
            html.append(".</p>");
        });
        html.append("</section>\n");
    }

    private void atRisk() {
        List<CustomersAtRisk.Customer> customers = analysis.atRisk();
        html.append("<section><h2>Customers at risk in ").append(analysis.currentQuarter()).append(": ")
                .append(customers.size()).append("</h2><p class=\"note\">Two or more warning signs: a detractor's "
                        + "NPS answer, repeated unresolved contacts, a wait over 10 minutes.</p>");
        html.append("<table><tr><th>customer</th><th>reasons</th></tr>");
        customers.stream().sorted((a, b) -> Integer.compare(b.flags().size(), a.flags().size())).limit(12)
                .forEach(c -> html.append("<tr><td>").append(esc(c.customerId()))
                        .append("</td><td style=\"text-align:left\">").append(esc(String.join("; ", c.reasons())))
                        .append("</td></tr>"));
        html.append("</table></section>\n");
    }

    private void breakdown(String title, ScorecardResult result) {
        html.append("<section><h2>").append(title).append(", ").append(analysis.currentQuarter())
                .append("</h2><table><tr><th>").append(esc(result.breakdown().orElse(""))).append("</th>")
                .append("<th>overall</th>");
        for (ScorecardResult.Line line : result.kpis()) {
            html.append("<th>").append(esc(line.metric())).append("</th>");
        }
        html.append("</tr>");
        result.groups().forEach((key, group) -> {
            html.append("<tr><td>").append(esc(key)).append("</td><td>")
                    .append(String.format(Locale.ROOT, "%.1f", group.overall())).append("</td>");
            for (ScorecardResult.Line line : group.kpis()) {
                Estimate e = line.estimate();
                html.append("<td title=\"").append(e.isEmpty() ? "no data" : Format.interval(e)).append("\" style=\"")
                        .append(e.isEmpty() ? "" : "color:" + colour(line.status()) + ";font-weight:600")
                        .append("\">").append(Format.value(e)).append("</td>");
            }
            html.append("</tr>");
        });
        html.append("</table><p class=\"note\">Colours give each cell's status against the KPI's thresholds; hover "
                + "for the interval and sample size.</p></section>\n");
    }

    private void funnel() {
        Funnel funnel = analysis.funnel();
        List<Funnel.Step> steps = funnel.steps();
        int width = 1160;
        int row = 34;
        int height = steps.size() * row + 10;
        long max = Math.max(1, steps.stream().mapToLong(Funnel.Step::reached).max().orElse(1));
        html.append("<section><h2>Funnel: how far customers get</h2>");
        html.append(svgOpen(width, height, "Funnel"));
        for (int i = 0; i < steps.size(); i++) {
            Funnel.Step step = steps.get(i);
            double w = 560.0 * step.reached() / max;
            int y = 5 + i * row;
            html.append(text(180, y + 20, "end", 14, "#1d2733", stageName(step.stage())));
            html.append(String.format(Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"26\" rx=\"3\" fill=\"#457b9d\"/>",
                    190 + (560 - w) / 2, y, w));
            html.append(text(765, y + 19, "start", 13, "#1d2733", String.format(Locale.ROOT,
                    "%d reached (%.1f%%), %d dropped off", step.reached(),
                    100.0 * step.reached() / Math.max(1, funnel.journeys()), step.droppedOff())));
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
        html.append("<section><h2>Directly-follows graph: what customers actually did</h2>");
        html.append(svgOpen(width, height, "Directly-follows graph"));
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
                        + "fill=\"none\" stroke=\"%s\" stroke-width=\"%.1f\"><title>%s x%d</title></path>",
                        from[0] + 30, from[1] - 16, from[0] + 40, from[1] - 44, from[0] - 40, from[1] - 44,
                        from[0] - 30, from[1] - 16, colour, stroke, esc(t.toString()), edge.count()));
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
                    + "stroke=\"%s\" stroke-width=\"%.1f\" marker-end=\"url(#arrow)\"><title>%s x%d, median %s"
                    + "</title></path>", x1, y1, mid, y1, mid, y2, x2, y2, colour, stroke, esc(t.toString()),
                    edge.count(), duration(edge.medianSeconds())));
        }
        Map<String, Long> visits = analysis.discovered().occurrences();
        at.forEach((id, xy) -> {
            html.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"150\" height=\"32\" rx=\"6\" "
                    + "fill=\"#fff\" stroke=\"#1d3557\"/>", xy[0] - 75, xy[1] - 16));
            html.append(text(xy[0], xy[1] - 2, "middle", 11, "#1d2733", id));
            html.append(text(xy[0], xy[1] + 11, "middle", 10, "#555", visits.getOrDefault(id, 0L) + " visits"));
        });
        html.append("</svg><p class=\"note\">The ").append(edges.size()).append(" most frequent of ")
                .append(analysis.discovered().edges().size()).append(" moves between touchpoints, from ")
                .append(analysis.discovered().pairs())
                .append(" consecutive pairs. Green: the map expects the move; red: it does not.</p></section>\n");
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
        html.append("<section><h2>Conformance: journeys against the map</h2>");
        html.append(String.format(Locale.ROOT, "<p>%d customer journeys; fitness %.3f (share of all moves the map "
                + "allows), mean per journey %.3f; %d fit the map exactly; %d repeat contacts; %d start outside an "
                + "entry point and %d end outside an exit point.</p>", report.journeys().size(), report.fitness(),
                report.meanFitness(), report.fittingJourneys(), report.repeatContacts(),
                report.startingOutsideEntry(), report.endingOutsideExit()));
        html.append("<table><tr><th>unexpected move</th><th>times</th></tr>");
        List<Multiset.Entry<Transition>> unexpected = new ArrayList<>(report.unexpectedTransitions().entrySet());
        unexpected.sort((a, b) -> Integer.compare(b.getCount(), a.getCount()));
        for (Multiset.Entry<Transition> entry : unexpected.subList(0, Math.min(10, unexpected.size()))) {
            html.append("<tr><td>").append(esc(entry.getElement().toString())).append("</td><td>")
                    .append(entry.getCount()).append("</td></tr>");
        }
        html.append("</table></section>\n");
    }

    //-----------------------------------------------------------------------
    private String stageName(String stageId) {
        return analysis.map().stage(stageId).map(s -> s.name()).orElse(stageId);
    }

    static String status(Status status) {
        return "<span class=\"status\" style=\"background:" + colour(status) + "\">"
                + status.name().toLowerCase(Locale.ROOT).replace('_', ' ') + "</span>";
    }

    static String colour(Status status) {
        return switch (status) {
            case GREEN -> GREEN;
            case AMBER -> AMBER;
            case RED -> RED;
            default -> GREY;
        };
    }

    static String duration(double seconds) {
        if (seconds < 120) {
            return String.format(Locale.ROOT, "%.0f s", seconds);
        } else if (seconds < 7200) {
            return String.format(Locale.ROOT, "%.0f min", seconds / 60);
        } else if (seconds < 172_800) {
            return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
        }
        return String.format(Locale.ROOT, "%.1f days", seconds / 86_400);
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
