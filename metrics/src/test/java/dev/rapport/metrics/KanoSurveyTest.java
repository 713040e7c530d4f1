package dev.rapport.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.core.KanoCategory;
import dev.rapport.core.KanoFeature;
import dev.rapport.core.KanoQuestionnaire;
import dev.rapport.data.KanoImport;
import dev.rapport.data.KanoReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * A product team's Kano survey of six helpdesk-app features, 40 respondents each, as the survey tool exports it
 * (one row per respondent and feature, full answer labels, extra columns, blank answers, contradictory pairs):
 * {@code src/test/resources/kano/helpdesk-app-kano.csv}. Every figure below is worked by hand from the counts.
 */
class KanoSurveyTest {

    static final Path EXPORT = Path.of("src/test/resources/kano/helpdesk-app-kano.csv");
    static KanoImport imported;
    static KanoAnalysis kano;

    @BeforeAll
    static void read() {
        imported = KanoReader.strict().csv(EXPORT);
        kano = KanoAnalysis.of(imported.responses());
    }

    /** The analysis of the export. */
    static KanoAnalysis analysis() {
        return KanoAnalysis.of(KanoReader.strict().csv(EXPORT).responses());
    }

    private static KanoAnalysis.Feature feature(String name) {
        return kano.feature(name).orElseThrow();
    }

    //-----------------------------------------------------------------------
    // counts per feature: 40 pairs each, blanks counted as unknown, never a category
    //-----------------------------------------------------------------------
    @Test
    void import_everyRowAcceptedAndCounted() {
        assertEquals("src/test/resources/kano/helpdesk-app-kano.csv: 240 rows read, 240 accepted, 0 rejected",
                imported.summary().toString());
        assertEquals(List.of("Call-back instead of waiting", "Chatbot greeting", "Order number remembered",
                "Queue position in the app", "Satisfaction pop-up", "Video support"),
                kano.features().stream().map(KanoAnalysis.Feature::name).toList());
        assertEquals(new KanoTally.Counts(22, 6, 2, 7, 0, 1, 2), feature("Queue position in the app").counts());
        assertEquals(new KanoTally.Counts(8, 18, 7, 5, 0, 0, 2), feature("Call-back instead of waiting").counts());
        assertEquals(new KanoTally.Counts(2, 9, 21, 6, 0, 1, 1), feature("Order number remembered").counts());
        assertEquals(new KanoTally.Counts(5, 1, 3, 20, 6, 2, 3), feature("Chatbot greeting").counts());
        assertEquals(new KanoTally.Counts(4, 0, 3, 16, 13, 2, 2), feature("Satisfaction pop-up").counts());
        assertEquals(new KanoTally.Counts(14, 5, 3, 12, 1, 1, 4), feature("Video support").counts());
        for (KanoAnalysis.Feature f : kano.features()) {
            assertEquals(40, f.counts().answered(), f.name());
        }
    }

    //-----------------------------------------------------------------------
    // the queue position: attractive, and distinctly so
    //-----------------------------------------------------------------------
    @Test
    void queuePosition_attractive_coefficientsByHand() {
        KanoAnalysis.Feature f = feature("Queue position in the app");
        assertEquals(Optional.of(KanoCategory.ATTRACTIVE), f.category());
        assertEquals(Optional.of(KanoCategory.INDIFFERENT), f.runnerUp());
        // CS+ = (22 + 6) / (22 + 6 + 2 + 7) = 28/37 = 0.756757. Wilson, z = 1.959964, n = 37:
        // centre = (p + z²/2n) / (1 + z²/n) = (0.756757 + 0.051912) / 1.103823 = 0.732606,
        // half = z / (1 + z²/n) × √(p(1 − p)/n + z²/4n²) = 1.775615 × √(0.004975 + 0.000701) = 0.133779
        // -> 0.598827 to 0.866385
        Estimate plus = f.satisfaction();
        assertEquals(28.0 / 37, plus.point(), 1e-12);
        assertEquals(37, plus.sampleSize());
        assertEquals(0.598827, plus.lower(), 1e-6);
        assertEquals(0.866386, plus.upper(), 1e-6);
        // CS- = -(6 + 2) / 37 = -0.216216; the Wilson interval of 8/37 is 0.113865 to 0.371951, negated
        Estimate minus = f.dissatisfaction();
        assertEquals(-8.0 / 37, minus.point(), 1e-12);
        assertEquals(-0.371951, minus.lower(), 1e-6);
        assertEquals(-0.113865, minus.upper(), 1e-6);
        assertEquals(Optional.of(KanoCategory.ATTRACTIVE), f.quadrant());
        // top two: A 22 and I 7 of n = 38 classified (R 0, Q 1 included); adjusted Wald: p = 22.75/41 = 0.554878,
        // d = 7.75/41 = 0.189024, half = z √((p + d − (p − d)²) / 41) = 1.959964 × 0.121977 = 0.239070;
        // centre 0.365854 -> 0.126784 to 0.604924 (the point is the unadjusted 15/38 = 0.394737)
        Estimate difference = f.topTwoDifference();
        assertEquals(15.0 / 38, difference.point(), 1e-12);
        assertEquals(0.126775, difference.lower(), 1e-5);
        assertEquals(0.604932, difference.upper(), 1e-5);
        assertTrue(f.isDistinct());
        assertEquals("", KanoAnalysis.flag(f));
        assertEquals(15.0 / 38, f.categoryStrength().getAsDouble(), 1e-12);
        assertEquals(30.0 / 38, f.totalStrength().getAsDouble(), 1e-12);
    }

    //-----------------------------------------------------------------------
    // the other five
    //-----------------------------------------------------------------------
    @Test
    void callBack_oneDimensional_justDistinct() {
        KanoAnalysis.Feature f = feature("Call-back instead of waiting");
        assertEquals(Optional.of(KanoCategory.ONE_DIMENSIONAL), f.category());
        // CS+ = (8 + 18) / 38 = 0.684211 (0.525442 to 0.809154); CS- = -(18 + 7) / 38 = -0.657895
        assertEquals(26.0 / 38, f.satisfaction().point(), 1e-12);
        assertEquals(0.525442, f.satisfaction().lower(), 1e-6);
        assertEquals(-25.0 / 38, f.dissatisfaction().point(), 1e-12);
        assertEquals(-0.787876, f.dissatisfaction().lower(), 1e-6);
        assertEquals(Optional.of(KanoCategory.ONE_DIMENSIONAL), f.quadrant());
        // O 18 against A 8 of 38: adjusted-Wald lower bound (18.75 − 8.75)/41 − 1.959964 × 0.122118 = 0.004591
        assertEquals(0.004591, f.topTwoDifference().lower(), 1e-5);
        assertTrue(f.isDistinct());
    }

    @Test
    void orderNumber_mustBe() {
        KanoAnalysis.Feature f = feature("Order number remembered");
        assertEquals(Optional.of(KanoCategory.MUST_BE), f.category());
        // CS+ = 11/38 = 0.289474, CS- = -30/38 = -0.789474 (-0.889252 to -0.636542): the must-be quadrant
        assertEquals(11.0 / 38, f.satisfaction().point(), 1e-12);
        assertEquals(-30.0 / 38, f.dissatisfaction().point(), 1e-12);
        assertEquals(-0.889252, f.dissatisfaction().lower(), 1e-6);
        assertEquals(-0.636542, f.dissatisfaction().upper(), 1e-6);
        assertEquals(Optional.of(KanoCategory.MUST_BE), f.quadrant());
        assertTrue(f.isDistinct());
    }

    @Test
    void chatbotGreeting_indifferent_reverseAndQuestionableLeftOutOfTheCoefficients() {
        KanoAnalysis.Feature f = feature("Chatbot greeting");
        assertEquals(Optional.of(KanoCategory.INDIFFERENT), f.category());
        // A + O + M + I = 29 of the 37 classified (R 6 and Q 2 are not in the base): CS+ = 6/29, CS- = -4/29
        assertEquals(29, f.satisfaction().sampleSize());
        assertEquals(6.0 / 29, f.satisfaction().point(), 1e-12);
        assertEquals(-4.0 / 29, f.dissatisfaction().point(), 1e-12);
        assertEquals(9.0 / 37, f.totalStrength().getAsDouble(), 1e-12);
        assertTrue(f.isDistinct());
    }

    @Test
    void popUpAndVideo_closeCalls_flagged() {
        // pop-up: I 16 against R 13 of 38; difference 3/38 = 0.078947, interval -0.189884 to 0.336225 contains 0
        KanoAnalysis.Feature popUp = feature("Satisfaction pop-up");
        assertEquals(Optional.of(KanoCategory.INDIFFERENT), popUp.category());
        assertEquals(Optional.of(KanoCategory.REVERSE), popUp.runnerUp());
        assertEquals(3.0 / 38, popUp.topTwoDifference().point(), 1e-12);
        assertEquals(-0.189884, popUp.topTwoDifference().lower(), 1e-5);
        assertFalse(popUp.isDistinct());
        assertEquals("close: indifferent/reverse", KanoAnalysis.flag(popUp));
        // video: A 14 against I 12 of 36; 2/36 = 0.055556 (under Lee and Newcomb's 6 points), -0.211768 to 0.314332
        KanoAnalysis.Feature video = feature("Video support");
        assertEquals(Optional.of(KanoCategory.ATTRACTIVE), video.category());
        assertEquals(2.0 / 36, video.categoryStrength().getAsDouble(), 1e-12);
        assertEquals(0.314332, video.topTwoDifference().upper(), 1e-5);
        assertFalse(video.isDistinct());
        assertEquals("close: attractive/indifferent", KanoAnalysis.flag(video));
        // CS+ = 19/34 = 0.558824 and |CS-| = 8/34: attractive by the coefficients as well
        assertEquals(Optional.of(KanoCategory.ATTRACTIVE), video.quadrant());
    }

    //-----------------------------------------------------------------------
    // ties, empty features, questionnaire order
    //-----------------------------------------------------------------------
    @Test
    void category_tie_goesByMustBeOneDimensionalAttractiveIndifferent() {
        KanoAnalysis.Feature tie = new KanoAnalysis.Feature("Tie", new KanoTally.Counts(5, 5, 5, 5, 0, 0, 0));
        assertEquals(List.of(KanoCategory.MUST_BE, KanoCategory.ONE_DIMENSIONAL, KanoCategory.ATTRACTIVE,
                KanoCategory.INDIFFERENT, KanoCategory.REVERSE, KanoCategory.QUESTIONABLE), tie.ranking());
        assertFalse(tie.isDistinct());
        KanoAnalysis.Feature aAndI = new KanoAnalysis.Feature("A-I", new KanoTally.Counts(4, 0, 0, 4, 0, 0, 0));
        assertEquals(Optional.of(KanoCategory.ATTRACTIVE), aAndI.category());
    }

    @Test
    void featureWithOnlyUnknownAnswers_noFiguresAndNotPlotted() {
        KanoAnalysis.Feature skipped = new KanoAnalysis.Feature("Skipped", new KanoTally.Counts(0, 0, 0, 0, 0, 0, 3));
        assertEquals(Optional.empty(), skipped.category());
        assertTrue(skipped.satisfaction().isEmpty());
        assertTrue(skipped.dissatisfaction().isEmpty());
        assertTrue(skipped.topTwoDifference().isEmpty());
        assertEquals(Optional.empty(), skipped.quadrant());
        assertFalse(skipped.isDistinct());
        assertEquals("no classified answers", KanoAnalysis.flag(skipped));
        String svg = new KanoAnalysis(List.of(skipped)).toSvg();
        assertTrue(svg.contains("Not plotted (no A, O, M or I answers): Skipped"), svg);
    }

    @Test
    void oneRespondentOnly_notDistinct() {
        // a single attractive pair: plain Wald would give a zero-width interval at 1; adjusted Wald does not
        KanoAnalysis.Feature one = new KanoAnalysis.Feature("One", new KanoTally.Counts(1, 0, 0, 0, 0, 0, 0));
        assertEquals(Optional.of(KanoCategory.ATTRACTIVE), one.category());
        assertFalse(one.isDistinct());
    }

    @Test
    void ofQuestionnaire_itsOrderThenTheRest() {
        KanoQuestionnaire q = KanoQuestionnaire.of("Helpdesk app", List.of(
                KanoFeature.of("Video support", "If you can get help by video call, how do you feel?",
                        "If you cannot get help by video call, how do you feel?"),
                KanoFeature.of("Screen sharing", "If the agent can see your screen, how do you feel?",
                        "If the agent cannot see your screen, how do you feel?")));
        KanoAnalysis ordered = KanoAnalysis.of(KanoTally.of(imported.responses()), q);
        assertEquals(List.of("Video support", "Screen sharing", "Call-back instead of waiting", "Chatbot greeting",
                "Order number remembered", "Queue position in the app", "Satisfaction pop-up"),
                ordered.features().stream().map(KanoAnalysis.Feature::name).toList());
        assertEquals(KanoTally.Counts.NONE, ordered.feature("Screen sharing").orElseThrow().counts());
    }

    //-----------------------------------------------------------------------
    // the table and the chart
    //-----------------------------------------------------------------------
    @Test
    void toString_oneLinePerFeatureWithFlags() {
        assertEquals(List.of(
                "feature                        n  unknown   A   O   M   I   R  Q  category         CS+ (95% CI)  "
                        + "       CS- (95% CI)            strength  flag",
                "Queue position in the app     38        2  22   6   2   7   0  1  attractive       0.76 (0.60 to "
                        + "0.87)  -0.22 (-0.37 to -0.11)      0.39",
                "Video support                 36        4  14   5   3  12   1  1  attractive       0.56 (0.39 to "
                        + "0.71)  -0.24 (-0.40 to -0.12)      0.06  close: attractive/indifferent"),
                kano.toString().lines().filter(l -> l.startsWith("feature") || l.startsWith("Queue")
                        || l.startsWith("Video")).toList());
        assertEquals(7, kano.toString().lines().count());
    }

    @Test
    void toSvg_wellFormedWithQuadrantsAndEveryFeature() throws Exception {
        String svg = kano.toSvg();
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(svg)));
        assertEquals("svg", doc.getDocumentElement().getTagName());
        for (String label : List.of("Attractive", "One-dimensional", "Must-be", "Indifferent",
                "CS+: satisfaction if present", "|CS-|: dissatisfaction if absent")) {
            assertTrue(svg.contains(">" + label + "<"), label);
        }
        assertEquals(6, doc.getElementsByTagName("circle").getLength());
        for (KanoAnalysis.Feature f : kano.features()) {
            assertTrue(svg.contains(">" + f.name() + "</text>"), f.name());
        }
        // the queue position's dot: x = 80 + 480 × 8/37 = 183.8, y = 50 + 480 × (1 − 28/37) = 166.8
        assertTrue(svg.contains("<circle cx=\"183.8\" cy=\"166.8\""), svg);
    }
}
