package dev.rapport.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rapport.core.InvalidModelException;
import dev.rapport.core.RapportJson;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

    private final ColumnMapping mapping = ColumnMapping.builder().column("customer_id", "Requester ID")
            .constant("channel", "email").timestampPattern("dd/MM/yyyy HH:mm", "Europe/Paris").build();

    @Test
    void json_roundTripExact() {
        assertEquals(mapping, RapportJson.read(RapportJson.write(mapping), ColumnMapping.class));
    }

    @Test
    void sourceName_unmappedColumn_ownName() {
        assertEquals("Requester ID", mapping.sourceName("customer_id"));
        assertEquals("timestamp", mapping.sourceName("timestamp"));
    }

    @Test
    void column_notCanonical_rejectedWithTheName() {
        var e = assertThrows(InvalidModelException.class,
                () -> ColumnMapping.builder().column("customer", "Requester ID").build());
        assertEquals("invalid column mapping (1 problem):\n  columns.customer: not a canonical column; expected one of "
                + "interaction_id, customer_id, case_id, timestamp, touchpoint, stage, channel, mode, wait_seconds, "
                + "handle_seconds, outcome, agent, segment, initiator, reason, tier, nps, csat, ces or rating_<dimension> (was customer)",
                e.getMessage());
    }

    @Test
    void build_threeProblems_allReportedAtOnce() {
        var e = assertThrows(InvalidModelException.class, () -> ColumnMapping.builder()
                .column("ticket", "Ticket ID").constant("chanel", "email")
                .timestampPattern("dd/MM/yyyy {HH:mm}", "Europe/Pariss").build());
        assertEquals(4, e.violations().size());
        assertEquals("""
                invalid column mapping (4 problems):
                  columns.ticket: not a canonical column; expected one of interaction_id, customer_id, case_id, \
                timestamp, touchpoint, stage, channel, mode, wait_seconds, handle_seconds, outcome, agent, segment, \
                initiator, reason, tier, nps, csat, ces or rating_<dimension> (was ticket)
                  constants.chanel: not a canonical column; expected one of interaction_id, customer_id, case_id, \
                timestamp, touchpoint, stage, channel, mode, wait_seconds, handle_seconds, outcome, agent, segment, \
                initiator, reason, tier, nps, csat, ces or rating_<dimension> (was chanel)
                  timestampPattern: not a date-time pattern: Pattern includes reserved character: '{' \
                (was dd/MM/yyyy {HH:mm})
                  zone: unknown time zone (was Europe/Pariss)""", e.getMessage());
    }
}
