package dev.rapport.examples.internal;

import dev.rapport.core.Messages;
import dev.rapport.data.KanoImport;
import dev.rapport.metrics.Estimate;
import dev.rapport.metrics.KanoAnalysis;
import java.util.Locale;

/**
 * The HTML report's Kano section: the chart (CS+ against |CS-|) and the table per feature, texts from the Kano
 * bundle ({@link KanoAnalysis#MESSAGES}) in the report's language.
 */
final class KanoSection {

    private KanoSection() {
    }

    static String html(KanoImport answers, Locale locale) {
        KanoAnalysis kano = KanoAnalysis.of(answers.responses());
        Messages m = Messages.of(KanoAnalysis.MESSAGES, locale);
        long pairs = kano.features().stream().mapToLong(f -> f.counts().answered()).sum();
        StringBuilder html = new StringBuilder(16 * 1024);
        html.append("<section id=\"kano\"><h2>").append(HtmlReport.esc(m.text("kano.section.title"))).append("</h2>");
        html.append("<p class=\"note\">").append(HtmlReport.esc(m.plural("kano.section.pairs", pairs,
                kano.features().size(), answers.summary().source()))).append("</p>");
        String svg = kano.toSvg(locale);
        html.append(svg, svg.indexOf("<svg"), svg.length());
        html.append("<table><tr>");
        for (String heading : new String[] {"feature", "category", "cs-plus", "cs-minus", "flag"}) {
            html.append("<th>").append(HtmlReport.esc(m.text("kano.heading." + heading))).append("</th>");
        }
        html.append("<th>n</th><th>A</th><th>O</th><th>M</th><th>I</th><th>R</th><th>Q</th></tr>");
        for (KanoAnalysis.Feature f : kano.features()) {
            html.append("<tr><td>").append(HtmlReport.esc(f.name())).append("</td><td>")
                    .append(f.category().map(c -> HtmlReport.esc(KanoAnalysis.categoryName(c, locale))).orElse("-"))
                    .append("</td><td>").append(interval(m, f.satisfaction())).append("</td><td>")
                    .append(interval(m, f.dissatisfaction())).append("</td><td>")
                    .append(HtmlReport.esc(KanoAnalysis.flag(f, locale))).append("</td>");
            long[] counts = {f.counts().classified(), f.counts().attractive(), f.counts().oneDimensional(),
                f.counts().mustBe(), f.counts().indifferent(), f.counts().reverse(), f.counts().questionable()};
            for (long c : counts) {
                html.append("<td>").append(m.integer(c)).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</table><p class=\"note\">").append(HtmlReport.esc(m.text("kano.section.note")))
                .append("</p></section>\n");
        return html.toString();
    }

    private static String interval(Messages m, Estimate e) {
        return e.isEmpty() ? "-" : HtmlReport.esc(m.text("kano.interval", m.number(e.point(), 2),
                m.number(e.lower(), 2), m.number(e.upper(), 2)));
    }
}
