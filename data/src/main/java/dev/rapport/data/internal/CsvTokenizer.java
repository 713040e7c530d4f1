package dev.rapport.data.internal;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits the bytes of a CSV file into rows of cells, as byte ranges, by the dialect of journey's CSV import
 * (Jackson's CSV parser): a comma between cells; {@code \n}, {@code \r\n} or a lone {@code \r} ends a line; a cell
 * that starts with {@code "} is quoted, may hold commas, quotes written twice and line ends, and may be followed by
 * spaces and control characters before the next comma or line end; a quote anywhere else is an ordinary character.
 * Cells are trimmed of characters up to U+0020 at both ends, as {@link String#trim()} does. Lines are counted
 * physically, inside quoted cells too.
 * <p>
 * The file is read with positional reads into a buffer that starts at a given file position and grows on demand;
 * positions below are offsets into {@link #buf}, whose first byte is the file's byte {@link #base}.
 * Mutable, for use from a single thread.
 */
final class CsvTokenizer {

    /** {@link #row} found malformed CSV: {@link #problem} says what, {@link #problemLines} where. */
    static final int FATAL = -1;
    /** {@link #row} would have had to read beyond {@link #cap}. */
    static final int GAVE_UP = -2;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** What a byte is to {@link #plainRow}: 0 ordinary, 1 a comma, {@link #STOP} a line end or a quote. */
    private static final byte[] KIND = new byte[256];
    private static final int STOP = 2;

    static {
        KIND[','] = 1;
        KIND['\n'] = STOP;
        KIND['\r'] = STOP;
        KIND['"'] = STOP;
    }

    private final FileChannel file;
    private long fileSize;
    private final long cap;

    /** The bytes read, from file position {@link #base}; valid up to {@link #limit}. */
    byte[] buf;
    final long base;
    int limit;
    boolean gaveUp;
    /** Whether to trim cells (false for the header, whose names journey reports as written). */
    boolean trim = true;

    /** The last row: its cells' trimmed bytes in {@link #buf}. */
    int cells;
    int[] from = new int[32];
    int[] to = new int[32];
    /** Whether the last row is blank: one cell, empty before trimming (an empty line, or {@code ""}). */
    boolean blank;
    /** The line ends the last row took, including the one that ends it. */
    int lineEnds;
    String problem;
    /** The line ends within the row before its problem. */
    int problemLines;
    /** Where {@link #plainRow} found the commas of a row, and its line end. */
    private final int[] commas = new int[1024];

    /**
     * Reads the file from {@code position}.
     *
     * @param buffer  a buffer to fill (the tokenizer may replace it with a larger one: see {@link #buf})
     * @param readTo  the file position to read up to at first (more is read when a row goes beyond)
     * @param cap  the file position beyond which not to read: {@link #row} gives up instead
     */
    CsvTokenizer(FileChannel file, long fileSize, byte[] buffer, long position, long readTo, long cap)
            throws IOException {
        this.file = file;
        this.fileSize = fileSize;
        this.cap = cap;
        this.base = position;
        long wanted = Math.min(fileSize, Math.max(readTo, position)) - position;
        buf = buffer.length >= wanted ? buffer : new byte[(int) wanted];
        limit = read(position, buf, 0, (int) wanted);
    }

    /** The file position of offset {@code pos}. */
    long position(int pos) {
        return base + pos;
    }

    /** Whether there is a byte at {@code pos}, reading more of the file if needed. */
    boolean has(int pos) throws IOException {
        while (pos >= limit) {
            if (!fill()) {
                return false;
            }
        }
        return true;
    }

    /** Reads more of the file into {@link #buf}; false at the end of the file or when the cap is reached. */
    private boolean fill() throws IOException {
        long end = base + limit;
        if (end >= fileSize) {
            return false;
        }
        if (end >= cap) {
            gaveUp = true;
            return false;
        }
        if (limit == buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, 64));
        }
        int wanted = (int) Math.min(buf.length - limit, fileSize - end);
        int read = read(end, buf, limit, wanted);
        if (read == 0) {
            fileSize = end; // the file shrank while being read
            return false;
        }
        limit += read;
        return true;
    }

    private int read(long position, byte[] into, int offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(into, offset, length);
        while (buffer.hasRemaining()) {
            if (file.read(buffer, position + buffer.position() - offset) < 0) {
                break;
            }
        }
        return buffer.position() - offset;
    }

    //-----------------------------------------------------------------------
    /**
     * The offset of the first row start at or after {@code pos}, assuming the line end before it is outside quotes:
     * just after the first {@code \n}, {@code \r\n} or lone {@code \r} that ends at or after {@code pos}, looking
     * from {@code pos - 1}; the end of the file if there is none; or {@link #GAVE_UP}.
     */
    int lineStartFrom(int pos) throws IOException {
        for (int i = pos - 1; ; i++) {
            if (!has(i)) {
                return gaveUp ? GAVE_UP : limit;
            }
            byte b = buf[i];
            if (b == '\n') {
                return i + 1;
            }
            if (b == '\r') {
                if (!has(i + 1)) {
                    return gaveUp ? GAVE_UP : i + 1;
                }
                return buf[i + 1] == '\n' ? i + 2 : i + 1;
            }
        }
    }

    /**
     * Reads the row that starts at {@code pos}, which must hold a byte; sets {@link #cells}, {@link #from},
     * {@link #to} (offsets in {@link #buf}), {@link #blank} and {@link #lineEnds}. A quoted cell's doubled quotes
     * are made single in place, the bytes freed at its end overwritten with spaces (so the row's line ends and
     * UTF-8 validity are unchanged).
     *
     * @return the offset just after the row's line end (or the end of the file), {@link #FATAL} or {@link #GAVE_UP}
     */
    int row(int pos) throws IOException {
        int next = plainRow(pos);
        return next >= 0 ? next : anyRow(pos);
    }

    /**
     * The common row, without a quote and wholly in the buffer, in one pass that notes where every comma is: eight
     * bytes at a time, each compared with a comma, a line end and a quote by exact zero-byte tests on a word, the
     * commas taken from the bit mask; the last few bytes one by one. Returns -1 for any other row, to be read by
     * {@link #anyRow}; for a plain row both give the same cells.
     */
    private int plainRow(int pos) {
        byte[] a = buf;
        int lim = limit;
        int[] at = commas;
        int max = at.length - 1;
        int n = 0;
        int i = pos;
        int lastWord = Math.min(lim, a.length) - 8; // bytes from the limit on may be stale: never look at them
        while (i <= lastWord && n < max - 8) { // eight bytes at a time
            long word = (long) LONGS.get(a, i);
            long stops = zeros(word ^ 0x0A0A0A0A0A0A0A0AL) | zeros(word ^ 0x0D0D0D0D0D0D0D0DL)
                    | zeros(word ^ 0x2222222222222222L);
            long found = zeros(word ^ 0x2C2C2C2C2C2C2C2CL);
            if (stops != 0) {
                found &= (stops & -stops) - 1; // only the commas before the first stop
            }
            while (found != 0) {
                at[n++] = i + (Long.numberOfTrailingZeros(found) >>> 3);
                found &= found - 1;
            }
            if (stops != 0) {
                i += Long.numberOfTrailingZeros(stops) >>> 3;
                break;
            }
            i += 8;
        }
        while (i < lim && n < max) {
            int kind = KIND[a[i] & 0xFF];
            if (kind == STOP) {
                break;
            }
            at[n] = i;
            n += kind;
            i++;
        }
        if (i >= lim || n >= max) {
            return -1;
        }
        byte b = a[i];
        if (b == '"') {
            return -1;
        }
        if (n + 1 > from.length) {
            growCells(n + 1);
        }
        at[n] = i;
        int[] starts = from;
        int[] ends = to;
        int start = pos;
        for (int c = 0; c <= n; c++) {
            int end = at[c];
            int s = start;
            int e = end;
            if (trim) {
                while (s < e && (a[s] & 0xFF) <= ' ') {
                    s++;
                }
                while (e > s && (a[e - 1] & 0xFF) <= ' ') {
                    e--;
                }
            }
            starts[c] = s;
            ends[c] = e;
            start = end + 1;
        }
        cells = n + 1;
        blank = n == 0 && at[0] == pos;
        lineEnds = 1;
        i++;
        if (b == '\r' && i < lim && a[i] == '\n') {
            i++;
        }
        return i < lim || b == '\n' ? i : -1; // a \r at the buffer's end may be followed by a \n: read it all
    }

    /** Any row, reading on into the file where it needs to. */
    private int anyRow(int pos) throws IOException {
        byte[] a = buf;
        int lim = limit;
        int[] starts = from;
        int[] ends = to;
        int lines = 0;
        int n = 0;
        boolean first = true;
        while (true) {
            if (n == starts.length) {
                growCells();
                starts = from;
                ends = to;
            }
            if (pos >= lim) {
                if (!has(pos)) {
                    if (gaveUp) {
                        return GAVE_UP;
                    }
                    starts[n] = pos; // the file ends after a comma: one more, empty cell
                    ends[n] = pos;
                    n++;
                    break;
                }
                a = buf;
                lim = limit;
            }
            byte b = a[pos];
            int start;
            int end;
            boolean empty; // before trimming: what makes a one-cell row blank
            if (b != '"') {
                start = pos;
                while (true) {
                    while (pos < lim && (b = a[pos]) != ',' && b != '\n' && b != '\r') {
                        pos++;
                    }
                    if (pos < lim) {
                        break;
                    }
                    if (!has(pos)) {
                        if (gaveUp) {
                            return GAVE_UP;
                        }
                        break;
                    }
                    a = buf;
                    lim = limit;
                }
                end = pos;
                empty = end == start;
            } else {
                int quoteLines = lines;
                pos++;
                start = pos;
                boolean doubled = false;
                while (true) {
                    if (pos >= lim) {
                        if (!has(pos)) {
                            if (gaveUp) {
                                return GAVE_UP;
                            }
                            return fatal("Missing closing quote for value", quoteLines);
                        }
                        a = buf;
                        lim = limit;
                    }
                    b = a[pos];
                    if (b == '"') {
                        if (pos + 1 >= lim) {
                            if (!has(pos + 1)) {
                                if (gaveUp) {
                                    return GAVE_UP;
                                }
                                break; // closed at the end of the file
                            }
                            a = buf;
                            lim = limit;
                        }
                        if (a[pos + 1] != '"') {
                            break;
                        }
                        doubled = true;
                        pos += 2;
                        continue;
                    }
                    if (b == '\n') {
                        if (a[pos - 1] != '\r') {
                            lines++;
                        }
                    } else if (b == '\r') {
                        lines++;
                    }
                    pos++;
                }
                end = pos;
                pos++;
                while (true) { // Jackson skips spaces and control characters after the closing quote
                    if (pos >= lim) {
                        if (!has(pos)) {
                            if (gaveUp) {
                                return GAVE_UP;
                            }
                            break;
                        }
                        a = buf;
                        lim = limit;
                    }
                    b = a[pos];
                    if ((b & 0xFF) > ' ' || b == '\n' || b == '\r') {
                        break;
                    }
                    pos++;
                }
                if (pos < lim && b != ',' && b != '\n' && b != '\r') {
                    return fatal("Unexpected character (" + CsvValues.describe(a, pos, lim)
                            + "): Expected column separator character (',' (code 44)) or end-of-line", lines);
                }
                empty = end == start;
                if (doubled) {
                    int at = start;
                    for (int i = start; i < end; i++) {
                        a[at++] = a[i];
                        if (a[i] == '"') {
                            i++; // the second quote of the pair
                        }
                    }
                    Arrays.fill(a, at, end, (byte) ' ');
                    end = at;
                }
            }
            if (first) {
                blank = empty;
                first = false;
            }
            if (trim) {
                while (start < end && (a[start] & 0xFF) <= ' ') {
                    start++;
                }
                while (end > start && (a[end - 1] & 0xFF) <= ' ') {
                    end--;
                }
            }
            starts[n] = start;
            ends[n] = end;
            n++;
            if (pos >= lim) {
                break; // the end of the file
            }
            b = a[pos];
            if (b == ',') {
                pos++;
                continue;
            }
            lines++;
            pos++;
            if (b == '\r') {
                if (pos < lim || has(pos)) {
                    if (buf[pos] == '\n') {
                        pos++;
                    }
                } else if (gaveUp) {
                    return GAVE_UP;
                }
            }
            break;
        }
        cells = n;
        if (n > 1) {
            blank = false;
        }
        lineEnds = lines;
        return pos;
    }

    /** The high bit of each zero byte of {@code x}, exactly (no carry between bytes). */
    private static long zeros(long x) {
        return ~(((x & 0x7F7F7F7F7F7F7F7FL) + 0x7F7F7F7F7F7F7F7FL) | x | 0x7F7F7F7F7F7F7F7FL);
    }

    private int fatal(String message, int lines) {
        problem = "malformed CSV: " + message;
        problemLines = lines;
        return FATAL;
    }

    private void growCells() {
        growCells(from.length * 2);
    }

    private void growCells(int capacity) {
        from = Arrays.copyOf(from, capacity);
        to = Arrays.copyOf(to, capacity);
    }

    //-----------------------------------------------------------------------
    /**
     * The offset of the first byte in {@code [start, end)} that does not begin a well-formed UTF-8 sequence,
     * or -1 if all is UTF-8. ASCII is checked eight bytes at a time; only text with other bytes is decoded.
     */
    int malformedUtf8(int start, int end) {
        int i = start;
        while (i + 8 <= end && ((long) LONGS.get(buf, i) & 0x8080808080808080L) == 0) {
            i += 8;
        }
        while (i < end && buf[i] >= 0) {
            i++;
        }
        if (i == end) {
            return -1;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        ByteBuffer in = ByteBuffer.wrap(buf, i, end - i);
        CharBuffer out = CharBuffer.allocate(4096);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                return -1;
            }
            out.clear();
        }
    }

    /** The line ends ({@code \n}, {@code \r\n}, lone {@code \r}) in {@code [start, end)}. */
    int lineEndsIn(int start, int end) {
        int lines = 0;
        for (int i = start; i < end; i++) {
            if (buf[i] == '\n') {
                if (i == start || buf[i - 1] != '\r') {
                    lines++;
                }
            } else if (buf[i] == '\r') {
                lines++;
            }
        }
        return lines;
    }
}
