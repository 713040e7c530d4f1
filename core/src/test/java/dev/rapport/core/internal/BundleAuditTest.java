package dev.rapport.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BundleAuditTest {

    @Test
    void completeBundles_haveNoProblems() {
        assertEquals(List.of(), BundleAudit.problems("dev.rapport.core.audit.good"));
    }

    @Test
    void incompleteBundles_listEveryProblem() {
        String dir = "dev/rapport/core/audit/";
        assertEquals(List.of(
                dir + "bad_ms.properties: count.customers has the plural forms [one, other], the language has [other]",
                dir + "bad_lt.properties: count.customers has the plural forms [many, one, other], the language has "
                        + "[few, many, one, other]",
                dir + "bad_pt.properties: missing greeting",
                dir + "bad_it.properties: greeting has a lone apostrophe; write '' for one",
                dir + "bad_ro.properties: greeting has the arguments [1], " + dir + "bad.properties has [0]"),
                BundleAudit.problems("dev.rapport.core.audit.bad"));
    }

    @Test
    void missingFiles_areNamed() {
        assertEquals("dev/rapport/core/audit/none.properties: missing",
                BundleAudit.problems("dev.rapport.core.audit.none").get(0));
    }

    @Test
    void arguments_haveIndexAndType() {
        assertEquals(java.util.Set.of("0", "1:number"), BundleAudit.arguments("{0} of {1,number,integer}"));
    }
}
