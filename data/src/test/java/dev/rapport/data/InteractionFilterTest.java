package dev.rapport.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.core.Interaction;
import dev.rapport.core.UnknownNameException;
import dev.rapport.data.InteractionFilter.Field;
import dev.rapport.data.internal.ColumnStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Periods and conditions over a hand-written CRM export, the same rows kept from objects and from columns. */
class InteractionFilterTest {

    private static final ColumnMapping CRM = InitiatorAndReasonTest.CRM;

    private static final Path FILE = EventLogReaderTest.resource("crm/contacts.csv");

    private static List<String> ids(InteractionFilter filter) {
        return EventLogReader.strict().withMapping(CRM).csv(FILE).interactions().stream().filter(filter)
                .map(Interaction::interactionId).toList();
    }

    /** Each kept row as timestamp, touchpoint and wait: what the columns hold to tell rows apart. */
    private static List<String> rows(ColumnStore store) {
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < store.size; r++) {
            rows.add(store.timestamp[0][r] + " " + store.touchpoints.get(store.touchpoint[0][r]) + " "
                    + store.waitMillis[0][r]);
        }
        return rows;
    }

    private static void sameRowsFromColumns(InteractionFilter filter) {
        List<Interaction> kept = EventLogReader.strict().withMapping(CRM).csv(FILE).interactions().stream()
                .filter(filter).toList();
        InteractionColumns columns = ColumnsReader.strict().withMapping(CRM).csv(FILE).columns();
        assertTrue(filter.worksOnColumns());
        ColumnStore filtered = ColumnStore.of(filter.apply(columns));
        assertEquals(rows(ColumnStore.of(InteractionColumns.of(kept))), rows(filtered), filter.toString());
        assertEquals(kept.size(), filter.apply(columns).size());
    }

    @Test
    void period_fromInclusiveUntilExclusive() {
        InteractionFilter march3 = InteractionFilter.all().from(LocalDate.of(2026, 3, 3)).until(LocalDate.of(2026, 3, 5));
        // e-3 on 3 March 10:00, e-5 on 4 March; e-6 at 5 March 16:30 is on the day after the last
        assertEquals(List.of("e-3", "e-5"), ids(march3));
        sameRowsFromColumns(march3);
    }

    @Test
    void conditions_valuesNegationAndNone() {
        assertEquals(List.of("e-1", "e-2", "e-3"), ids(InteractionFilter.all().where("reason=billing")));
        assertEquals(List.of("e-4", "e-5", "e-6"), ids(InteractionFilter.all().where("reason != billing")));
        assertEquals(List.of("e-5", "e-6"), ids(InteractionFilter.all().where(Field.REASON, InteractionFilter.NONE)));
        assertEquals(List.of("e-3", "e-5"), ids(InteractionFilter.all().where("initiator=Company")));
        assertEquals(List.of("e-1", "e-2", "e-3", "e-4"),
                ids(InteractionFilter.all().where("channel=Phone,chat")));
        // conditions combine with "and"
        InteractionFilter answeredPhone = InteractionFilter.all().where("channel=phone").whereNot(Field.OUTCOME,
                "transferred");
        assertEquals(List.of("e-2", "e-3"), ids(answeredPhone));
        for (InteractionFilter f : List.of(answeredPhone, InteractionFilter.all().where("case=(none),K-101"),
                InteractionFilter.all().where("customer!=cust-9"), InteractionFilter.all().where("touchpoint=nowhere"),
                InteractionFilter.all())) {
            sameRowsFromColumns(f);
        }
    }

    @Test
    void mode_objectsOnly() {
        InteractionFilter human = InteractionFilter.all().where("mode=human");
        assertFalse(human.worksOnColumns());
        InteractionColumns columns = ColumnsReader.strict().withMapping(CRM).csv(FILE).columns();
        var e = assertThrows(IllegalStateException.class, () -> human.apply(columns));
        assertEquals("the columns hold no mode: filter the interactions instead (mode=human)", e.getMessage());
    }

    @Test
    void badConditions_sayWhatIsWrong() {
        var field = assertThrows(UnknownNameException.class, () -> InteractionFilter.all().where("chanel=phone"));
        assertEquals("unknown filter field 'chanel'; known: agent, case, channel, customer, initiator, mode, outcome, "
                + "reason, segment, stage, touchpoint", field.getMessage());
        assertEquals("unknown outcome 'abandonned'; expected one of resolved, unresolved, transferred, escalated, "
                + "abandoned", assertThrows(IllegalArgumentException.class,
                        () -> InteractionFilter.all().where("outcome=abandonned")).getMessage());
        assertEquals("a condition is FIELD=VALUE[,VALUE...] or FIELD!=VALUE[,VALUE...], was 'channel'",
                assertThrows(IllegalArgumentException.class, () -> InteractionFilter.all().where("channel"))
                        .getMessage());
        assertEquals("a condition on agent needs at least one value",
                assertThrows(IllegalArgumentException.class, () -> InteractionFilter.all().where("agent=, "))
                        .getMessage());
        assertEquals("unknown initiator 'outbound'; expected one of customer, company",
                assertThrows(IllegalArgumentException.class, () -> InteractionFilter.all().where("initiator=outbound"))
                        .getMessage());
        assertEquals("the end of the period must be after its start, was 2026-03-05T00:00:00Z to 2026-03-05T00:00:00Z",
                assertThrows(IllegalArgumentException.class, () -> InteractionFilter.all()
                        .from(LocalDate.of(2026, 3, 5)).until(LocalDate.of(2026, 3, 5))).getMessage());
    }

    @Test
    void toString_listsThePeriodAndConditions() {
        assertEquals("from 2026-07-01, until 2026-10-01, channel=chat,phone, outcome!=abandoned",
                InteractionFilter.all().from(LocalDate.of(2026, 7, 1)).until(LocalDate.of(2026, 10, 1))
                        .where("channel=phone,chat").where("outcome!=ABANDONED").toString());
        assertEquals("all", InteractionFilter.all().toString());
    }
}
