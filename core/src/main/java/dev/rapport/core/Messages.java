package dev.rapport.core;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The texts Rapport writes for people, in one language: messages from a resource bundle, and numbers,
 * percentages and dates formatted for the locale. Machine formats (JSON, CSV, metric ids) never go through here.
 * <p>
 * Bundles are UTF-8 {@code .properties} files, {@code <base>.properties} in English and
 * {@code <base>_pt.properties}, {@code _ms}, {@code _it}, {@code _lt}, {@code _ro} beside it. Every message is a
 * {@link MessageFormat} pattern (so an apostrophe is written {@code ''}). A message that depends on a number has
 * one key per plural form of the language, {@code <key>.one}, {@code <key>.few}, {@code <key>.many},
 * {@code <key>.other} ({@link PluralCategory#categories(Locale)} says which), read with {@link #plural}.
 * A locale whose language Rapport does not speak gets English texts and English formats, never a mix; the
 * machine's default locale is never consulted. {@link Locale#ROOT} is the form for logs and {@code toString()}:
 * English texts, numbers without grouping separators ({@code 50000}, {@code 0.612}).
 * <pre>{@code
 * Messages.of("dev.rapport.metrics.messages", Locale.forLanguageTag("lt")).plural("count.customers", 21)
 * // "21 klientas"
 * }</pre>
 * This type is immutable and thread-safe.
 */
public final class Messages {

    /** The languages Rapport speaks, English first: en, pt, ms, it, lt, ro. */
    public static final List<Locale> LANGUAGES = ImmutableList.of(Locale.ENGLISH, Locale.forLanguageTag("pt"),
            Locale.forLanguageTag("ms"), Locale.ITALIAN, Locale.forLanguageTag("lt"), Locale.forLanguageTag("ro"));

    /** Lookups stop at the base bundle: a missing translation is never filled from the machine's locale. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /**
     * The messages of a bundle in a language.
     *
     * @param baseName  the bundle's base name, e.g. {@code dev.rapport.metrics.messages}, not null
     * @param locale  the locale; one whose language is not in {@link #LANGUAGES} gives English, not null
     * @return the messages, never null
     * @throws MissingResourceException if there is no such bundle
     */
    public static Messages of(String baseName, Locale locale) {
        checkNotNull(baseName, "baseName");
        Locale spoken = supported(checkNotNull(locale, "locale"));
        return new Messages(ResourceBundle.getBundle(baseName, spoken, Messages.class.getClassLoader(), NO_FALLBACK),
                spoken);
    }

    /** Whether Rapport speaks the locale's language (any region). */
    public static boolean isSupported(Locale locale) {
        return LANGUAGES.stream().anyMatch(l -> l.getLanguage().equals(locale.getLanguage()));
    }

    /**
     * The locale itself if Rapport speaks its language or it is {@link Locale#ROOT}, else
     * {@link Locale#ENGLISH}.
     */
    public static Locale supported(Locale locale) {
        return isSupported(locale) || locale.equals(Locale.ROOT) ? locale : Locale.ENGLISH;
    }

    /** The language tags of {@link #LANGUAGES}: {@code en, pt, ms, it, lt, ro}. */
    public static String languageTags() {
        return LANGUAGES.stream().map(Locale::toLanguageTag).collect(Collectors.joining(", "));
    }

    /** The locale whose texts and formats these are. */
    public Locale locale() {
        return locale;
    }

    /** Whether the bundle has a message (or, for a plural message, its {@code other} form) under the key. */
    public boolean has(String key) {
        return bundle.containsKey(key) || bundle.containsKey(key + "." + PluralCategory.OTHER.key());
    }

    /**
     * A message with its arguments; numbers among them are formatted for the locale unless the pattern says how.
     *
     * @throws MissingResourceException if the bundle has no such key
     */
    public String text(String key, Object... arguments) {
        return format(bundle.getString(checkNotNull(key, "key")), arguments);
    }

    /**
     * The form of a plural message for a whole number: {@code <key>.<category>} with the count as argument
     * {0} and the other arguments after it.
     *
     * @throws MissingResourceException if the bundle has no form for the count's category
     */
    public String plural(String key, long count, Object... arguments) {
        return form(key, PluralCategory.of(locale, count), count, arguments);
    }

    /**
     * The form of a plural message for a number as written, e.g. {@code new BigDecimal("1.5")}; argument {0} is
     * the number formatted with its scale's fraction digits.
     */
    public String plural(String key, BigDecimal number, Object... arguments) {
        return form(key, PluralCategory.of(locale, number), number(number.doubleValue(), Math.max(0, number.scale())),
                arguments);
    }

    private String form(String key, PluralCategory category, Object first, Object... arguments) {
        Object[] all = new Object[arguments.length + 1];
        all[0] = first;
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return format(bundle.getString(checkNotNull(key, "key") + "." + category.key()), all);
    }

    /** Whole numbers in a plain {@code {n}} are formatted as {@link #integer}, so that {@link Locale#ROOT} does not group. */
    private String format(String pattern, Object... arguments) {
        MessageFormat format = new MessageFormat(pattern, locale);
        java.text.Format[] formats = format.getFormatsByArgumentIndex();
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            boolean plain = i >= formats.length || formats[i] == null;
            if (plain && (shown[i] instanceof Long || shown[i] instanceof Integer)) {
                shown[i] = integer(((Number) shown[i]).longValue());
            }
        }
        return format.format(shown);
    }

    //-----------------------------------------------------------------------
    /** A number with exactly {@code decimals} fraction digits, grouped, rounded half up: {@code 1,234.5}. */
    public String number(double value, int decimals) {
        return fixed(NumberFormat.getNumberInstance(locale), decimals).format(value);
    }

    /** A whole number, grouped: {@code 50,000} (en), {@code 50.000} (it), {@code 50 000} (lt). */
    public String integer(long value) {
        return fixed(NumberFormat.getIntegerInstance(locale), 0).format(value);
    }

    /** A share as a percentage with {@code decimals} fraction digits: {@code 61.2%} (en), {@code 61,2 %} (lt). */
    public String percent(double share, int decimals) {
        return fixed(NumberFormat.getPercentInstance(locale), decimals).format(share);
    }

    /** A day in the locale's medium style: {@code Jul 1, 2026} (en), {@code 01/07/2026} (pt). */
    public String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }

    private NumberFormat fixed(NumberFormat format, int decimals) {
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        format.setGroupingUsed(!locale.equals(Locale.ROOT));
        return format;
    }

    @Override
    public String toString() {
        return "messages " + bundle.getBaseBundleName() + " in " + locale.toLanguageTag();
    }
}
