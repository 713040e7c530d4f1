package dev.rapport.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rapport.core.internal.BundleAudit;
import dev.rapport.journey.internal.MapRenderer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The journey module's bundles (the map picture's words) are complete in every language. */
class JourneyMessagesTest {

    @Test
    void bundles_areCompleteInEveryLanguage() {
        assertEquals(List.of(), BundleAudit.problems(MapRenderer.BUNDLE));
    }
}
