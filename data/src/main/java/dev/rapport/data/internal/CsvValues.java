package dev.rapport.data.internal;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Cell values parsed straight from UTF-8 bytes, each with the exact result of journey's CSV import: a fast path for
 * the common shapes, and otherwise the same {@code java.time} and {@link Double#parseDouble} calls on the text.
 * This type is thread-safe.
 */
final class CsvValues {

    /** What a fast path returns when the text has another shape: take the general path. */
    static final long NOT_FAST = Long.MIN_VALUE;

    private static final long DAYS_0000_TO_1970 = 719_528;

    private CsvValues() {
    }

    /**
     * Whether text is a plain decimal number, as people and spreadsheets write one: an optional sign, digits with
     * at most one point (at least one digit), and an optional exponent ({@code 1.5e3}). Not Java's extras that
     * {@link Double#parseDouble} also takes ({@code 30d}, {@code 30f}, {@code 0x1p3}, {@code NaN},
     * {@code Infinity}): a cell {@code 30d} is a typo, not 30 seconds. The one rule of every reader.
     */
    static boolean isDecimal(String text) {
        int n = text.length();
        int i = 0;
        if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        boolean point = false;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int exponent = 0;
            for (; i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9'; i++) {
                exponent++;
            }
            if (exponent == 0) {
                return false;
            }
        }
        return i == n;
    }

    /**
     * A plain decimal number ({@link #isDecimal}) as {@link Double#parseDouble} reads it.
     *
     * @throws NumberFormatException for any other text
     */
    static double decimal(String text) {
        if (!isDecimal(text)) {
            throw new NumberFormatException("not a decimal number: " + text);
        }
        return Double.parseDouble(text);
    }

    static String text(byte[] bytes, int from, int to) {
        return new String(bytes, from, to - from, StandardCharsets.UTF_8);
    }

    //-----------------------------------------------------------------------
    /**
     * The epoch milliseconds of an ISO-8601 date-time in the shape journey's {@code Timestamps} reads without
     * {@code java.time} ({@code 2026-01-05T09:30:00Z}, {@code T} or a space, an optional fraction of which the
     * first nine digits count, {@code Z} or {@code ±HH:MM}), or {@link #NOT_FAST}. A byte-for-byte port of that
     * fast path: every position is compared with an ASCII character, so text with any other byte is not fast, as
     * the same text is not fast there.
     */
    static long fastIsoMillis(byte[] s, int from, int to) {
        int n = to - from;
        if (n < 20 || s[from + 4] != '-' || s[from + 7] != '-' || (s[from + 10] != 'T' && s[from + 10] != ' ')
                || s[from + 13] != ':' || s[from + 16] != ':') {
            return NOT_FAST;
        }
        int year = digits(s, from, from + 4);
        int month = digits(s, from + 5, from + 7);
        int day = digits(s, from + 8, from + 10);
        int hour = digits(s, from + 11, from + 13);
        int minute = digits(s, from + 14, from + 16);
        int second = digits(s, from + 17, from + 19);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 59) {
            return NOT_FAST;
        }
        int pos = 19;
        int nanos = 0;
        if (s[from + pos] == '.') {
            pos++;
            int scale = 100_000_000;
            int start = pos;
            while (pos < n && s[from + pos] >= '0' && s[from + pos] <= '9') {
                if (pos - start < 9) {
                    nanos += (s[from + pos] - '0') * scale;
                    scale /= 10;
                }
                pos++;
            }
            if (pos == start || pos >= n) {
                return NOT_FAST;
            }
        }
        int offsetSeconds;
        byte sign = s[from + pos];
        if (sign == 'Z' && pos == n - 1) {
            offsetSeconds = 0;
        } else if ((sign == '+' || sign == '-') && pos + 6 == n && s[from + pos + 3] == ':') {
            int oh = digits(s, from + pos + 1, from + pos + 3);
            int om = digits(s, from + pos + 4, from + pos + 6);
            if (oh < 0 || oh > 18 || om < 0 || om > 59) {
                return NOT_FAST;
            }
            offsetSeconds = (sign == '+' ? 1 : -1) * (oh * 3600 + om * 60);
        } else {
            return NOT_FAST;
        }
        boolean leap = (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
        if (day > lengthOfMonth(month, leap)) {
            return NOT_FAST; // LocalDate.of would throw: the fast path gives up, and java.time rejects it
        }
        long seconds = epochDay(year, month, day, leap) * 86_400 + hour * 3600L + minute * 60L + second
                - offsetSeconds;
        return seconds * 1000 + nanos / 1_000_000; // Instant.toEpochMilli, also before 1970 (nanos >= 0)
    }

    private static int lengthOfMonth(int month, boolean leap) {
        switch (month) {
            case 2: return leap ? 29 : 28;
            case 4: case 6: case 9: case 11: return 30;
            default: return 31;
        }
    }

    /** {@code LocalDate.toEpochDay} for a year from 0 to 9999. */
    private static long epochDay(long y, long m, int day, boolean leap) {
        long total = 365 * y + (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
        total += (367 * m - 362) / 12;
        total += day - 1;
        if (m > 2) {
            total--;
            if (!leap) {
                total--;
            }
        }
        return total - DAYS_0000_TO_1970;
    }

    private static int digits(byte[] s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            int d = s[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    /**
     * The epoch milliseconds of a timestamp the fast path did not read: an ISO offset date-time, else a local
     * date-time in {@code zone}; or, with a pattern, what the formatter reads.
     *
     * @throws IllegalArgumentException {@code unparseable timestamp '<text>'}, or if it is beyond epoch milliseconds
     */
    static long slowMillis(String text, ZoneId zone, DateTimeFormatter formatter) {
        Instant instant;
        if (formatter != null) {
            try {
                instant = Instant.from(formatter.parse(text));
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("unparseable timestamp '" + text + "'", e);
            }
        } else {
            try {
                instant = OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeException e) {
                try {
                    instant = LocalDateTime.parse(text).atZone(zone).toInstant();
                } catch (DateTimeException e2) {
                    throw new IllegalArgumentException("unparseable timestamp '" + text + "'", e2);
                }
            }
        }
        return Timestamps.inRange(instant, text).toEpochMilli();
    }

    //-----------------------------------------------------------------------
    /**
     * Whole milliseconds of a number of seconds written as up to nine ASCII digits, optionally a point and up to
     * three more ({@code 95}, {@code 0.25}, {@code 12.}), or -1 for any other text. The result equals
     * {@code Math.round(Double.parseDouble(text) * 1000)}: the decimal times 1000 is a whole number M below
     * 10<sup>12</sup>, the parsed double and the product are each within a relative 2<sup>-53</sup> of exact, so the
     * product is within 2.3e-4 of M and rounds to it.
     */
    static long fastMillis(byte[] s, int from, int to) {
        long value = 0;
        int i = from;
        while (i < to && s[i] >= '0' && s[i] <= '9') {
            value = value * 10 + (s[i] - '0');
            i++;
        }
        int whole = i - from;
        if (whole > 9) {
            return -1;
        }
        int fraction = 0;
        if (i < to && s[i] == '.') {
            i++;
            while (i < to && fraction < 3 && s[i] >= '0' && s[i] <= '9') {
                value = value * 10 + (s[i] - '0');
                fraction++;
                i++;
            }
        }
        if (i != to || whole + fraction == 0) {
            return -1;
        }
        for (; fraction < 3; fraction++) {
            value *= 10;
        }
        return value;
    }

    /** Up to nine ASCII digits as a number, or -1 for any other text. */
    static int fastWhole(byte[] s, int from, int to) {
        return to == from || to - from > 9 ? -1 : digits(s, from, to);
    }

    //-----------------------------------------------------------------------
    /** Whether a trimmed cell is blank in the sense of {@link String#isBlank()} (no byte decoded when ASCII). */
    static boolean isBlank(byte[] s, int from, int to) {
        if (from < to && s[from] > ' ') {
            return false; // an ASCII character other than a space or control: not blank
        }
        return text(s, from, to).isBlank();
    }

    /** Whether the cell equals {@code lower} (lower-case ASCII) ignoring case as {@link String#equalsIgnoreCase}. */
    static boolean equalsIgnoreCase(byte[] s, int from, int to, String lower) {
        if (to - from == lower.length()) {
            boolean equal = true;
            for (int i = 0; i < lower.length() && equal; i++) {
                int c = s[from + i];
                equal = (c >= 'A' && c <= 'Z' ? c + 32 : c) == lower.charAt(i);
            }
            if (equal) {
                return true;
            }
        }
        for (int i = from; i < to; i++) {
            if (s[i] < 0) {
                return text(s, from, to).equalsIgnoreCase(lower);
            }
        }
        return false;
    }

    /**
     * What a survey export writes in a 1-5 rating cell for "not applicable", compared ignoring case after trimming:
     * {@code 0} (the code of airline and hotel survey files, whose scales start at 1), {@code n/a}, {@code na} and
     * {@code not applicable}. Both CSV readers use this one rule.
     */
    static final List<String> NOT_APPLICABLE = List.of("0", "n/a", "na", "not applicable");

    /** Whether a trimmed rating cell says "not applicable" ({@link #NOT_APPLICABLE}). */
    static boolean isNotApplicable(String trimmed) {
        for (String code : NOT_APPLICABLE) {
            if (trimmed.equalsIgnoreCase(code)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a trimmed rating cell says "not applicable" ({@link #NOT_APPLICABLE}). */
    static boolean isNotApplicable(byte[] s, int from, int to) {
        if (to - from > 14) {
            return false;
        }
        for (String code : NOT_APPLICABLE) {
            if (equalsIgnoreCase(s, from, to, code)) {
                return true;
            }
        }
        return false;
    }

    /** Describes the character at {@code pos} as Jackson's parser errors do, e.g. {@code 'c' (code 99)}. */
    static String describe(byte[] s, int pos, int limit) {
        char c = s[pos] >= 0 ? (char) s[pos] : text(s, pos, Math.min(limit, pos + 4)).charAt(0);
        int code = c;
        if (Character.isISOControl(c)) {
            return "(CTRL-CHAR, code " + code + ")";
        }
        if (code > 255) {
            return "'" + c + "' (code " + code + " / 0x" + Integer.toHexString(code) + ")";
        }
        return "'" + c + "' (code " + code + ")";
    }
}
