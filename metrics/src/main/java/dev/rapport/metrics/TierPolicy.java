package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.rapport.core.Interaction;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * What the tiered-support metrics read as the tier, and in which order the tiers rank: the column (the optional
 * {@code tier} column, a help desk's assignment group or support line, or the journey {@code stage}) and the
 * ordered tiers from first to last line ({@code L1, L2, L3}), or none.
 * <p>
 * With an order, the first tier is its first entry, escalations are moves to a later entry, and a value not in the
 * list is a team but not a tier (it counts for team changes and ping-pong, never for transfers or escalations, and a
 * case that reaches it has left the first tier). Without an order, the first tier is the tier of the case's first
 * contact with a known tier, and tiers rank in the natural order of their names, numbers inside them compared as
 * numbers ({@code L1 < L2 < L10}, {@code 1st < 2nd < 3rd}, {@code Tier 1 < Tier 2}): give the order whenever the
 * values are team names ({@code V30}, {@code G97}).
 * <pre>{@code
 * Metrics.escalations(TierPolicy.DEFAULT.withOrder("Service Desk", "Application Support", "Vendor"))
 * }</pre>
 * This type is immutable and thread-safe.
 *
 * @param column  the column that holds the tier, not null
 * @param order  the tiers from first to last line, distinct and not blank, empty for none, not null
 */
public record TierPolicy(Column column, List<String> order) {

    /** The {@code tier} column, no order. */
    public static final TierPolicy DEFAULT = new TierPolicy(Column.TIER, List.of());

    /** Where the tier is read from. */
    public enum Column {
        /** {@link Interaction#tier()}: the CSV column {@code tier}, XES {@code org:group}. */
        TIER,
        /** {@link Interaction#stage()}: the journey stage. */
        STAGE
    }

    public TierPolicy {
        checkNotNull(column, "column");
        order = ImmutableList.copyOf(checkNotNull(order, "order"));
        HashSet<String> seen = new HashSet<>();
        for (String tier : order) {
            checkArgument(!tier.isBlank(), "a tier in the order must not be blank, was '%s'", tier);
            checkArgument(seen.add(tier), "tier '%s' appears twice in the order %s", tier, order);
        }
    }

    /** Returns a copy ranking the tiers in the given order, first line first. */
    public TierPolicy withOrder(String... order) {
        return new TierPolicy(column, List.of(order));
    }

    /** Returns a copy reading the tier from the given column. */
    public TierPolicy withColumn(Column column) {
        return new TierPolicy(column, order);
    }

    /** The tier an interaction records in this policy's column, if any. */
    Optional<String> tierOf(Interaction interaction) {
        return column == Column.TIER ? interaction.tier() : interaction.stage();
    }

    /**
     * The suffix of a metric's name under this policy: none for {@link #DEFAULT}, else {@code :<column>} and, with
     * an order, {@code :<first>/<second>/...}, e.g. {@code :tier:L1/L2/L3}.
     */
    String suffix() {
        if (equals(DEFAULT)) {
            return "";
        }
        String name = ":" + column.name().toLowerCase(java.util.Locale.ROOT);
        return order.isEmpty() ? name : name + ":" + String.join("/", order);
    }

    /** Returns e.g. {@code tier column, order L1 < L2 < L3}. */
    @Override
    public String toString() {
        return column.name().toLowerCase(java.util.Locale.ROOT) + " column, "
                + (order.isEmpty() ? "no order" : "order " + String.join(" < ", order));
    }
}
