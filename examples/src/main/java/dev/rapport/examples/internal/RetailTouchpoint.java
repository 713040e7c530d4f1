package dev.rapport.examples.internal;

import dev.rapport.core.Channel;
import dev.rapport.core.Initiator;
import dev.rapport.core.Mode;
import dev.rapport.core.Stage;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The touchpoints of the sample retailer (a home-electronics chain with web shop, stores and a contact centre),
 * with the bytes the CSV writer needs precomputed.
 */
public enum RetailTouchpoint {
    WEB_LANDING("web-landing", "Web landing page", Channel.WEB, Stage.AWARENESS, Mode.AUTOMATED),
    STORE_VISIT("store-visit", "Store visit", Channel.IN_PERSON, Stage.AWARENESS, Mode.HUMAN),
    PRODUCT_PAGES("product-pages", "Product pages", Channel.WEB, Stage.CONSIDERATION, Mode.AUTOMATED),
    SALES_CHAT("sales-chat", "Sales chat", Channel.CHAT, Stage.CONSIDERATION, Mode.HUMAN),
    STORE_ADVICE("store-advice", "Advice in store", Channel.IN_PERSON, Stage.CONSIDERATION, Mode.HUMAN),
    WEB_CHECKOUT("web-checkout", "Web checkout", Channel.WEB, Stage.PURCHASE, Mode.AUTOMATED),
    STORE_CHECKOUT("store-checkout", "Store till", Channel.IN_PERSON, Stage.PURCHASE, Mode.HUMAN),
    ORDER_CONFIRMATION("order-confirmation", "Order confirmation", Channel.EMAIL, Stage.ONBOARDING, Mode.AUTOMATED,
            Initiator.COMPANY),
    DELIVERY_TRACKING("delivery-tracking", "Delivery tracking", Channel.WEB, Stage.ONBOARDING, Mode.AUTOMATED),
    SETUP_GUIDE("setup-guide", "Set-up guide", Channel.WEB, Stage.ONBOARDING, Mode.AUTOMATED),
    HELP_CENTRE("help-centre", "Help centre", Channel.WEB, Stage.SUPPORT, Mode.AUTOMATED),
    SUPPORT_CHAT("support-chat", "Support chat", Channel.CHAT, Stage.SUPPORT, Mode.HUMAN),
    PHONE_SUPPORT("phone-support", "Phone support (first line)", Channel.PHONE, Stage.SUPPORT, Mode.HUMAN),
    PHONE_SPECIALIST("phone-specialist", "Phone specialist (second line)", Channel.PHONE, Stage.SUPPORT,
            Mode.HUMAN),
    EMAIL_SUPPORT("email-support", "E-mail support", Channel.EMAIL, Stage.SUPPORT, Mode.HUMAN),
    STORE_RETURNS("store-returns", "Returns desk", Channel.IN_PERSON, Stage.SUPPORT, Mode.HUMAN),
    COMPLAINTS_TEAM("complaints-team", "Complaints team", Channel.EMAIL, Stage.SUPPORT, Mode.HUMAN),
    FOLLOW_UP_CALL("follow-up-call", "Follow-up call", Channel.PHONE, Stage.SUPPORT, Mode.HUMAN,
            Initiator.COMPANY),
    REVIEW_REQUEST("review-request", "Review request", Channel.EMAIL, Stage.LOYALTY, Mode.AUTOMATED,
            Initiator.COMPANY),
    LOYALTY_CLUB("loyalty-club", "Loyalty club", Channel.WEB, Stage.LOYALTY, Mode.AUTOMATED),
    REPEAT_ORDER("repeat-order", "Repeat order", Channel.WEB, Stage.LOYALTY, Mode.AUTOMATED);

    private final String id;
    private final String title;
    private final Channel channel;
    private final Stage stage;
    private final Mode mode;
    private final Initiator initiator;
    /** {@code touchpoint,stage,channel,mode} as CSV bytes. */
    final byte[] csvColumns;

    RetailTouchpoint(String id, String title, Channel channel, Stage stage, Mode mode) {
        this(id, title, channel, stage, mode, Initiator.CUSTOMER);
    }

    RetailTouchpoint(String id, String title, Channel channel, Stage stage, Mode mode, Initiator initiator) {
        this.id = id;
        this.title = title;
        this.channel = channel;
        this.stage = stage;
        this.mode = mode;
        this.initiator = initiator;
        this.csvColumns = (id + ',' + stage.id() + ',' + channel.id() + ',' + mode.name().toLowerCase(Locale.ROOT))
                .getBytes(StandardCharsets.US_ASCII);
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public Channel channel() {
        return channel;
    }

    public Stage stage() {
        return stage;
    }

    public Mode mode() {
        return mode;
    }

    public Initiator initiator() {
        return initiator;
    }

    /** Whether the customer waits in a live queue (phone, chat, a desk in a store) before being served. */
    boolean isLiveQueue() {
        return mode == Mode.HUMAN && initiator == Initiator.CUSTOMER && channel != Channel.EMAIL;
    }
}
