package dev.rapport.core.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/** Spelling conversions between Java names and the snake_case of Rapport's JSON. */
public final class Names {

    private static final Pattern CAMEL = Pattern.compile("([a-z0-9])([A-Z])");

    private Names() {
    }

    /** Turns {@code waitSeconds} into {@code wait_seconds}; leaves other text alone. */
    public static String snake(String javaName) {
        return CAMEL.matcher(javaName).replaceAll("$1_$2").toLowerCase(Locale.ROOT);
    }

    /** Turns {@code ExpectationGap} into {@code expectation gap}, for messages. */
    public static String words(Class<?> type) {
        return CAMEL.matcher(type.getSimpleName()).replaceAll("$1 $2").toLowerCase(Locale.ROOT);
    }
}
