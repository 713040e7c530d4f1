package dev.rapport.journey.internal;

import static dev.rapport.journey.internal.Diagrams.xml;

import dev.rapport.core.Stage;
import dev.rapport.journey.Annotation;
import dev.rapport.journey.JourneyMap;
import dev.rapport.journey.MapTouchpoint;
import dev.rapport.journey.Transition;
import java.util.List;
import dev.rapport.core.Messages;
import java.util.Locale;
import java.util.Map;

/** Draws journey maps: Mermaid journey and flowchart, Graphviz DOT and standalone SVG. */
public final class MapRenderer {

    private static final int COLUMN = 230;
    private static final int MARGIN = 20;
    private static final int HEADER = 90;
    private static final int CARD_HEIGHT = 96;
    private static final int CARD_GAP = 14;
    private static final int CURVE_HEIGHT = 170;
    private static final int EMOTION_STEP = 30;

    private MapRenderer() {
    }

    /** Mermaid's journey diagram: a section per stage, a task per touchpoint scored emotion + 3 (1 to 5). */
    public static String mermaidJourney(JourneyMap map) {
        StringBuilder text = new StringBuilder("journey\n  title ").append(label(map.name())).append(" (")
                .append(label(map.persona().name())).append(")\n");
        for (Stage stage : map.stages()) {
            List<MapTouchpoint> touchpoints = map.touchpointsIn(stage);
            if (touchpoints.isEmpty()) {
                continue;
            }
            text.append("  section ").append(label(stage.name())).append('\n');
            for (MapTouchpoint t : touchpoints) {
                text.append("    ").append(label(t.name())).append(": ").append(t.emotion() + 3).append(": ")
                        .append(label(map.persona().name())).append('\n');
            }
        }
        return text.toString();
    }

    /**
     * A journey diagram's text: its grammar allows no entity codes in task names (no {@code #} or {@code ;}), so the
     * separators and the markup characters become spaces: no raw HTML, on one line.
     */
    private static String label(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(":,;#<>&\"`".indexOf(c) >= 0 || Character.isISOControl(c) ? ' ' : c);
        }
        return out.toString();
    }

    /** A Mermaid flowchart: a subgraph per stage, an arrow per expected path. */
    public static String mermaidFlowchart(JourneyMap map) {
        StringBuilder text = new StringBuilder("flowchart LR\n");
        for (Stage stage : map.stages()) {
            text.append("  subgraph ").append(Diagrams.mermaidId("stage-" + stage.id())).append("[\"")
                    .append(Diagrams.mermaidEscape(stage.name())).append("\"]\n");
            for (MapTouchpoint t : map.touchpointsIn(stage)) {
                text.append("    ").append(Diagrams.mermaidId(t.id())).append("[\"")
                        .append(Diagrams.mermaidEscape(t.name())).append("<br/>").append(t.channel()).append(", ")
                        .append(mode(t)).append("\"]\n");
            }
            text.append("  end\n");
        }
        for (Transition path : map.paths()) {
            text.append("  ").append(Diagrams.mermaidId(path.from())).append(" --> ")
                    .append(Diagrams.mermaidId(path.to())).append('\n');
        }
        for (MapTouchpoint t : map.touchpoints()) {
            if (t.hasPainPoints()) {
                text.append("  style ").append(Diagrams.mermaidId(t.id())).append(" stroke:#c62828,stroke-width:3px\n");
            }
        }
        return text.toString();
    }

    /** Graphviz DOT: a cluster per stage, pain points in red, moments of truth doubled. */
    public static String dot(JourneyMap map) {
        StringBuilder dot = new StringBuilder("digraph ").append(Diagrams.dotId(map.id()))
                .append(" {\n  rankdir=LR;\n  label=").append(Diagrams.dotId(map.name() + " (" + map.persona().name()
                        + ")")).append(";\n  node [shape=box, style=rounded];\n");
        for (Stage stage : map.stages()) {
            dot.append("  subgraph ").append(Diagrams.dotId("cluster_" + stage.id())).append(" {\n    label=")
                    .append(Diagrams.dotId(stage.name())).append(";\n");
            for (MapTouchpoint t : map.touchpointsIn(stage)) {
                dot.append("    ").append(Diagrams.dotId(t.id())).append(" [label=")
                        .append(Diagrams.dotId(t.name() + "\n" + t.channel() + ", " + mode(t)))
                        .append(t.hasPainPoints() ? ", color=\"#c62828\"" : "")
                        .append(t.momentOfTruth() ? ", peripheries=2" : "").append("];\n");
            }
            dot.append("  }\n");
        }
        for (Transition path : map.paths()) {
            dot.append("  ").append(Diagrams.dotId(path.from())).append(" -> ").append(Diagrams.dotId(path.to()))
                    .append(";\n");
        }
        return dot.append("}\n").toString();
    }

    /** The bundle of the journey module's texts. */
    public static final String BUNDLE = "dev.rapport.journey.messages";

    /** A built-in channel's word in the language; another channel's id. */
    private static String channel(MapTouchpoint t, Messages text) {
        String key = "channel." + t.channel().id();
        return text.has(key) ? text.text(key) : t.channel().toString();
    }

    private static String mode(MapTouchpoint t) {
        return t.mode().name().toLowerCase(Locale.ROOT);
    }

    /**
     * A standalone SVG: stages as columns of touchpoint cards (name, channel and mode, pain points marked with a
     * red "!", moments of truth with a star, optional annotations), and below them the emotion curve with one
     * point per touchpoint in stage order, from -2 to +2.
     */
    public static String svg(JourneyMap map, Map<String, Annotation> annotations) {
        return svg(map, annotations, Locale.ROOT);
    }

    /** The picture with its own words (persona, emotion, channels, modes) in a language. */
    public static String svg(JourneyMap map, Map<String, Annotation> annotations, Locale locale) {
        Messages text = Messages.of(BUNDLE, locale);
        List<Stage> stages = map.stages();
        int rows = 1;
        for (Stage stage : stages) {
            rows = Math.max(rows, map.touchpointsIn(stage).size());
        }
        int width = 2 * MARGIN + Math.max(1, stages.size()) * COLUMN;
        int cardsBottom = HEADER + rows * (CARD_HEIGHT + CARD_GAP);
        int curveTop = cardsBottom + 20;
        int baseline = curveTop + CURVE_HEIGHT / 2;
        int height = curveTop + CURVE_HEIGHT + MARGIN;
        StringBuilder svg = new StringBuilder();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n")
                .append("  <title>").append(xml(map.name() + " - " + map.persona().name())).append("</title>\n")
                .append("  <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")
                .append("  <text x=\"").append(MARGIN).append("\" y=\"30\" font-size=\"18\" font-weight=\"bold\">")
                .append(xml(map.name())).append("</text>\n")
                .append("  <text x=\"").append(MARGIN).append("\" y=\"50\" fill=\"#555555\">")
                .append(xml(text.text("map.persona", map.persona().name()))).append("</text>\n");
        StringBuilder points = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (int s = 0; s < stages.size(); s++) {
            Stage stage = stages.get(s);
            int x = MARGIN + s * COLUMN;
            svg.append("  <g class=\"stage\" data-stage=\"").append(xml(stage.id())).append("\">\n")
                    .append("    <rect x=\"").append(x + 4).append("\" y=\"60\" width=\"").append(COLUMN - 8)
                    .append("\" height=\"").append(height - 60 - MARGIN)
                    .append("\" rx=\"8\" fill=\"").append(s % 2 == 0 ? "#f4f6f8" : "#eef1f4").append("\"/>\n")
                    .append("    <text class=\"stage-name\" x=\"").append(x + COLUMN / 2).append("\" y=\"80\" ")
                    .append("text-anchor=\"middle\" font-weight=\"bold\">").append(xml(stage.name()))
                    .append("</text>\n");
            List<MapTouchpoint> touchpoints = map.touchpointsIn(stage);
            for (int i = 0; i < touchpoints.size(); i++) {
                MapTouchpoint t = touchpoints.get(i);
                card(svg, t, x + 14, HEADER + i * (CARD_HEIGHT + CARD_GAP), annotations.get(t.id()), text);
                double px = x + (i + 0.5) * COLUMN / touchpoints.size();
                double py = baseline - t.emotion() * EMOTION_STEP;
                points.append(points.length() == 0 ? "" : " ").append(Diagrams.number(px)).append(',')
                        .append(Diagrams.number(py));
                dots.append("    <circle class=\"emotion-point\" data-touchpoint=\"").append(xml(t.id()))
                        .append("\" cx=\"").append(Diagrams.number(px)).append("\" cy=\"")
                        .append(Diagrams.number(py)).append("\" r=\"5\" fill=\"")
                        .append(t.hasPainPoints() ? "#c62828" : "#1565c0").append("\"><title>")
                        .append(xml(text.text("map.emotion", t.name(), (t.emotion() > 0 ? "+" : "") + t.emotion())))
                        .append("</title></circle>\n");
            }
            svg.append("  </g>\n");
        }
        svg.append("  <g class=\"emotion\">\n")
                .append("    <text x=\"").append(MARGIN + 8).append("\" y=\"").append(curveTop + 4)
                .append("\" fill=\"#555555\">").append(xml(text.text("map.emotion-axis"))).append("</text>\n");
        for (int level = -2; level <= 2; level++) {
            int y = baseline - level * EMOTION_STEP;
            svg.append("    <line x1=\"").append(MARGIN).append("\" y1=\"").append(y).append("\" x2=\"")
                    .append(width - MARGIN).append("\" y2=\"").append(y).append("\" stroke=\"")
                    .append(level == 0 ? "#9e9e9e" : "#e0e0e0").append("\" stroke-dasharray=\"")
                    .append(level == 0 ? "none" : "4 4").append("\"/>\n");
        }
        svg.append("    <polyline id=\"emotion-curve\" fill=\"none\" stroke=\"#1565c0\" stroke-width=\"2.5\" ")
                .append("points=\"").append(points).append("\"/>\n").append(dots).append("  </g>\n</svg>\n");
        return svg.toString();
    }

    private static void card(StringBuilder svg, MapTouchpoint t, int x, int y, Annotation annotation,
            Messages text) {
        int w = COLUMN - 28;
        svg.append("    <g class=\"touchpoint\" data-touchpoint=\"").append(xml(t.id())).append("\">\n")
                .append("      <rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(w)
                .append("\" height=\"").append(CARD_HEIGHT).append("\" rx=\"6\" fill=\"#ffffff\" stroke=\"")
                .append(t.hasPainPoints() ? "#c62828" : "#90a4ae").append("\" stroke-width=\"")
                .append(t.hasPainPoints() ? 2 : 1).append("\"/>\n")
                .append("      <text class=\"touchpoint-name\" x=\"").append(x + 10).append("\" y=\"").append(y + 22)
                .append("\" font-weight=\"bold\">").append(xml(t.name())).append(t.momentOfTruth() ? " \u2605" : "")
                .append("</text>\n")
                .append("      <text x=\"").append(x + 10).append("\" y=\"").append(y + 40)
                .append("\" fill=\"#555555\">").append(xml(channel(t, text) + " \u00b7 " + text.text("mode." + mode(t)))).append("</text>\n");
        if (!t.goal().isEmpty()) {
            svg.append("      <text x=\"").append(x + 10).append("\" y=\"").append(y + 57)
                    .append("\" fill=\"#555555\" font-style=\"italic\">").append(xml(shorten(t.goal(), 30)))
                    .append("</text>\n");
        }
        if (t.hasPainPoints()) {
            svg.append("      <g class=\"pain-point\"><circle cx=\"").append(x + w - 14).append("\" cy=\"")
                    .append(y + 16).append("\" r=\"9\" fill=\"#c62828\"/><text x=\"").append(x + w - 14)
                    .append("\" y=\"").append(y + 20).append("\" text-anchor=\"middle\" fill=\"#ffffff\" ")
                    .append("font-weight=\"bold\">!</text><title>").append(xml(String.join("; ", t.painPoints())))
                    .append("</title></g>\n");
        }
        if (annotation != null) {
            svg.append("      <g class=\"annotation\"><rect x=\"").append(x + 10).append("\" y=\"")
                    .append(y + CARD_HEIGHT - 28).append("\" width=\"").append(w - 20)
                    .append("\" height=\"20\" rx=\"10\" fill=\"").append(annotation.colour())
                    .append("\"/><text x=\"").append(x + w / 2).append("\" y=\"").append(y + CARD_HEIGHT - 14)
                    .append("\" text-anchor=\"middle\" fill=\"#ffffff\">").append(xml(shorten(annotation.text(), 28)))
                    .append("</text></g>\n");
        }
        svg.append("    </g>\n");
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }
}
