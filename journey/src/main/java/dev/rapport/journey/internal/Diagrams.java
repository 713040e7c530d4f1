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

    /** A Mermaid node id: letters, digits and underscores only. */
    public static String mermaidId(String id) {
        StringBuilder out = new StringBuilder("n_");
        for (char c : id.toCharArray()) {
            out.append(Character.isLetterOrDigit(c) ? c : '_');
        }
        return out.toString();
    }

    /** Text safe inside a Mermaid double-quoted label. */
    public static String mermaidEscape(String text) {
        return text.replace("\"", "#quot;").replace("\n", " ");
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
