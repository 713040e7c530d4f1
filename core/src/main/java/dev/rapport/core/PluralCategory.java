package dev.rapport.core;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The plural form a number takes in a language: "1 customer" is {@link #ONE}, "2 customers" {@link #OTHER} in
 * English, while Lithuanian has four forms ("1 klientas", "2 klientai", "10 klientų", "0,5 kliento") and Romanian
 * three ("1 client", "2 clienți", "20 de clienți").
 * <p>
 * The rules are the cardinal rules of the Unicode CLDR "Language Plural Rules" chart
 * (https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html, plurals.xml), for the
 * languages Rapport speaks ({@link Messages#LANGUAGES}), on the operands n (absolute value), i (integer digits),
 * v (number of visible fraction digits) and f (visible fraction digits):
 * <ul>
 * <li>en: one: i = 1 and v = 0; other.
 * <li>it: one: i = 1 and v = 0; many: i != 0 and i % 1000000 = 0 and v = 0; other.
 * <li>pt: one: i = 0..1; many: as it; other. pt-PT: one: i = 1 and v = 0; many: as it; other.
 * <li>ms: other only.
 * <li>lt: one: n % 10 = 1 and n % 100 != 11..19; few: n % 10 = 2..9 and n % 100 != 11..19; many: f != 0; other.
 * <li>ro: one: i = 1 and v = 0; few: v != 0 or n = 0 or n != 1 and n % 100 = 1..19; other.
 * </ul>
 * Rapport never writes numbers in compact exponent notation, so CLDR's exponent operand e is always 0.
 * <pre>{@code
 * PluralCategory.of(Locale.forLanguageTag("lt"), 21)   // ONE
 * }</pre>
 * This type is immutable and thread-safe.
 */
public enum PluralCategory {
    /** Not used by Rapport's languages; listed for completeness of CLDR's categories. */
    ZERO,
    ONE,
    /** Not used by Rapport's languages; listed for completeness of CLDR's categories. */
    TWO,
    FEW,
    MANY,
    OTHER;

    private static final long MILLION = 1_000_000;

    /** The category as a message key suffix: {@code one}, {@code few}, {@code other} ... */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The category of a whole number (no visible fraction digits) in a language.
     *
     * @param locale  one of {@link Messages#LANGUAGES}' languages, with any region, not null
     * @param count  the number
     * @return the category, never null
     * @throws IllegalArgumentException if Rapport has no plural rules for the locale's language
     */
    public static PluralCategory of(Locale locale, long count) {
        return of(locale, BigDecimal.valueOf(count));
    }

    /**
     * The category of a number as it is written: its scale is the number of visible fraction digits, so
     * {@code 1} and {@code 1.0} may differ ("1 day", "1.0 days").
     *
     * @param locale  one of {@link Messages#LANGUAGES}' languages, with any region, not null
     * @param number  the number as written, not null
     * @return the category, never null
     * @throws IllegalArgumentException if Rapport has no plural rules for the locale's language
     */
    public static PluralCategory of(Locale locale, BigDecimal number) {
        checkNotNull(locale, "locale");
        BigDecimal n = checkNotNull(number, "number").abs();
        int v = Math.max(0, n.scale());
        long i = n.longValue();
        long f = v == 0 ? 0 : n.remainder(BigDecimal.ONE).movePointRight(v).longValue();
        boolean oneV0 = i == 1 && v == 0;
        boolean many = v == 0 && i != 0 && i % MILLION == 0;
        return switch (language(locale)) {
            case "en" -> oneV0 ? ONE : OTHER;
            case "it" -> oneV0 ? ONE : many ? MANY : OTHER;
            case "pt" -> (locale.getCountry().equals("PT") ? oneV0 : i <= 1) ? ONE : many ? MANY : OTHER;
            case "ms" -> OTHER;
            case "lt" -> lithuanian(i, f);
            case "ro" -> oneV0 ? ONE : v != 0 || i == 0 || i % 100 >= 1 && i % 100 <= 19 ? FEW : OTHER;
            default -> throw new IllegalArgumentException(unknown(locale));
        };
    }

    /** n % 10 and n % 100 are whole only when f = 0; a fraction is "many". */
    private static PluralCategory lithuanian(long i, long f) {
        if (f != 0) {
            return MANY;
        }
        long mod10 = i % 10;
        boolean teen = i % 100 >= 11 && i % 100 <= 19;
        return teen ? OTHER : mod10 == 1 ? ONE : mod10 >= 2 ? FEW : OTHER;
    }

    /**
     * The categories a language uses, so that a message has one form for each.
     *
     * @param locale  one of {@link Messages#LANGUAGES}' languages, not null
     * @return the categories, never empty; always holds {@link #OTHER}
     * @throws IllegalArgumentException if Rapport has no plural rules for the locale's language
     */
    public static Set<PluralCategory> categories(Locale locale) {
        return switch (language(checkNotNull(locale, "locale"))) {
            case "en" -> EnumSet.of(ONE, OTHER);
            case "it", "pt" -> EnumSet.of(ONE, MANY, OTHER);
            case "ms" -> EnumSet.of(OTHER);
            case "lt" -> EnumSet.of(ONE, FEW, MANY, OTHER);
            case "ro" -> EnumSet.of(ONE, FEW, OTHER);
            default -> throw new IllegalArgumentException(unknown(locale));
        };
    }

    private static String language(Locale locale) {
        String language = locale.getLanguage();
        return language.isEmpty() ? "en" : language;
    }

    private static String unknown(Locale locale) {
        return "no plural rules for language '" + locale.getLanguage() + "'; the languages are "
                + Messages.languageTags();
    }
}
