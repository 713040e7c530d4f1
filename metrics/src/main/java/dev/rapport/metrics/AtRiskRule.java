package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.EnumSet;
import java.util.Set;

/**
 * Decides from a customer's risk flags whether the customer is at risk of leaving.
 * <pre>{@code
 * AtRiskRule rule = flags -> flags.contains(RiskFlag.BROKEN_PROMISE) || flags.size() >= 2;
 * }</pre>
 * Implementations must be immutable, thread-safe and deterministic.
 */
@FunctionalInterface
public interface AtRiskRule {

    /** Whether a customer with these flags is at risk. */
    boolean isAtRisk(Set<RiskFlag> flags);

    /** At risk with any flag. */
    static AtRiskRule anyFlag() {
        return flags -> !flags.isEmpty();
    }

    /** At risk with at least {@code count} different flags. */
    static AtRiskRule atLeast(int count) {
        checkArgument(count >= 1, "count must be at least 1, was %s", count);
        return flags -> flags.size() >= count;
    }

    /** At risk when all of these flags are raised. */
    static AtRiskRule allOf(RiskFlag first, RiskFlag... rest) {
        Set<RiskFlag> required = EnumSet.of(checkNotNull(first, "first"), rest);
        return flags -> flags.containsAll(required);
    }
}
