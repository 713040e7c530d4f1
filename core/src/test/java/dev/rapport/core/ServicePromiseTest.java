package dev.rapport.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rapport.core.PromiseOutcome.Part;
import dev.rapport.core.PromiseOutcome.PartVerdict;
import dev.rapport.core.PromiseOutcome.Verdict;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ServicePromiseTest {

    private static final Instant DEADLINE = Instant.parse("2026-03-02T17:00:00Z");
    private static final ServicePromise ROUTER_BY_FIVE = ServicePromise.of("replacement router").by(DEADLINE)
            .how("courier").price(new BigDecimal("10.00"));

    @Test
    void evaluate_everyPartKept_isKept() {
        Fulfilment done = Fulfilment.of("Replacement router ").at(DEADLINE).how("Courier")
                .price(new BigDecimal("10"));
        PromiseOutcome test = ROUTER_BY_FIVE.evaluate(done);
        assertEquals(Verdict.KEPT, test.verdict());
        assertEquals("KEPT (what KEPT, when KEPT, how KEPT, price KEPT)", test.toString());
    }

    @Test
    void evaluate_keptWithAnExtra_isWow() {
        Fulfilment done = Fulfilment.of("replacement router").at(DEADLINE.minusSeconds(3600)).how("courier")
                .price(BigDecimal.ZERO).withExtras("setup call");
        assertEquals(Verdict.WOW, ROUTER_BY_FIVE.evaluate(done).verdict());
    }

    @Test
    void evaluate_lateAndDearer_breaksThosePartsOnly() {
        Fulfilment done = Fulfilment.of("replacement router").at(DEADLINE.plusSeconds(1)).how("courier")
                .price(new BigDecimal("10.01")).withExtras("apology voucher");
        PromiseOutcome test = ROUTER_BY_FIVE.evaluate(done);
        assertEquals(Verdict.BROKEN, test.verdict());
        assertEquals(PartVerdict.KEPT, test.parts().get(Part.WHAT));
        assertEquals(PartVerdict.BROKEN, test.parts().get(Part.WHEN));
        assertEquals(PartVerdict.KEPT, test.parts().get(Part.HOW));
        assertEquals(PartVerdict.BROKEN, test.parts().get(Part.PRICE));
    }

    @Test
    void evaluate_promisedPartWithNoEvidence_isBroken() {
        PromiseOutcome test = ROUTER_BY_FIVE.evaluate(Fulfilment.of("replacement router"));
        assertEquals("BROKEN (what KEPT, when BROKEN, how BROKEN, price BROKEN)", test.toString());
    }

    @Test
    void evaluate_onlyWhatPromised_otherPartsNotPromised() {
        PromiseOutcome test = ServicePromise.of("refund").evaluate(Fulfilment.of("refund"));
        assertEquals("KEPT (what KEPT, when NOT_PROMISED, how NOT_PROMISED, price NOT_PROMISED)", test.toString());
    }

    @Test
    void evaluate_nothingDelivered_isBroken() {
        assertEquals(Verdict.BROKEN, ServicePromise.of("refund").evaluate(Fulfilment.nothing()).verdict());
    }

    @Test
    void price_negative_rejectedWithThePrice() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> ServicePromise.of("refund").price(new BigDecimal("-1")));
        assertEquals("promised price must not be negative, was -1", e.getMessage());
    }

    @Test
    void of_blank_rejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> ServicePromise.of(""));
        assertEquals("a promise must say what will be delivered", e.getMessage());
    }
}
