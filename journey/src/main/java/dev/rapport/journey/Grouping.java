package dev.rapport.journey;

import dev.rapport.core.Interaction;

/**
 * How a {@link JourneyLog} cuts interactions into journeys: one per customer, or one per case (a service request,
 * ticket or order). An interaction without a case id forms, under {@link #BY_CASE}, part of its customer's
 * journey, keyed by the customer id.
 */
public enum Grouping {
    /** One journey per customer id. */
    BY_CUSTOMER,
    /** One journey per case id (the customer id for interactions without a case). */
    BY_CASE;

    /** The journey key of an interaction under this grouping. */
    public String keyOf(Interaction interaction) {
        return this == BY_CUSTOMER ? interaction.customerId()
                : interaction.caseId().orElse(interaction.customerId());
    }
}
