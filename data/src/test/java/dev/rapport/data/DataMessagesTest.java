package dev.rapport.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rapport.core.internal.BundleAudit;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The data module's bundles are complete, and the import summary takes each language's plural forms. */
class DataMessagesTest {

    private static ImportSummary summary(long read, long rejected) {
        List<RejectedRow> rows = new java.util.ArrayList<>();
        for (long i = 0; i < rejected; i++) {
            rows.add(new RejectedRow(i + 2, "csat must be between 1 and 5, was 9"));
        }
        return new ImportSummary("contacts.csv", read, read - rejected, rows);
    }

    @Test
    void bundles_areCompleteInEveryLanguage() {
        assertEquals(List.of(), BundleAudit.problems(ImportSummary.BUNDLE));
    }

    @Test
    void toString_isEnglishWithoutGrouping() {
        assertEquals("contacts.csv: 12000 rows read, 12000 accepted, 0 rejected", summary(12_000, 0).toString());
        assertEquals("contacts.csv: 1 row read, 1 accepted, 0 rejected", summary(1, 0).toString());
    }

    @Test
    void toString_lithuanianAndRomanianPluralForms() {
        Locale lt = Locale.forLanguageTag("lt");
        Locale ro = Locale.forLanguageTag("ro");
        assertEquals("contacts.csv: 21 eilutė perskaityta, 21 eilutė priimta, 0 eilučių atmesta",
                summary(21, 0).toString(lt));
        assertEquals("contacts.csv: 12 eilučių perskaityta, 10 eilučių priimta, 2 eilutės atmestos",
                summary(12, 2).toString(lt).lines().findFirst().orElseThrow());
        assertEquals("contacts.csv: 20 de rânduri citite, 19 rânduri acceptate, 1 rând respins",
                summary(20, 1).toString(ro).lines().findFirst().orElseThrow());
        assertEquals("contacts.csv: 12.000 de rânduri citite, 12.000 de rânduri acceptate, 0 rânduri respinse",
                summary(12_000, 0).toString(ro));
    }
}
