package dev.rapport.data.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Cheap timestamp parsing for imports: a hand-written fast path for ISO-8601 date-times
 * ({@code 2026-01-05T09:30:00Z}, with optional fraction and {@code ±HH:MM} offset, {@code T} or a space),
 * falling back to {@code java.time} for anything else.
 */
public final class Timestamps {

    private Timestamps() {
    }

    /**
     * Parses an ISO-8601 instant or offset date-time; a local date-time is taken in {@code zone}.
     *
     * @throws IllegalArgumentException quoting the text if it is none of these
     */
    public static Instant parseIso(String text, ZoneId zone) {
        Instant fast = fastPath(text);
        if (fast != null) {
            return fast;
        }
        try {
            return inRange(OffsetDateTime.parse(text).toInstant(), text);
        } catch (DateTimeException e) {
            try {
                return inRange(LocalDateTime.parse(text).atZone(zone).toInstant(), text);
            } catch (DateTimeException e2) {
                throw new IllegalArgumentException("unparseable timestamp '" + text + "'", e2);
            }
        }
    }

    /**
     * The instant, if epoch milliseconds can hold it (about 292 million years either side of 1970), as the columns
     * and every later stage need; the one rule of every reader.
     *
     * @throws IllegalArgumentException quoting the text if not
     */
    public static Instant inRange(Instant instant, String text) {
        if (instant.isBefore(MIN) || instant.isAfter(MAX)) {
            throw new IllegalArgumentException("timestamp '" + text + "' is beyond the range of epoch milliseconds");
        }
        return instant;
    }

    private static final Instant MIN = Instant.ofEpochMilli(Long.MIN_VALUE);
    private static final Instant MAX = Instant.ofEpochMilli(Long.MAX_VALUE);

    /**
     * Parses with a pattern, in {@code zone} unless the text carries an offset.
     *
     * @throws IllegalArgumentException quoting the text if it does not match
     */
    public static Instant parse(String text, DateTimeFormatter zonedFormatter) {
        try {
            return inRange(Instant.from(zonedFormatter.parse(text)), text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("unparseable timestamp '" + text + "'", e);
        }
    }

    private static Instant fastPath(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || (s.charAt(10) != 'T' && s.charAt(10) != ' ')
                || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4), month = digits(s, 5, 7), day = digits(s, 8, 10);
        int hour = digits(s, 11, 13), minute = digits(s, 14, 16), second = digits(s, 17, 19);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        int pos = 19;
        int nanos = 0;
        if (s.charAt(pos) == '.') {
            pos++;
            int scale = 100_000_000;
            int start = pos;
            while (pos < n && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
                if (pos - start < 9) {
                    nanos += (s.charAt(pos) - '0') * scale;
                    scale /= 10;
                }
                pos++;
            }
            if (pos == start || pos >= n) {
                return null;
            }
        }
        int offsetSeconds;
        char sign = s.charAt(pos);
        if (sign == 'Z' && pos == n - 1) {
            offsetSeconds = 0;
        } else if ((sign == '+' || sign == '-') && pos + 6 == n && s.charAt(pos + 3) == ':') {
            int oh = digits(s, pos + 1, pos + 3), om = digits(s, pos + 4, pos + 6);
            if (oh < 0 || oh > 18 || om < 0 || om > 59) {
                return null;
            }
            offsetSeconds = (sign == '+' ? 1 : -1) * (oh * 3600 + om * 60);
        } else {
            return null;
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return null;
        }
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3600L + minute * 60L + second - offsetSeconds, nanos);
    }

    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
