package dev.rapport.examples.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reasons {@link dev.rapport.metrics.CustomersAtRisk} gives for a customer at risk, in the report's language.
 * They arrive as English text of four fixed forms; each is read back into its numbers and written with the
 * bundle's {@code risk.*} message. A reason of no known form is shown as it is ({@code RiskReasonsTest} checks
 * that every form the metrics module writes is known).
 */
final class RiskReasons {

    private static final Pattern DETRACTOR = Pattern.compile("detractor: answered (\\d+) in (.+)");
    private static final Pattern UNRESOLVED = Pattern.compile("(\\d+) contacts not resolved");
    private static final Pattern LONG_WAIT = Pattern.compile("waited (\\d+) s \\(over (\\d+) s\\)");
    private static final Pattern BROKEN = Pattern.compile("(\\d+) broken promises?");

    private RiskReasons() {
    }

    static String translate(String reason, Format f) {
        Matcher m = DETRACTOR.matcher(reason);
        if (m.matches()) {
            return f.text("risk.detractor", m.group(1), m.group(2));
        }
        m = UNRESOLVED.matcher(reason);
        if (m.matches()) {
            return f.plural("risk.repeated-unresolved", Long.parseLong(m.group(1)));
        }
        m = LONG_WAIT.matcher(reason);
        if (m.matches()) {
            return f.text("risk.long-wait", f.integer(Long.parseLong(m.group(1))), f.integer(Long.parseLong(m.group(2))));
        }
        m = BROKEN.matcher(reason);
        if (m.matches()) {
            return f.plural("risk.broken-promise", Long.parseLong(m.group(1)));
        }
        return reason;
    }
}
