package dev.rapport.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.core.Messages;
import dev.rapport.core.internal.BundleAudit;
import dev.rapport.metrics.internal.KanoTexts;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The Kano texts in every language Rapport speaks: complete bundles, localized tables and charts. */
class KanoLanguagesTest {

    @Test
    void bundle_everyLanguageHasEveryMessageWithTheSameArguments() {
        assertEquals(List.of(), BundleAudit.problems(KanoTexts.BUNDLE));
    }

    @Test
    void table_lithuanian_headingsCategoriesAndDecimalCommas() {
        String table = KanoSurveyTest.analysis().table(Locale.forLanguageTag("lt"));
        assertTrue(table.startsWith("funkcija"), table);
        assertTrue(table.contains("privaloma"), table);
        assertTrue(table.contains("0,76 (nuo 0,60 iki 0,87)"), table);
        assertTrue(table.contains("artima: patraukli/abejinga"), table);
    }

    @Test
    void toSvg_everyLanguage_labelsFromItsBundle() {
        for (Locale language : Messages.LANGUAGES) {
            String svg = KanoSurveyTest.analysis().toSvg(language);
            assertTrue(svg.contains(">" + KanoTexts.of(language).quadrant(dev.rapport.core.KanoCategory.MUST_BE)
                    + "<"), language + svg);
        }
        assertTrue(KanoSurveyTest.analysis().toSvg(Locale.forLanguageTag("ro")).contains(">Obligatorie<"));
    }

    @Test
    void sectionPairs_pluralFormsOfEachLanguage() {
        assertEquals("1 answer pair about 6 features from kano.csv.",
                KanoTexts.of(Locale.ENGLISH).plural("section.pairs", 1, 6, "kano.csv"));
        assertEquals("22 atsakymų poros apie 6 funkcijas iš kano.csv.",
                KanoTexts.of(Locale.forLanguageTag("lt")).plural("section.pairs", 22, 6, "kano.csv"));
        assertEquals("240 de perechi de răspunsuri despre 6 funcționalități din kano.csv.",
                KanoTexts.of(Locale.forLanguageTag("ro")).plural("section.pairs", 240, 6, "kano.csv"));
        assertEquals("240 pares de respostas sobre 6 funcionalidades de kano.csv.",
                KanoTexts.of(Locale.forLanguageTag("pt")).plural("section.pairs", 240, 6, "kano.csv"));
    }
}
