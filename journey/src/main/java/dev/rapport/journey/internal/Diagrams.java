package dev.rapport.journey.internal;

/** Quoting for Graphviz DOT, Mermaid and XML text. */
public final class Diagrams {

    private Diagrams() {
    }

    /** A quoted DOT identifier. */
    public static String dotId(String id) {
        return "\"" + dotEscape(id) + "\"";
    }

    /** Text safe inside a DOT double-quoted string. */
    public static String dotEscape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    /**
     * A Mermaid node id, ASCII letters, digits and underscores only, and one per id: an id of letters, digits and
     * hyphens reads as itself with {@code _} for {@code -} ({@code n_phone_support}); any other id is spelled out,
     * each other character as {@code _<hex>_} ({@code a_b} is {@code x_a_5f_b}), so that {@code a-b} and
     * {@code a_b} are two nodes.
     */
    public static String mermaidId(String id) {
        boolean plain = !id.isEmpty();
        for (int i = 0; i < id.length() && plain; i++) {
            char c = id.charAt(i);
            plain = isAsciiLetterOrDigit(c) || c == '-';
        }
        if (plain) {
            return "n_" + id.replace('-', '_');
        }
        StringBuilder out = new StringBuilder("x_");
        id.codePoints().forEach(c -> {
            if (isAsciiLetterOrDigit(c)) {
                out.append((char) c);
            } else {
                out.append('_').append(Integer.toHexString(c)).append('_');
            }
        });
        return out.toString();
    }

    private static boolean isAsciiLetterOrDigit(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /**
     * Text safe inside a Mermaid double-quoted label: no raw HTML (Mermaid renders labels as HTML), the markup
     * characters as Mermaid's entity codes ({@code #lt;}, {@code #gt;}, {@code #amp;}, {@code #quot;},
     * {@code #35;} for {@code #}, {@code #96;} for a backtick), line breaks and control characters as spaces.
     */
    public static String mermaidEscape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("#lt;");
                case '>' -> out.append("#gt;");
                case '&' -> out.append("#amp;");
                case '"' -> out.append("#quot;");
                case '#' -> out.append("#35;");
                case '`' -> out.append("#96;");
                default -> out.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return out.toString();
    }

    /** Text safe in XML content and attribute values. */
    public static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return out.toString();
    }

    /** A number for people: an integer without decimals, otherwise up to two decimals ({@code 2.5}, {@code 300}). */
    public static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return new java.math.BigDecimal(value).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }
}
