package dev.rapport.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TouchpointTest {

    //-----------------------------------------------------------------------
    // of(String, Channel, Stage)
    //-----------------------------------------------------------------------
    @Test
    void of_namesAfterIdAndServesByAPersonAtTheCustomersInitiative() {
        Touchpoint test = Touchpoint.of("phone-support", Channel.PHONE, Stage.SUPPORT);
        assertEquals("Phone support", test.name());
        assertEquals(Mode.HUMAN, test.mode());
        assertEquals(Initiator.CUSTOMER, test.initiator());
        assertEquals(Optional.empty(), test.owner());
        assertEquals("phone-support (phone, HUMAN, SUPPORT)", test.toString());
    }

    @Test
    void of_idNotKebabCase_rejectedWithTheId() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Touchpoint.of("Check Out", Channel.WEB, Stage.PURCHASE));
        assertEquals("touchpoint id must be lower-case kebab-case, was 'Check Out'", e.getMessage());
    }

    @Test
    void of_nullChannel_namesTheParameter() {
        var e = assertThrows(NullPointerException.class, () -> Touchpoint.of("checkout", null, Stage.PURCHASE));
        assertEquals("channel", e.getMessage());
    }

    //-----------------------------------------------------------------------
    // builder
    //-----------------------------------------------------------------------
    @Test
    void builder_everyPart_readsLikeTheDomain() {
        Touchpoint test = Touchpoint.builder("follow-up-call", Channel.PHONE, Stage.SUPPORT)
                .name("Follow-up call").initiator(Initiator.COMPANY).owner("care-team")
                .description("We call back within a day after a transfer").build();
        assertTrue(test.isProactive());
        assertEquals(Optional.of("care-team"), test.owner());
        assertEquals("follow-up-call (phone, HUMAN, SUPPORT, proactive, owner care-team)", test.toString());
    }

    @Test
    void withMode_automated_isAutomated() {
        Touchpoint faq = Touchpoint.of("faq", Channel.WEB, Stage.SUPPORT).withMode(Mode.AUTOMATED);
        assertTrue(faq.isAutomated());
    }

    @Test
    void withName_blank_rejectedWithTheId() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Touchpoint.of("faq", Channel.WEB, Stage.SUPPORT).withName(" "));
        assertEquals("touchpoint 'faq' must have a non-blank name", e.getMessage());
    }

    //-----------------------------------------------------------------------
    // Channel and Stage
    //-----------------------------------------------------------------------
    @Test
    void channelParse_forgivingSpelling_givesTheBuiltIn() {
        assertSame(Channel.IN_PERSON, Channel.parse("In person"));
        assertSame(Channel.IN_PERSON, Channel.parse("IN_PERSON"));
        assertSame(Channel.EMAIL, Channel.parse("E-mail"));
        assertEquals(Channel.of("kiosk"), Channel.parse("Kiosk"));
        assertTrue(Channel.MOBILE_APP.isStandard());
        assertEquals(8, Channel.standard().size());
    }

    @Test
    void channelOf_notKebab_rejectedWithTheId() {
        var e = assertThrows(IllegalArgumentException.class, () -> Channel.of("Web Chat"));
        assertEquals("channel id must be lower-case kebab-case, was 'Web Chat'", e.getMessage());
    }

    @Test
    void stages_standardSets_areOrdered() {
        assertEquals(6, Stage.LIFECYCLE.size());
        assertEquals(5, Stage.SERVICE_ENCOUNTER.size());
        for (var set : java.util.List.of(Stage.LIFECYCLE, Stage.SERVICE_ENCOUNTER)) {
            for (int i = 1; i < set.size(); i++) {
                assertTrue(set.get(i - 1).compareTo(set.get(i)) < 0, set.get(i).toString());
            }
        }
        assertSame(Stage.BUILD_RAPPORT, Stage.builtIn("build-rapport"));
    }

    @Test
    void stageOf_negativeOrder_rejectedWithTheOrder() {
        var e = assertThrows(IllegalArgumentException.class, () -> Stage.of("renewal", "Renewal", -1));
        assertEquals("stage 'renewal' must have an order of at least 0, was -1", e.getMessage());
    }

    @Test
    void serviceDimensions_builtIn_relateToServqual() {
        assertEquals(6, ServiceDimension.builtIn().size());
        assertEquals(java.util.Set.of(Servqual.RESPONSIVENESS), ServiceDimension.TIMELINESS.servqual());
        assertTrue(ServiceDimension.ABOVE_AND_BEYOND.servqual().isEmpty());
        assertSame(ServiceDimension.FLEXIBILITY, ServiceDimension.of("flexibility"));
        assertEquals("Price transparency", ServiceDimension.of("price-transparency").name());
    }

    @Test
    void persona_withGoals_printsThem() {
        Persona test = Persona.of("busy-parent").withGoals("order in under five minutes", "no surprises");
        assertEquals("Busy parent (busy-parent): order in under five minutes; no surprises", test.toString());
    }
}
