package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.rapport.core.Interaction;
import dev.rapport.core.Outcome;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds customers at risk from their own interactions. Per customer it raises flags: {@link RiskFlag#DETRACTOR}
 * when the latest NPS answer is 0-6; {@link RiskFlag#REPEATED_UNRESOLVED} when at least
 * {@code unresolvedContacts} contacts ended unresolved, transferred, escalated or abandoned;
 * {@link RiskFlag#LONG_WAIT} when a wait exceeded {@code longWaitSeconds}; {@link RiskFlag#BROKEN_PROMISE} when
 * the caller reports broken promises for the customer. An {@link AtRiskRule} combines the flags; each customer
 * at risk is listed with readable reasons.
 * <pre>{@code
 * CustomersAtRisk.withDefaults().assess(interactions, Map.of("c-7", 1), AtRiskRule.anyFlag())
 * }</pre>
 * This type is immutable and thread-safe.
 *
 * @param unresolvedContacts  how many unresolved contacts raise the flag, at least 1
 * @param longWaitSeconds  a wait above this raises the flag, positive
 */
public record CustomersAtRisk(int unresolvedContacts, double longWaitSeconds) {

    /** Two unresolved contacts raise {@link RiskFlag#REPEATED_UNRESOLVED} by default. */
    public static final int DEFAULT_UNRESOLVED_CONTACTS = 2;
    /** A wait over 10 minutes raises {@link RiskFlag#LONG_WAIT} by default. */
    public static final double DEFAULT_LONG_WAIT_SECONDS = 600;

    public CustomersAtRisk {
        checkArgument(unresolvedContacts >= 1, "unresolved contacts must be at least 1, was %s",
                unresolvedContacts);
        checkArgument(Double.isFinite(longWaitSeconds) && longWaitSeconds > 0,
                "long wait must be positive seconds, was %s", longWaitSeconds);
    }

    /** The default thresholds. */
    public static CustomersAtRisk withDefaults() {
        return new CustomersAtRisk(DEFAULT_UNRESOLVED_CONTACTS, DEFAULT_LONG_WAIT_SECONDS);
    }

    /**
     * One customer at risk, with the flags and the reasons.
     *
     * @param customerId  the customer
     * @param flags  the raised flags
     * @param reasons  readable reasons, one per flag
     */
    public record Customer(String customerId, Set<RiskFlag> flags, List<String> reasons) {
        public Customer {
            flags = ImmutableSet.copyOf(flags);
            reasons = ImmutableList.copyOf(reasons);
        }
    }

    /**
     * The customers the rule puts at risk, by customer id.
     *
     * @param interactions  every interaction to consider, not null
     * @param brokenPromises  broken promises per customer id (e.g. from promise tracking), not null
     * @param rule  how flags combine, not null
     * @return the customers at risk, sorted by id, never null
     */
    public List<Customer> assess(Iterable<Interaction> interactions, Map<String, Integer> brokenPromises,
            AtRiskRule rule) {
        checkNotNull(interactions, "interactions");
        checkNotNull(brokenPromises, "brokenPromises");
        checkNotNull(rule, "rule");
        Map<String, List<Interaction>> byCustomer = new TreeMap<>();
        interactions.forEach(i -> byCustomer.computeIfAbsent(i.customerId(), c -> new ArrayList<>()).add(i));
        brokenPromises.keySet().forEach(c -> byCustomer.computeIfAbsent(c, k -> new ArrayList<>()));
        List<Customer> atRisk = new ArrayList<>();
        byCustomer.forEach((customer, own) -> {
            own.sort(Comparator.comparing(Interaction::timestamp).thenComparing(Interaction::interactionId));
            Set<RiskFlag> flags = EnumSet.noneOf(RiskFlag.class);
            List<String> reasons = new ArrayList<>();
            own.stream().filter(i -> i.survey().nps().isPresent()).reduce((a, b) -> b).ifPresent(latest -> {
                int nps = latest.survey().nps().getAsInt();
                if (nps <= 6) {
                    flags.add(RiskFlag.DETRACTOR);
                    reasons.add("detractor: answered " + nps + " in " + latest.interactionId());
                }
            });
            long unresolved = own.stream().filter(i -> i.outcome() != Outcome.RESOLVED).count();
            if (unresolved >= unresolvedContacts) {
                flags.add(RiskFlag.REPEATED_UNRESOLVED);
                reasons.add(unresolved + " contacts not resolved");
            }
            own.stream().map(Interaction::waitSeconds).filter(OptionalDouble::isPresent)
                    .mapToDouble(OptionalDouble::getAsDouble).max().ifPresent(longest -> {
                if (longest > longWaitSeconds) {
                    flags.add(RiskFlag.LONG_WAIT);
                    reasons.add(String.format(Locale.ROOT, "waited %.0f s (over %.0f s)", longest, longWaitSeconds));
                }
            });
            int broken = brokenPromises.getOrDefault(customer, 0);
            if (broken > 0) {
                flags.add(RiskFlag.BROKEN_PROMISE);
                reasons.add(broken + (broken == 1 ? " broken promise" : " broken promises"));
            }
            if (rule.isAtRisk(ImmutableSet.copyOf(flags))) {
                atRisk.add(new Customer(customer, flags, reasons));
            }
        });
        return ImmutableList.copyOf(atRisk);
    }
}
