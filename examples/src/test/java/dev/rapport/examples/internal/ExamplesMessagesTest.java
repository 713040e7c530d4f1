package dev.rapport.examples.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rapport.core.internal.BundleAudit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's and the command line's bundles are complete in every language. */
class ExamplesMessagesTest {

    @Test
    void bundles_areCompleteInEveryLanguage() {
        assertEquals(List.of(), BundleAudit.problems("dev.rapport.examples.messages"));
    }
}
