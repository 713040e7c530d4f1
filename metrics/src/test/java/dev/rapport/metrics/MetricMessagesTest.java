package dev.rapport.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.core.Messages;
import dev.rapport.core.internal.BundleAudit;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The metrics module's bundles are complete in every language, and every built-in metric has a name in each. */
class MetricMessagesTest {

    private static final List<String> TIERS =
            List.of("first-level-resolution", "tier-transfers", "escalations", "team-changes", "ping-pong-rate");

    @Test
    void bundles_areCompleteInEveryLanguage() {
        assertEquals(List.of(), BundleAudit.problems(MetricNames.BUNDLE));
    }

    @Test
    void everyBuiltInMetric_hasANameAndDescriptionInEveryLanguage() {
        for (Locale language : Messages.LANGUAGES) {
            MetricNames names = MetricNames.in(language);
            for (String id : MetricRegistry.builtIn().names()) {
                assertNotEquals(id, names.displayName(id), () -> language + " " + id);
                assertTrue(names.description(id).isPresent(), () -> language + " " + id);
            }
            for (String id : TIERS) {
                assertNotEquals(id, names.displayName(id), () -> language + " " + id);
            }
        }
    }

    @Test
    void families_resolveWithTheirParameter() {
        MetricNames en = MetricNames.in(Locale.ENGLISH);
        assertEquals("Wait time (percentile 90)", en.displayName("wait-p90"));
        assertEquals("Wait time (percentile 90, interpolated)", en.displayName("wait-p90-linear"));
        assertEquals("Resolution time (percentile 50) (business hours)", en.displayName("resolution-time-p50-business"));
        assertEquals("Served within 30 s", en.displayName(Metrics.slaAttainment(Duration.ofSeconds(30)).name()));
        assertEquals("Mean rating: gate-location", en.displayName("rating-mean:gate-location"));
        assertEquals("Rated 5: reliability", en.displayName("rating-share-5:reliability"));
        assertEquals("Valutazione media: affidabilità", MetricNames.in(Locale.ITALIAN).displayName("rating-reliability"));
    }

    @Test
    void unknownMetric_isNamedByItsId() {
        assertEquals("vip-nps", MetricNames.in(Locale.ENGLISH).displayName("vip-nps"));
        assertTrue(MetricNames.in(Locale.ENGLISH).description("vip-nps").isEmpty());
    }

    @Test
    void statusWords_perLanguage() {
        assertEquals("no data", Status.NO_DATA.displayName(Locale.ENGLISH));
        assertEquals("roșu", Status.RED.displayName(Locale.forLanguageTag("ro")));
        assertEquals("žalia", Status.GREEN.displayName(Locale.forLanguageTag("lt")));
        assertEquals("amber", Status.AMBER.displayName(Locale.GERMAN));
    }
}
