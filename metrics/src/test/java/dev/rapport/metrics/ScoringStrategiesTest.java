package dev.rapport.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rapport.core.UnknownNameException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScoringStrategiesTest {

    private static final ScoringStrategy ALL_OR_NOTHING =
            results -> Scores.eachKpi(results, r -> r.targetMet() ? 100 : 0);

    @Test
    void builtIn_names_theFourStrategies() {
        assertEquals(List.of("weighted-average", "weakest-link", "geometric-mean", "z-score"),
                List.copyOf(ScoringStrategies.builtIn().names()));
        assertSame(ScoringStrategy.weakestLink(), ScoringStrategies.builtIn().named("weakest-link"));
    }

    @Test
    void with_newName_foundByName() {
        ScoringStrategies strategies = ScoringStrategies.builtIn().with("all-or-nothing", ALL_OR_NOTHING);
        assertSame(ALL_OR_NOTHING, strategies.named("all-or-nothing"));
        assertEquals(Set.of("weighted-average", "weakest-link", "geometric-mean", "z-score"),
                ScoringStrategies.builtIn().names());
    }

    @Test
    void named_unknown_throwsListingKnownNames() {
        UnknownNameException e = assertThrows(UnknownNameException.class,
                () -> ScoringStrategies.builtIn().named("best-effort"));
        assertEquals("unknown scoring strategy 'best-effort'; known: geometric-mean, weakest-link, "
                + "weighted-average, z-score", e.getMessage());
    }

    @Test
    void with_takenName_throws() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScoringStrategies.builtIn().with("z-score", ALL_OR_NOTHING));
        assertEquals("a scoring strategy named 'z-score' is already registered", e.getMessage());
    }

    @Test
    void with_notKebab_throws() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScoringStrategies.builtIn().with("AllOrNothing", ALL_OR_NOTHING));
        assertEquals("scoring strategy name must be lower-case kebab-case, was 'AllOrNothing'", e.getMessage());
    }

    @Test
    void withInstalled_providerOnClasspath_registered() {
        ScoringStrategies strategies = ScoringStrategies.builtIn().withInstalled();
        assertEquals(Set.of("weighted-average", "weakest-link", "geometric-mean", "z-score", "all-or-nothing"),
                strategies.names());
    }

    /** Installed through META-INF/services in the test resources. */
    public static final class AllOrNothingProvider implements ScoringStrategyProvider {
        @Override
        public String name() {
            return "all-or-nothing";
        }

        @Override
        public ScoringStrategy strategy() {
            return ALL_OR_NOTHING;
        }
    }
}
