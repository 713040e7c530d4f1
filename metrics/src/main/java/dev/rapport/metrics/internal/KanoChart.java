package dev.rapport.metrics.internal;

import com.google.common.escape.Escaper;
import com.google.common.xml.XmlEscapers;
import dev.rapport.core.KanoCategory;
import dev.rapport.metrics.Estimate;
import dev.rapport.metrics.KanoAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Draws the Kano chart of a {@link KanoAnalysis} as standalone SVG (see {@link KanoAnalysis#toSvg()}). */
public final class KanoChart {

    private static final Escaper TEXT = XmlEscapers.xmlContentEscaper();
    private static final Escaper ATTRIBUTE = XmlEscapers.xmlAttributeEscaper();
    private static final int LEFT = 80;
    private static final int TOP = 50;
    private static final int SIZE = 480;
    private static final int WIDTH = 800;

    private KanoChart() {
    }

    /** The chart, an SVG document of its own. */
    public static String svg(KanoAnalysis analysis, KanoTexts texts) {
        List<KanoAnalysis.Feature> plotted = new ArrayList<>();
        List<String> notPlotted = new ArrayList<>();
        for (KanoAnalysis.Feature f : analysis.features()) {
            if (f.quadrant().isPresent()) {
                plotted.add(f);
            } else {
                notPlotted.add(f.name());
            }
        }
        int height = TOP + SIZE + 60 + (notPlotted.isEmpty() ? 0 : 24);
        StringBuilder svg = new StringBuilder(8192);
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" "
                + "width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"%s\" font-family=\"system-ui, sans-serif\">",
                WIDTH, height, WIDTH, height, ATTRIBUTE.escape(texts.text("chart.title"))));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"#fff\"/>", WIDTH, height));
        text(svg, LEFT + SIZE / 2.0, 28, "middle", 16, "#1d3557", texts.text("chart.title"));
        double half = SIZE / 2.0;
        quadrant(svg, texts, LEFT, TOP, "#e8f5e9", KanoCategory.ATTRACTIVE, "start", LEFT + 8, TOP + 20);
        quadrant(svg, texts, LEFT + half, TOP, "#e3f2fd", KanoCategory.ONE_DIMENSIONAL, "end", LEFT + SIZE - 8,
                TOP + 20);
        quadrant(svg, texts, LEFT + half, TOP + half, "#fff3e0", KanoCategory.MUST_BE, "end", LEFT + SIZE - 8,
                TOP + SIZE - 10);
        quadrant(svg, texts, LEFT, TOP + half, "#f4f6f8", KanoCategory.INDIFFERENT, "start", LEFT + 8,
                TOP + SIZE - 10);
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" "
                + "stroke=\"#1d2733\"/>", LEFT, TOP, SIZE, SIZE));
        for (int tick = 0; tick <= 4; tick++) {
            double v = tick / 4.0;
            String label = texts.number(v);
            svg.append(line(x(v), TOP + SIZE, x(v), TOP + SIZE + 5, "#1d2733", 1));
            text(svg, x(v), TOP + SIZE + 18, "middle", 11, "#1d2733", label);
            svg.append(line(LEFT - 5, y(v), LEFT, y(v), "#1d2733", 1));
            text(svg, LEFT - 8, y(v) + 4, "end", 11, "#1d2733", label);
        }
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#888\" "
                + "stroke-dasharray=\"4 3\"/>", x(0.5), TOP, x(0.5), TOP + SIZE));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#888\" "
                + "stroke-dasharray=\"4 3\"/>", LEFT, y(0.5), LEFT + SIZE, y(0.5)));
        text(svg, LEFT + half, TOP + SIZE + 40, "middle", 13, "#1d2733", texts.text("chart.x"));
        svg.append(String.format(Locale.ROOT, "<text x=\"24\" y=\"%.1f\" font-size=\"13\" fill=\"#1d2733\" "
                + "text-anchor=\"middle\" transform=\"rotate(-90 24 %.1f)\">%s</text>", TOP + half, TOP + half,
                TEXT.escape(texts.text("chart.y"))));
        List<double[]> labels = new ArrayList<>();
        for (KanoAnalysis.Feature f : plotted) {
            feature(svg, f, texts, labels);
        }
        if (!notPlotted.isEmpty()) {
            text(svg, LEFT, TOP + SIZE + 64, "start", 12, "#555", texts.text("chart.not-plotted", String.join(", ", notPlotted)));
        }
        return svg.append("</svg>\n").toString();
    }

    private static void feature(StringBuilder svg, KanoAnalysis.Feature f, KanoTexts texts, List<double[]> labels) {
        Estimate plus = f.satisfaction();
        Estimate minus = f.dissatisfaction();
        double px = x(-minus.point());
        double py = y(plus.point());
        String colour = colour(f.quadrant().get());
        svg.append("<g>");
        svg.append("<title>").append(TEXT.escape(f.name() + ": CS+ " + texts.interval(plus) + ", CS- "
                + texts.interval(minus) + ", n=" + texts.integer(plus.sampleSize()))).append("</title>");
        svg.append(line(x(-minus.upper()), py, x(-minus.lower()), py, colour, 1.5));
        svg.append(line(x(-minus.upper()), py - 4, x(-minus.upper()), py + 4, colour, 1.5));
        svg.append(line(x(-minus.lower()), py - 4, x(-minus.lower()), py + 4, colour, 1.5));
        svg.append(line(px, y(plus.lower()), px, y(plus.upper()), colour, 1.5));
        svg.append(line(px - 4, y(plus.lower()), px + 4, y(plus.lower()), colour, 1.5));
        svg.append(line(px - 4, y(plus.upper()), px + 4, y(plus.upper()), colour, 1.5));
        svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"6\" fill=\"%s\" stroke=\"#fff\"/>",
                px, py, colour));
        label(svg, px, py, f.name(), labels);
        svg.append("</g>");
    }

    /**
     * Writes a dot's label beside it, above right, below right, above left or below left of the dot: the first
     * place whose box (about 6.6 px per character, 18 px high with its spacing) overlaps no label placed before.
     */
    private static void label(StringBuilder svg, double px, double py, String name, List<double[]> placed) {
        double width = 6.6 * name.length();
        double[][] candidates = {{px + 9, py - 7, 0}, {px + 9, py + 17, 0}, {px - 9 - width, py - 7, 1},
            {px - 9 - width, py + 17, 1}};
        double[] chosen = candidates[0];
        for (double[] c : candidates) {
            boolean free = placed.stream().noneMatch(b -> c[0] < b[0] + b[2] && b[0] < c[0] + width
                    && c[1] - 18 < b[1] && b[1] - 18 < c[1]);
            if (free) {
                chosen = c;
                break;
            }
        }
        placed.add(new double[] {chosen[0], chosen[1], width});
        boolean left = chosen[2] == 1;
        text(svg, left ? px - 9 : chosen[0], chosen[1], left ? "end" : "start", 12, "#1d2733", name);
    }

    private static void quadrant(StringBuilder svg, KanoTexts texts, double x, double y, String fill, KanoCategory category,
            String anchor, double labelX, double labelY) {
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                + "fill=\"%s\"/>", x, y, SIZE / 2.0, SIZE / 2.0, fill));
        text(svg, labelX, labelY, anchor, 14, colour(category), texts.quadrant(category));
    }

    private static String colour(KanoCategory category) {
        return switch (category) {
            case ATTRACTIVE -> "#2e7d32";
            case ONE_DIMENSIONAL -> "#1565c0";
            case MUST_BE -> "#ef6c00";
            default -> "#607d8b";
        };
    }

    private static double x(double value) {
        return LEFT + value * SIZE;
    }

    private static double y(double value) {
        return TOP + (1 - value) * SIZE;
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, double width) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
                + "stroke-width=\"%.1f\"/>", x1, y1, x2, y2, colour, width);
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, int size, String fill,
            String content) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\" "
                + "fill=\"%s\">%s</text>", x, y, anchor, size, fill, TEXT.escape(content)));
    }
}
