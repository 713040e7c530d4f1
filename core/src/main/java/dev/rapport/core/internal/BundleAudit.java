package dev.rapport.core.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.Messages;
import dev.rapport.core.PluralCategory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a family of message bundles for what a reader of one language would miss: a key absent from a language's
 * file, a plural form missing (or one the language does not have), arguments that differ between languages or
 * forms, a pattern {@link MessageFormat} cannot read, and a lone apostrophe (which MessageFormat would swallow).
 * Each language's file is read on its own, so a key inherited from the English base does not hide a missing
 * translation. Used by each module's bundle completeness test.
 */
public final class BundleAudit {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)\\s*(?:,\\s*(\\w+))?");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private BundleAudit() {
    }

    /**
     * The problems of the bundles {@code <baseName>[_<language>].properties} of every one of
     * {@link Messages#LANGUAGES}, one line each; empty when every language has every message.
     *
     * @param baseName  e.g. {@code dev.rapport.metrics.messages}
     */
    public static List<String> problems(String baseName) {
        checkNotNull(baseName, "baseName");
        List<String> problems = new ArrayList<>();
        Map<Locale, Properties> files = new LinkedHashMap<>();
        for (Locale language : Messages.LANGUAGES) {
            String file = fileName(baseName, language);
            Properties properties = read(file);
            if (properties == null) {
                problems.add(file + ": missing");
            } else {
                files.put(language, properties);
            }
        }
        // message key -> language -> form (null for a plain message) -> pattern
        Map<String, Map<Locale, Map<String, String>>> messages = new TreeMap<>();
        files.forEach((language, properties) -> properties.stringPropertyNames().forEach(name -> {
            String form = pluralForm(name);
            String key = form == null ? name : name.substring(0, name.length() - form.length() - 1);
            messages.computeIfAbsent(key, k -> new LinkedHashMap<>())
                    .computeIfAbsent(language, l -> new TreeMap<>(Comparator.nullsFirst(Comparator.<String>naturalOrder())))
                    .put(form, properties.getProperty(name));
        }));
        messages.forEach((key, byLanguage) -> {
            boolean plural = byLanguage.values().stream().anyMatch(forms -> !forms.containsKey(null));
            Set<String> expectedArguments = null;
            Locale first = null;
            for (Locale language : files.keySet()) {
                String file = fileName(baseName, language);
                Map<String, String> forms = byLanguage.get(language);
                if (forms == null) {
                    problems.add(file + ": missing " + key + (plural ? ".*" : ""));
                    continue;
                }
                if (plural) {
                    Set<String> wanted = new TreeSet<>();
                    PluralCategory.categories(language).forEach(c -> wanted.add(c.key()));
                    Set<String> present = new TreeSet<>();
                    forms.keySet().forEach(f -> present.add(f == null ? "(no form)" : f));
                    if (!present.equals(wanted)) {
                        problems.add(file + ": " + key + " has the plural forms " + present + ", the language has "
                                + wanted);
                    }
                }
                for (Map.Entry<String, String> form : forms.entrySet()) {
                    String name = form.getKey() == null ? key : key + "." + form.getKey();
                    String pattern = form.getValue();
                    try {
                        new MessageFormat(pattern, language);
                    } catch (IllegalArgumentException e) {
                        problems.add(file + ": " + name + " is not a message pattern: " + e.getMessage());
                        continue;
                    }
                    if (LONE_APOSTROPHE.matcher(pattern).find()) {
                        problems.add(file + ": " + name + " has a lone apostrophe; write '' for one");
                    }
                    Set<String> arguments = arguments(pattern);
                    if (expectedArguments == null) {
                        expectedArguments = arguments;
                        first = language;
                    } else if (!arguments.equals(expectedArguments)) {
                        problems.add(file + ": " + name + " has the arguments " + arguments + ", "
                                + fileName(baseName, first) + " has " + expectedArguments);
                    }
                }
            }
        });
        return problems;
    }

    /** The arguments of a pattern as {@code 0}, {@code 1:number}: the index and the format type, if any. */
    static Set<String> arguments(String pattern) {
        Set<String> arguments = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(pattern);
        while (matcher.find()) {
            arguments.add(matcher.group(1) + (matcher.group(2) == null ? "" : ":" + matcher.group(2)));
        }
        return arguments;
    }

    private static final Set<String> FORMS = formNames();

    private static Set<String> formNames() {
        Set<String> names = new TreeSet<>();
        EnumSet.allOf(PluralCategory.class).forEach(c -> names.add(c.key()));
        return names;
    }

    /** The plural form a property name ends with ({@code one}, {@code few} ...), or null for a plain message. */
    private static String pluralForm(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && FORMS.contains(name.substring(dot + 1)) ? name.substring(dot + 1) : null;
    }

    private static String fileName(String baseName, Locale language) {
        return baseName.replace('.', '/') + (language.equals(Locale.ENGLISH) ? "" : "_" + language.getLanguage())
                + ".properties";
    }

    private static Properties read(String file) {
        try (InputStream in = BundleAudit.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }
}
