package dev.rapport.examples.internal;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Text for a terminal: ids and cell values come from input files, and a control character in them (an escape
 * sequence that moves the cursor, clears the screen or retitles the window; a carriage return that overwrites the
 * line) must not reach the terminal. Every C0 control except tab and line feed, DEL, the C1 controls and the
 * bidirectional overrides are written as {@code \\u001b}-style escapes, which JSON reads back as the same
 * character, so that JSON output is the same document; raw bytes (CSV that {@code generate} writes) pass unchanged.
 */
final class SafeText {

    private SafeText() {
    }

    /** Whether the character must not reach a terminal as it is. */
    static boolean isUnsafe(char c) {
        return c < 0x20 && c != '\t' && c != '\n' || c >= 0x7f && c <= 0x9f || c >= 0x202a && c <= 0x202e
                || c >= 0x2066 && c <= 0x2069;
    }

    /** The text with every unsafe character as {@code \\uXXXX}; the same instance if there is none. */
    static String escape(String text) {
        int i = 0;
        while (i < text.length() && !isUnsafe(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnsafe(c)) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A print stream that escapes text on its way to {@code target} (in {@code target}'s charset) and passes
     * bytes through. Mutable, for use from a single thread.
     */
    static PrintStream stream(PrintStream target) {
        return target instanceof Escaping ? target : new Escaping(target);
    }

    private static final class Escaping extends PrintStream {

        private final PrintStream target;

        Escaping(PrintStream target) {
            super(target, true);
            this.target = target;
        }

        @Override public void print(String s) { target.print(escape(String.valueOf(s))); }
        @Override public void print(Object o) { print(String.valueOf(o)); }
        @Override public void print(char[] s) { print(new String(s)); }
        @Override public void print(char c) { print(String.valueOf(c)); }
        @Override public void print(boolean b) { target.print(b); }
        @Override public void print(int i) { target.print(i); }
        @Override public void print(long l) { target.print(l); }
        @Override public void print(float f) { target.print(f); }
        @Override public void print(double d) { target.print(d); }
        @Override public void println() { target.println(); }
        @Override public void println(String s) { target.println(escape(String.valueOf(s))); }
        @Override public void println(Object o) { println(String.valueOf(o)); }
        @Override public void println(char[] s) { println(new String(s)); }
        @Override public void println(char c) { println(String.valueOf(c)); }
        @Override public void println(boolean b) { target.println(b); }
        @Override public void println(int i) { target.println(i); }
        @Override public void println(long l) { target.println(l); }
        @Override public void println(float f) { target.println(f); }
        @Override public void println(double d) { target.println(d); }
        @Override public PrintStream printf(String format, Object... args) { return format(format, args); }
        @Override public PrintStream printf(Locale l, String format, Object... args) { return format(l, format, args); }
        @Override public PrintStream format(String format, Object... args) { print(String.format(format, args)); return this; }
        @Override public PrintStream format(Locale l, String format, Object... args) {
            print(String.format(l, format, args));
            return this;
        }
        @Override public PrintStream append(CharSequence csq) { print(String.valueOf(csq)); return this; }
        @Override public PrintStream append(CharSequence csq, int start, int end) {
            print(String.valueOf(csq == null ? "null" : csq).substring(start, end));
            return this;
        }
        @Override public PrintStream append(char c) { print(c); return this; }
        @Override public void write(int b) { target.write(b); }
        @Override public void write(byte[] buf, int off, int len) { target.write(buf, off, len); }
        @Override public void write(byte[] buf) { target.write(buf, 0, buf.length); }
        @Override public void flush() { target.flush(); }
        @Override public void close() { target.close(); }
        @Override public boolean checkError() { return target.checkError(); }
    }
}
