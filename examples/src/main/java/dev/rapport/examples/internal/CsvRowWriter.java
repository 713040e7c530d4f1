package dev.rapport.examples.internal;

import dev.rapport.core.Initiator;
import dev.rapport.core.Outcome;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Writes sample rows as canonical CSV straight into a byte buffer: every value is ASCII, numbers are written
 * digit by digit and the date part of each timestamp comes from a per-day cache, so a row costs no allocation
 * and no formatting call. Mutable, for use from a single thread.
 */
public final class CsvRowWriter {

    private static final int BUFFER = 1 << 16;
    private static final int MAX_ROW = 1_024;
    private static final long DAY = 86_400;
    private static final byte[][] OUTCOMES = new byte[Outcome.values().length][];
    private static final byte[][] SEGMENTS = new byte[RetailSegment.values().length][];

    static {
        for (Outcome outcome : Outcome.values()) {
            OUTCOMES[outcome.ordinal()] = ascii(outcome.name().toLowerCase(Locale.ROOT));
        }
        for (RetailSegment segment : RetailSegment.values()) {
            SEGMENTS[segment.ordinal()] = ascii(segment.id());
        }
    }

    private final OutputStream out;
    private final byte[] buffer = new byte[BUFFER];
    private int length;
    private final long firstDay;
    private final byte[][] dates;

    /**
     * A writer for rows whose timestamps lie between two epoch seconds.
     *
     * @param out  where the bytes go; not closed by this writer
     * @param start  the first epoch second of the period, inclusive
     * @param end  the last epoch second of the period, exclusive
     */
    public CsvRowWriter(OutputStream out, long start, long end) {
        this.out = out;
        this.firstDay = Math.floorDiv(start, DAY);
        int days = (int) (Math.floorDiv(end - 1, DAY) - firstDay + 1);
        this.dates = new byte[days][];
        for (int i = 0; i < days; i++) {
            dates[i] = ascii(LocalDate.ofEpochDay(firstDay + i) + "T");
        }
    }

    /** Writes the header line. */
    public void header(String header) throws IOException {
        put(ascii(header));
        buffer[length++] = '\n';
    }

    /** Writes one row. */
    public void row(SampleRow row) throws IOException {
        if (length > BUFFER - MAX_ROW) {
            flush();
        }
        put('i', '-');
        number(row.sequence);
        put(',', 'c', '-');
        number(row.customer);
        buffer[length++] = ',';
        if (row.caseNumber != 0) {
            put(CASE);
            number(row.caseNumber);
        }
        buffer[length++] = ',';
        timestamp(row.epochSecond);
        buffer[length++] = ',';
        put(row.touchpoint.csvColumns);
        buffer[length++] = ',';
        if (row.waitSeconds != SampleRow.UNKNOWN) {
            number(row.waitSeconds);
        }
        buffer[length++] = ',';
        if (row.handleSeconds != SampleRow.UNKNOWN) {
            number(row.handleSeconds);
        }
        buffer[length++] = ',';
        put(OUTCOMES[row.outcome.ordinal()]);
        buffer[length++] = ',';
        if (row.agent != null) {
            for (int i = 0, n = row.agent.length(); i < n; i++) {
                buffer[length++] = (byte) row.agent.charAt(i);
            }
        }
        buffer[length++] = ',';
        put(SEGMENTS[row.segment.ordinal()]);
        buffer[length++] = ',';
        put(row.touchpoint.initiator() == Initiator.COMPANY ? COMPANY : CUSTOMER);
        buffer[length++] = ',';
        if (row.reason != null) {
            for (int i = 0, n = row.reason.length(); i < n; i++) {
                buffer[length++] = (byte) row.reason.charAt(i);
            }
        }
        answer(row.nps);
        answer(row.csat);
        answer(row.ces);
        for (int rating : row.ratings) {
            answer(rating);
        }
        buffer[length++] = '\n';
    }

    /** Writes out what is buffered. */
    public void flush() throws IOException {
        out.write(buffer, 0, length);
        length = 0;
    }

    //-----------------------------------------------------------------------
    private static final byte[] CASE = ascii("case-");
    private static final byte[] COMPANY = ascii("company");
    private static final byte[] CUSTOMER = ascii("customer");

    private void answer(int value) {
        buffer[length++] = ',';
        if (value != SampleRow.NOT_ANSWERED) {
            number(value);
        }
    }

    private void timestamp(long epochSecond) {
        long day = Math.floorDiv(epochSecond, DAY);
        put(dates[(int) (day - firstDay)]);
        int second = (int) (epochSecond - day * DAY);
        twoDigits(second / 3600);
        buffer[length++] = ':';
        twoDigits(second / 60 % 60);
        buffer[length++] = ':';
        twoDigits(second % 60);
        buffer[length++] = 'Z';
    }

    private void twoDigits(int value) {
        buffer[length++] = (byte) ('0' + value / 10);
        buffer[length++] = (byte) ('0' + value % 10);
    }

    private void number(long value) {
        if (value == 0) {
            buffer[length++] = '0';
            return;
        }
        int digits = 0;
        for (long rest = value; rest != 0; rest /= 10) {
            digits++;
        }
        int at = length + digits;
        for (long rest = value; rest != 0; rest /= 10) {
            buffer[--at] = (byte) ('0' + rest % 10);
        }
        length += digits;
    }

    private void put(byte[] bytes) {
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
    }

    private void put(char a, char b) {
        buffer[length++] = (byte) a;
        buffer[length++] = (byte) b;
    }

    private void put(char a, char b, char c) {
        buffer[length++] = (byte) a;
        buffer[length++] = (byte) b;
        buffer[length++] = (byte) c;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
