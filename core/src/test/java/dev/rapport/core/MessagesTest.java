package dev.rapport.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final String BUNDLE = "dev.rapport.core.audit.good";

    private static Messages in(String tag) {
        return Messages.of(BUNDLE, Locale.forLanguageTag(tag));
    }

    @Test
    void text_formatsTheArguments() {
        assertEquals("Olá, Ana", in("pt").text("greeting", "Ana"));
        assertEquals("Hello, Ana", in("en-GB").text("greeting", "Ana"));
    }

    @Test
    void plural_choosesTheLanguagesForm() {
        assertEquals("21 klientas", in("lt").plural("count.customers", 21));
        assertEquals("12 klientų", in("lt").plural("count.customers", 12));
        assertEquals("5 klientai", in("lt").plural("count.customers", 5));
        assertEquals("0,5 kliento", in("lt").plural("count.customers", new BigDecimal("0.5")));
        assertEquals("20 de clienți", in("ro").plural("count.customers", 20));
        assertEquals("19 clienți", in("ro").plural("count.customers", 19));
        assertEquals("0 cliente", in("pt").plural("count.customers", 0));
        assertEquals("0 customers", in("en").plural("count.customers", 0));
        assertEquals("1 pelanggan", in("ms").plural("count.customers", 1));
    }

    @Test
    void plural_groupsTheCountForTheLocale() {
        assertEquals("1.000.000 di clienti", in("it").plural("count.customers", 1_000_000));
        assertEquals("50,000 customers", in("en").plural("count.customers", 50_000));
    }

    @Test
    void unsupportedLanguage_isEnglishThroughout() {
        Messages german = Messages.of(BUNDLE, Locale.GERMANY);
        assertEquals(Locale.ENGLISH, german.locale());
        assertEquals("Hello, Ana", german.text("greeting", "Ana"));
        assertEquals("1,234.5", german.number(1234.5, 1));
    }

    @Test
    void numbers_followTheLocale() {
        assertEquals("1,234.6", in("en").number(1234.56, 1));
        assertEquals("1.234,6", in("it").number(1234.56, 1));
        assertEquals("0.125", in("en").number(0.125, 3));
        assertEquals("0.13", in("en").number(0.125, 2));
        assertEquals("50,000", in("en").integer(50_000));
        assertEquals("61.2%", in("en").percent(0.612, 1));
        assertEquals("61,2%", in("pt").percent(0.612, 1));
    }

    @Test
    void dates_followTheLocale() {
        LocalDate day = LocalDate.of(2026, 7, 1);
        assertEquals("Jul 1, 2026", in("en").date(day));
        assertEquals("1 de jul. de 2026", in("pt").date(day));
    }

    @Test
    void has_seesPlainAndPluralMessages() {
        assertTrue(in("ro").has("greeting"));
        assertTrue(in("ro").has("count.customers"));
        assertFalse(in("ro").has("farewell"));
    }

    @Test
    void missingKey_isMissingResource() {
        assertThrows(MissingResourceException.class, () -> in("en").text("farewell"));
    }

    @Test
    void isSupported_byLanguageWhateverTheRegion() {
        assertTrue(Messages.isSupported(Locale.forLanguageTag("pt-BR")));
        assertTrue(Messages.isSupported(Locale.forLanguageTag("ms-MY")));
        assertFalse(Messages.isSupported(Locale.FRENCH));
        assertEquals("en, pt, ms, it, lt, ro", Messages.languageTags());
    }

    @Test
    void root_isEnglishWithoutGrouping() {
        Messages root = Messages.of(BUNDLE, Locale.ROOT);
        assertEquals(Locale.ROOT, root.locale());
        assertEquals("50000 customers", root.plural("count.customers", 50_000));
        assertEquals("1234.5", root.number(1234.5, 1));
        assertEquals("Hello, 12000", root.text("greeting", 12_000));
    }
}
