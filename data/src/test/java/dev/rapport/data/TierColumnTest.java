package dev.rapport.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.rapport.core.Interaction;
import dev.rapport.data.internal.ColumnStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The optional tier column (the support line or team that held the case at a contact) and the stage, on every
 * reader: {@code tier} if the header has it, else the first of {@code support_level}, {@code team},
 * {@code assignment_group}, {@code group} (spaces, underscores and hyphens alike), an empty or blank cell unknown.
 */
class TierColumnTest {

    private static List<Optional<String>> tiersOf(ColumnStore store) {
        return valuesOf(store.tier, store.tiers, store.size);
    }

    private static List<Optional<String>> stagesOf(ColumnStore store) {
        return valuesOf(store.stage, store.stages, store.size);
    }

    /** An optional coded column's values row by row (one block here), empty where unknown or with no column. */
    private static List<Optional<String>> valuesOf(short[][] column, List<String> names, int size) {
        List<Optional<String>> values = new ArrayList<>();
        for (int row = 0; row < size; row++) {
            int code = column == null ? -1 : column[0][row];
            values.add(code < 0 ? Optional.empty() : Optional.of(names.get(code)));
        }
        return values;
    }

    @Test
    void supportLevelBeforeTeam_blankUnknown_sameOnBothPaths() {
        var file = EventLogReaderTest.resource("tiers/support-levels.csv");
        List<Interaction> read = EventLogReader.strict().csv(file).interactions();
        List<Optional<String>> expected = List.of(Optional.of("L1"), Optional.of("L2"), Optional.empty(),
                Optional.of("L1"));
        assertEquals(expected, read.stream().map(Interaction::tier).toList());
        ColumnStore columns = ColumnStore.of(ColumnsReader.strict().csv(file).columns());
        assertEquals(expected, tiersOf(columns));
        assertEquals(read.stream().map(Interaction::stage).toList(), stagesOf(columns));
        assertEquals(expected, tiersOf(ColumnStore.of(InteractionColumns.of(read))));
    }

    @Test
    void mappedTier_winsOverTheAliases() {
        var file = EventLogReaderTest.resource("tiers/support-levels.csv");
        ColumnMapping byTeam = ColumnMapping.builder().column("tier", "Team").build();
        List<Optional<String>> expected = List.of(Optional.of("Service Desk"), Optional.of("Network"),
                Optional.of("Service Desk"), Optional.empty());
        assertEquals(expected, EventLogReader.strict().withMapping(byTeam).csv(file).interactions().stream()
                .map(Interaction::tier).toList());
        assertEquals(expected, tiersOf(ColumnStore.of(ColumnsReader.strict().withMapping(byTeam).csv(file)
                .columns())));
    }

    @Test
    void filteredColumns_keepStageAndTier() {
        var file = EventLogReaderTest.resource("tiers/support-levels.csv");
        InteractionColumns kept = InteractionFilter.all().where("channel=email")
                .apply(ColumnsReader.strict().csv(file).columns());
        ColumnStore store = ColumnStore.of(kept);
        assertEquals(List.of(Optional.empty(), Optional.of("L1")), tiersOf(store));
        assertEquals(List.of(Optional.empty(), Optional.of("support")), stagesOf(store));
    }

    @Test
    void noStageOrTier_noColumns() {
        ColumnStore store = ColumnStore.of(ColumnsReader.strict().csv(EventLogReaderTest.resource("tiers/support-levels.csv"))
                .columns());
        ColumnStore none = ColumnStore.of(InteractionColumns.of(List.of(Interaction.builder("i-1", "c-1",
                java.time.Instant.EPOCH, "faq", dev.rapport.core.Channel.WEB)
                .outcome(dev.rapport.core.Outcome.RESOLVED).build())));
        assertNull(none.tier);
        assertNull(none.stage);
        assertEquals(4, store.size);
    }

    @Test
    void jsonLines_tierProperty() {
        List<Interaction> read = EventLogReader.strict().jsonLines(EventLogReaderTest.resource("tiers/contacts.jsonl"))
                .interactions();
        assertEquals(List.of(Optional.of("L1"), Optional.empty()), read.stream().map(Interaction::tier).toList());
    }
}
