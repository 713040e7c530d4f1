package dev.rapport.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rapport.core.Initiator;
import dev.rapport.core.Interaction;
import dev.rapport.core.UnreadableInputException;
import dev.rapport.data.internal.ColumnStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The optional {@code initiator} and {@code reason} columns, from a CRM export written by hand: who started each
 * contact (any case; empty is the customer) and the contact reason (empty or blank is none), read the same way by
 * both CSV readers.
 */
class InitiatorAndReasonTest {

    /** The hand-written CRM export's header, mapped to the canonical columns. */
    static final ColumnMapping CRM = ColumnMapping.builder()
            .column("interaction_id", "Interaction ID").column("customer_id", "Customer ID")
            .column("case_id", "Case ID").column("timestamp", "Timestamp").column("touchpoint", "Touchpoint")
            .column("channel", "Channel").column("outcome", "Outcome").column("initiator", "Initiator")
            .column("reason", "Reason").column("wait_seconds", "Wait Seconds")
            .build();

    @Test
    void crmExport_initiatorAndReason_onBothPaths() {
        ImportResult objects = EventLogReader.strict().withMapping(CRM).csv(EventLogReaderTest.resource("crm/contacts.csv"));
        assertEquals(6, objects.summary().accepted());
        List<Interaction> read = objects.interactions();
        assertEquals(List.of(Initiator.CUSTOMER, Initiator.CUSTOMER, Initiator.COMPANY, Initiator.CUSTOMER,
                Initiator.COMPANY, Initiator.CUSTOMER), read.stream().map(Interaction::initiator).toList());
        assertEquals(List.of(Optional.of("billing"), Optional.of("billing"), Optional.of("billing"),
                Optional.of("delivery"), Optional.empty(), Optional.empty()),
                read.stream().map(Interaction::reason).toList());

        ColumnsImport columns = ColumnsReader.strict().withMapping(CRM).csv(EventLogReaderTest.resource("crm/contacts.csv"));
        assertEquals(objects.summary(), columns.summary());
        ColumnStore store = ColumnStore.of(columns.columns());
        List<Initiator> initiators = new ArrayList<>();
        List<Optional<String>> reasons = new ArrayList<>();
        for (int row = 0; row < store.size; row++) {
            initiators.add(Initiator.values()[store.initiator[0][row]]);
            int code = store.reason[0][row];
            reasons.add(code < 0 ? Optional.empty() : Optional.of(store.reasons.get(code)));
        }
        assertEquals(read.stream().map(Interaction::initiator).toList(), initiators);
        assertEquals(read.stream().map(Interaction::reason).toList(), reasons);
        // and the columns built from the objects hold the same codes
        ColumnStore fromObjects = ColumnStore.of(InteractionColumns.of(read));
        assertEquals(store.reasons, fromObjects.reasons);
    }

    @Test
    void unknownInitiator_rejectedWithTheSameMessageOnBothPaths() {
        var file = EventLogReaderTest.resource("crm/bad-initiator.csv");
        ImportSummary objects = EventLogReader.lenient().csv(file).summary();
        assertEquals(2, objects.accepted());
        assertEquals(List.of(new RejectedRow(3, "unknown initiator 'outbound'; expected customer or company")),
                objects.rejected());
        assertEquals(objects, ColumnsReader.lenient().csv(file).summary());
        var strict = assertThrows(UnreadableInputException.class, () -> ColumnsReader.strict().csv(file));
        assertEquals(Optional.of(3L), strict.line());
        assertEquals("unknown initiator 'outbound'; expected customer or company", strict.problem());
    }
}
