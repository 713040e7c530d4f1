package dev.rapport.core;

import static dev.rapport.core.PluralCategory.FEW;
import static dev.rapport.core.PluralCategory.MANY;
import static dev.rapport.core.PluralCategory.ONE;
import static dev.rapport.core.PluralCategory.OTHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The boundary values of each language's CLDR cardinal rules ("Language Plural Rules" chart). */
class PluralCategoryTest {

    private static final Locale LT = Locale.forLanguageTag("lt");
    private static final Locale RO = Locale.forLanguageTag("ro");
    private static final Locale PT = Locale.forLanguageTag("pt");
    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");
    private static final Locale PT_PT = Locale.forLanguageTag("pt-PT");
    private static final Locale MS = Locale.forLanguageTag("ms");

    private static PluralCategory of(Locale locale, String number) {
        return PluralCategory.of(locale, new BigDecimal(number));
    }

    //-----------------------------------------------------------------------
    // lt: one n%10=1 and n%100!=11..19; few n%10=2..9 and n%100!=11..19; many f!=0; other
    //-----------------------------------------------------------------------
    @Test
    void lithuanian_boundaries() {
        assertEquals(ONE, PluralCategory.of(LT, 1));
        assertEquals(FEW, PluralCategory.of(LT, 2));
        assertEquals(FEW, PluralCategory.of(LT, 9));
        assertEquals(OTHER, PluralCategory.of(LT, 10));
        assertEquals(OTHER, PluralCategory.of(LT, 11));
        assertEquals(OTHER, PluralCategory.of(LT, 19));
        assertEquals(OTHER, PluralCategory.of(LT, 20));
        assertEquals(ONE, PluralCategory.of(LT, 21));
        assertEquals(FEW, PluralCategory.of(LT, 22));
        assertEquals(OTHER, PluralCategory.of(LT, 0));
        assertEquals(OTHER, PluralCategory.of(LT, 111));
        assertEquals(ONE, PluralCategory.of(LT, 101));
        assertEquals(MANY, of(LT, "0.5"));
        assertEquals(MANY, of(LT, "1.5"));
    }

    @Test
    void lithuanian_wholeNumberWithVisibleZeroFraction_followsTheInteger() {
        // n = 1.0: n % 10 = 1 and f = 0, so "one", as CLDR's sample 1.0 says
        assertEquals(ONE, of(LT, "1.0"));
        assertEquals(FEW, of(LT, "2.0"));
        assertEquals(OTHER, of(LT, "10.0"));
    }

    //-----------------------------------------------------------------------
    // ro: one i=1 and v=0; few v!=0 or n=0 or n!=1 and n%100=1..19; other
    //-----------------------------------------------------------------------
    @Test
    void romanian_boundaries() {
        assertEquals(FEW, PluralCategory.of(RO, 0));
        assertEquals(ONE, PluralCategory.of(RO, 1));
        assertEquals(FEW, PluralCategory.of(RO, 2));
        assertEquals(FEW, PluralCategory.of(RO, 19));
        assertEquals(OTHER, PluralCategory.of(RO, 20));
        assertEquals(OTHER, PluralCategory.of(RO, 100));
        assertEquals(FEW, PluralCategory.of(RO, 101));
        assertEquals(FEW, PluralCategory.of(RO, 119));
        assertEquals(OTHER, PluralCategory.of(RO, 120));
        assertEquals(FEW, of(RO, "1.0"));
        assertEquals(FEW, of(RO, "0.5"));
    }

    //-----------------------------------------------------------------------
    // pt: one i=0..1; pt-PT: one i=1 and v=0; both many i!=0 and i%1000000=0 and v=0
    //-----------------------------------------------------------------------
    @Test
    void portuguese_zeroAndOneAreOne() {
        assertEquals(ONE, PluralCategory.of(PT, 0));
        assertEquals(ONE, PluralCategory.of(PT, 1));
        assertEquals(ONE, of(PT, "1.5"));
        assertEquals(OTHER, PluralCategory.of(PT, 2));
        assertEquals(ONE, PluralCategory.of(PT_BR, 0));
    }

    @Test
    void portugueseOfPortugal_onlyOneIsOne() {
        assertEquals(OTHER, PluralCategory.of(PT_PT, 0));
        assertEquals(ONE, PluralCategory.of(PT_PT, 1));
        assertEquals(OTHER, of(PT_PT, "1.0"));
        assertEquals(OTHER, PluralCategory.of(PT_PT, 2));
    }

    @Test
    void portugueseAndItalian_millionsAreMany() {
        for (Locale locale : new Locale[] {PT, PT_PT, Locale.ITALIAN}) {
            assertEquals(MANY, PluralCategory.of(locale, 1_000_000), locale::toString);
            assertEquals(MANY, PluralCategory.of(locale, 3_000_000), locale::toString);
            assertEquals(OTHER, PluralCategory.of(locale, 1_000_001), locale::toString);
            assertEquals(OTHER, of(locale, "1000000.0"), locale::toString);
        }
    }

    //-----------------------------------------------------------------------
    // it, en: one i=1 and v=0; ms: other only
    //-----------------------------------------------------------------------
    @Test
    void italianAndEnglish_oneWithoutFraction() {
        for (Locale locale : new Locale[] {Locale.ITALIAN, Locale.ENGLISH, Locale.UK}) {
            assertEquals(OTHER, PluralCategory.of(locale, 0), locale::toString);
            assertEquals(ONE, PluralCategory.of(locale, 1), locale::toString);
            assertEquals(OTHER, of(locale, "1.0"), locale::toString);
            assertEquals(OTHER, PluralCategory.of(locale, 2), locale::toString);
        }
    }

    @Test
    void malay_hasOnlyOther() {
        for (long n : new long[] {0, 1, 2, 11, 21, 1_000_000}) {
            assertEquals(OTHER, PluralCategory.of(MS, n));
        }
        assertEquals(OTHER, of(MS, "0.5"));
        assertEquals(EnumSet.of(OTHER), PluralCategory.categories(MS));
    }

    @Test
    void negativeNumbers_takeTheFormOfTheirMagnitude() {
        assertEquals(ONE, PluralCategory.of(LT, -21));
        assertEquals(ONE, PluralCategory.of(Locale.ENGLISH, -1));
    }

    //-----------------------------------------------------------------------
    @Test
    void categories_holdEveryCategoryTheRulesGive() {
        for (Locale locale : Messages.LANGUAGES) {
            for (long n = 0; n <= 200; n++) {
                assertTrue(PluralCategory.categories(locale).contains(PluralCategory.of(locale, n)), locale + " " + n);
            }
            assertTrue(PluralCategory.categories(locale).contains(of(locale, "0.5")), locale::toString);
            assertTrue(PluralCategory.categories(locale).contains(PluralCategory.of(locale, 1_000_000)),
                    locale::toString);
        }
        assertEquals(EnumSet.of(ONE, FEW, MANY, OTHER), PluralCategory.categories(LT));
        assertEquals(EnumSet.of(ONE, FEW, OTHER), PluralCategory.categories(RO));
    }

    @Test
    void of_languageWithoutRules_rejectedWithTheLanguages() {
        var e = assertThrows(IllegalArgumentException.class, () -> PluralCategory.of(Locale.GERMAN, 1));
        assertEquals("no plural rules for language 'de'; the languages are en, pt, ms, it, lt, ro", e.getMessage());
    }

    @Test
    void key_isTheLowerCaseName() {
        assertEquals("few", FEW.key());
    }
}
