package dev.rapport.examples.internal;

import static dev.rapport.examples.internal.RetailTouchpoint.*;

import dev.rapport.core.Mode;
import dev.rapport.core.Persona;
import dev.rapport.core.Stage;
import dev.rapport.journey.JourneyMap;
import dev.rapport.journey.MapTouchpoint;
import java.util.function.Consumer;

/** The journey the sample retailer designed for its customers, which the generated interactions mostly follow. */
public final class RetailJourney {

    private RetailJourney() {
    }

    /** Builds the map. */
    public static JourneyMap map() {
        JourneyMap.Builder map = JourneyMap.builder("retail-customer", Persona.of("retail-customer")
                        .withName("Retail customer")
                        .withDescription("Buys home electronics on the web or in a store, and sometimes needs help"))
                .name("Home electronics: from first look to repeat order")
                .stages(Stage.LIFECYCLE);
        add(map, WEB_LANDING, t -> t.entry().emotion(1).goal("See what is on offer"));
        add(map, STORE_VISIT, t -> t.entry().emotion(1).goal("Look and touch before buying"));
        add(map, PRODUCT_PAGES, t -> t.emotion(0).goal("Compare models and prices")
                .painPoint("specifications hard to compare"));
        add(map, SALES_CHAT, t -> t.emotion(1).goal("Get advice without going to a store"));
        add(map, STORE_ADVICE, t -> t.emotion(1).goal("Get expert advice"));
        add(map, WEB_CHECKOUT, t -> t.emotion(1).momentOfTruth().goal("Pay quickly and safely")
                .painPoint("card payments sometimes fail"));
        add(map, STORE_CHECKOUT, t -> t.emotion(0).goal("Pay and take it home").painPoint("queues on Saturdays"));
        add(map, ORDER_CONFIRMATION, t -> t.emotion(1).goal("Know the order is on its way"));
        add(map, DELIVERY_TRACKING, t -> t.emotion(0).goal("Know when the parcel arrives"));
        add(map, SETUP_GUIDE, t -> t.emotion(-1).goal("Get it working").painPoint("instructions assume expertise"));
        add(map, HELP_CENTRE, t -> t.entry().emotion(-1).goal("Solve it myself")
                .painPoint("articles hard to find").opportunity("answers for the ten most common questions"));
        add(map, SUPPORT_CHAT, t -> t.entry().emotion(0).goal("Quick help while doing something else"));
        add(map, PHONE_SUPPORT, t -> t.entry().emotion(-2).momentOfTruth().goal("Talk to someone who can fix it")
                .painPoint("long queues at peak times").backstage("first-line team with a knowledge base"));
        add(map, PHONE_SPECIALIST, t -> t.emotion(-1).goal("Have a hard problem solved")
                .painPoint("transferred and asked to repeat the details").backstage("second-line specialists"));
        add(map, EMAIL_SUPPORT, t -> t.entry().emotion(-1).goal("Explain the problem in writing")
                .painPoint("slow replies"));
        add(map, STORE_RETURNS, t -> t.entry().emotion(0).goal("Return or exchange in person"));
        add(map, COMPLAINTS_TEAM, t -> t.emotion(-2).goal("Be heard and put right"));
        add(map, FOLLOW_UP_CALL, t -> t.emotion(2).momentOfTruth().goal("Know someone cares")
                .frontstage("the specialist calls back within two days"));
        add(map, REVIEW_REQUEST, t -> t.exit().emotion(1).goal("Say how it went"));
        add(map, LOYALTY_CLUB, t -> t.exit().emotion(1).goal("Get something back for being loyal"));
        add(map, REPEAT_ORDER, t -> t.entry().exit().emotion(2).goal("Buy again without effort"));
        return map
                .path("web-landing", "product-pages", "web-checkout", "order-confirmation", "delivery-tracking",
                        "setup-guide", "review-request", "loyalty-club", "repeat-order", "order-confirmation")
                .path("web-landing", "sales-chat", "web-checkout")
                .path("product-pages", "sales-chat", "product-pages", "store-checkout")
                .path("store-visit", "store-advice", "store-checkout", "order-confirmation")
                .path("store-visit", "product-pages", "store-advice", "product-pages")
                .path("order-confirmation", "review-request", "repeat-order")
                .path("delivery-tracking", "review-request")
                .path("delivery-tracking", "help-centre", "phone-support", "phone-specialist", "follow-up-call",
                        "review-request")
                .path("setup-guide", "help-centre", "support-chat", "phone-specialist", "complaints-team",
                        "follow-up-call")
                .path("delivery-tracking", "phone-support", "review-request")
                .path("setup-guide", "support-chat", "review-request")
                .path("order-confirmation", "email-support", "review-request")
                .path("order-confirmation", "store-returns", "review-request")
                .path("order-confirmation", "setup-guide")
                .path("store-visit", "sales-chat", "store-checkout")
                .path("help-centre", "email-support")
                .path("help-centre", "store-returns")
                .path("help-centre", "review-request")
                .path("phone-specialist", "review-request")
                .path("complaints-team", "review-request")
                .build();
    }

    private static void add(JourneyMap.Builder map, RetailTouchpoint touchpoint,
            Consumer<MapTouchpoint.Builder> details) {
        map.touchpoint(touchpoint.id(), touchpoint.channel(), touchpoint.stage(), t -> {
            t.name(touchpoint.title());
            if (touchpoint.mode() == Mode.AUTOMATED) {
                t.automated();
            }
            details.accept(t);
        });
    }
}
