package dev.rapport.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rapport.core.Fulfilment;
import dev.rapport.core.PromiseOutcome;
import dev.rapport.core.RapportJson;
import dev.rapport.core.ServicePromise;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromiseTallyTest {

    static final ServicePromise ROUTER = ServicePromise.of("replacement router")
            .by(Instant.parse("2026-03-02T17:00:00Z")).how("courier").price(new BigDecimal("0.00"));

    static PromiseOutcome delivered(String at, String... extras) {
        return ROUTER.evaluate(Fulfilment.of("replacement router").at(Instant.parse(at)).how("courier")
                .price(BigDecimal.ZERO).withExtras(extras));
    }

    @Test
    void of_workedExample_keptAndWowRates() {
        // on time with an extra (WOW), on time (KEPT), late (BROKEN), on time (KEPT): kept 3/4, WOW 1/4.
        PromiseTally tally = PromiseTally.of(List.of(delivered("2026-03-02T11:00:00Z", "setup call"),
                delivered("2026-03-02T12:00:00Z"), delivered("2026-03-03T09:00:00Z"),
                delivered("2026-03-02T16:59:00Z")));
        assertEquals(new PromiseTally(1, 2, 1), tally);
        assertEquals(0.75, tally.keptRate().point(), 1e-12);
        assertEquals(0.25, tally.wowRate().point(), 1e-12);
        assertEquals(tally, RapportJson.read(RapportJson.write(tally), PromiseTally.class));
        assertEquals(tally, new PromiseTally(1, 0, 0).merge(new PromiseTally(0, 2, 1)));
    }

    @Test
    void negativeCount_rejectedWithTheCounts() {
        var e = assertThrows(IllegalArgumentException.class, () -> new PromiseTally(-1, 0, 0));
        assertEquals("promise counts must not be negative, were -1/0/0", e.getMessage());
    }
}
