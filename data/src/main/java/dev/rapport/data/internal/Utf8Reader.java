package dev.rapport.data.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 text that knows its line: bytes that are not UTF-8 throw {@link NotUtf8Exception} naming the line
 * they are on, counted from the characters handed out before them (every character before a malformed sequence is
 * handed out first; the JDK's {@code InputStreamReader} throws for the whole buffer), so that the per-object readers
 * report the line as the columnar reader does. Mutable, for use from a single thread.
 */
public final class Utf8Reader extends Reader {

    /** The problem of bytes that are not UTF-8, in the words of both CSV paths. */
    public static final String NOT_UTF8 = CsvChunk.NOT_UTF8;

    /** Bytes that are not UTF-8, on a known line. */
    public static final class NotUtf8Exception extends CharacterCodingException {

        private static final long serialVersionUID = 1L;

        private final long line;

        NotUtf8Exception(long line) {
            this.line = line;
        }

        /** The 1-based line of the first byte that is not UTF-8. */
        public long line() {
            return line;
        }

        @Override
        public String getMessage() {
            return NOT_UTF8 + " (line " + line + ")";
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private final char[] one = new char[2];
    private int pending = -1;
    private boolean eof;
    private boolean flushed;
    private long newlines;

    public Utf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        if (pending >= 0) {
            int c = pending;
            pending = -1;
            return c;
        }
        int n = read(one, 0, 2);
        if (n <= 0) {
            return -1;
        }
        if (n == 2) {
            pending = one[1];
        }
        return one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int start = offset;
        if (pending >= 0) {
            buffer[offset] = (char) pending;
            pending = -1;
            return 1;
        }
        if (flushed) {
            return -1;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (true) {
            CoderResult result = decoder.decode(bytes, out, eof);
            if (result.isError()) {
                if (out.position() > start) {
                    break; // hand out what came before; the next call throws
                }
                NotUtf8Exception e = new NotUtf8Exception(newlines + 1);
                try {
                    result.throwException();
                } catch (CharacterCodingException cause) {
                    e.initCause(cause);
                }
                throw e;
            }
            if (result.isOverflow() || out.position() > start) {
                break;
            }
            if (eof) {
                if (!flushed) {
                    decoder.flush(out);
                    flushed = true;
                }
                break;
            }
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                eof = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }
        int n = out.position() - start;
        if (n == 0) {
            return eof ? -1 : 0;
        }
        for (int i = start; i < start + n; i++) {
            if (buffer[i] == '\n') {
                newlines++;
            }
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /**
     * The {@link NotUtf8Exception} behind a reading failure (a dependency may wrap it), or null if there is none.
     */
    public static NotUtf8Exception notUtf8(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof NotUtf8Exception e) {
                return e;
            }
        }
        return null;
    }
}
