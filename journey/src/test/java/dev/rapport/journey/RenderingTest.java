package dev.rapport.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.rapport.core.Stage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class RenderingTest {

    private final JourneyMap map = SampleMaps.support();

    static Document parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("SVG is not well-formed XML: " + e.getMessage() + "\n" + svg, e);
        }
    }

    private static List<Element> elements(Document doc, String tag, String cssClass) {
        NodeList nodes = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (cssClass == null || cssClass.equals(e.getAttribute("class"))) {
                result.add(e);
            }
        }
        return result;
    }

    /** Checks well-formedness, names and the emotion curve of any map's SVG. */
    static void checkSvg(JourneyMap map, String svg) {
        Document doc = parse(svg);
        String text = doc.getDocumentElement().getTextContent();
        for (Stage stage : map.stages()) {
            assertTrue(text.contains(stage.name()), stage.name());
        }
        for (MapTouchpoint t : map.touchpoints()) {
            assertTrue(text.contains(t.name()), t.name());
        }
        List<Element> points = elements(doc, "circle", "emotion-point");
        assertEquals(map.inStageOrder().stream().map(MapTouchpoint::id).toList(),
                points.stream().map(p -> p.getAttribute("data-touchpoint")).toList());
        String[] curve = elements(doc, "polyline", null).get(0).getAttribute("points").split(" ");
        assertEquals(map.touchpoints().size(), curve.length);
        double previousX = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < curve.length; i++) {
            String[] xy = curve[i].split(",");
            double x = Double.parseDouble(xy[0]);
            assertTrue(x > previousX, "curve x must increase in stage order: " + String.join(" ", curve));
            previousX = x;
            assertEquals(points.get(i).getAttribute("cx"), xy[0]);
            assertEquals(points.get(i).getAttribute("cy"), xy[1]);
        }
    }

    @Test
    void toSvg_sampleMap_wellFormedWithNamesAndOneCurvePointPerTouchpoint() {
        String svg = map.toSvg();
        checkSvg(map, svg);
        Document doc = parse(svg);
        assertEquals(1, elements(doc, "g", "pain-point").size()); // faq
        // emotions +1, -1, 0, +2, +1 around a baseline: higher emotion is drawn higher (smaller y)
        List<Element> points = elements(doc, "circle", "emotion-point");
        double ad = Double.parseDouble(points.get(0).getAttribute("cy"));
        double faq = Double.parseDouble(points.get(1).getAttribute("cy"));
        double phone = Double.parseDouble(points.get(3).getAttribute("cy"));
        assertEquals(60, faq - ad, 1e-9);
        assertEquals(-30, phone - ad, 1e-9);
    }

    @Test
    void toSvg_annotations_drawnWithTheirColourAndEscaped() {
        Document doc = parse(map.toSvg(Map.of("faq", Annotation.good("CSAT 4.6 <ok> & more"),
                "chat", Annotation.of("wait 40s", "#123abc"))));
        List<Element> annotations = elements(doc, "g", "annotation");
        assertEquals(2, annotations.size());
        String all = doc.getDocumentElement().getTextContent();
        assertTrue(all.contains("CSAT 4.6 <ok> & more"));
        assertTrue(map.toSvg(Map.of("chat", Annotation.of("x", "#123abc"))).contains("fill=\"#123abc\""));
    }

    @Test
    void annotation_badColour_rejectedWithTheColour() {
        var e = assertThrows(IllegalArgumentException.class, () -> Annotation.of("x", "red\" onload=\"x"));
        assertEquals("annotation colour must be #rrggbb, was 'red\" onload=\"x'", e.getMessage());
    }

    @Test
    void toSvg_generatedMaps_alwaysWellFormedWithTheFullCurve() {
        qt().withExamples(100).forAll(MapGens.maps()).checkAssert(m -> checkSvg(m, m.toSvg()));
    }

    @Test
    void toMermaidJourney_sectionPerStageScoreFromEmotion() {
        assertEquals("""
                journey
                  title Support (Busy parent)
                  section Awareness
                    Ad: 4: Busy parent
                  section Support
                    Faq: 2: Busy parent
                    Chat: 3: Busy parent
                    Phone support: 5: Busy parent
                  section Loyalty and advocacy
                    Survey: 4: Busy parent
                """, map.toMermaidJourney());
    }

    @Test
    void toMermaidFlowchartAndDot_everyPathAndStage() {
        String flow = map.toMermaidFlowchart();
        assertTrue(flow.contains("  n_chat --> n_phone_support\n"), flow);
        assertTrue(flow.contains("subgraph n_stage_support[\"Support\"]"), flow);
        assertTrue(flow.contains("style n_faq stroke:#c62828"), flow);
        String dot = map.toDot();
        assertTrue(dot.contains("subgraph \"cluster_support\" {"), dot);
        assertTrue(dot.contains("\"faq\" -> \"chat\";"), dot);
        assertTrue(dot.contains("\"phone-support\" [label=\"Phone support\\nphone, human\", peripheries=2];"), dot);
        assertEquals(map.paths().size(), dot.split(" -> ", -1).length - 1);
    }
}
