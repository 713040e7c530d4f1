package dev.rapport.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
        var e = assertThrows(IllegalArgumentException.class,
                () -> ColumnMapping.builder().column("customer", "Requester ID").build());
        assertEquals("'customer' is not a canonical column; expected one of [interaction_id, customer_id, case_id, "
                + "timestamp, touchpoint, stage, channel, mode, wait_seconds, handle_seconds, outcome, agent, segment]"
                + ", nps, csat, ces or rating_<dimension>", e.getMessage());
    }
}
