package dev.rapport.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The medium through which a customer reaches the service: the phone line, e-mail, chat, a web page, the
 * mobile app, social media, SMS, or a person in a store. Eight channels are built in; any other
 * (a kiosk, a chatbot in a messenger) is made with {@link #of(String)}.
 * <pre>{@code
 * Channel kiosk = Channel.of("kiosk");   Channel.parse("phone") == Channel.PHONE
 * }</pre>
 * Channels are equal when their ids are equal. In JSON a channel is its id, e.g. {@code "in-person"}.
 * This type is immutable and thread-safe.
 *
 * @param id  the identifier, lower-case kebab-case, not null
 */
public record Channel(String id) {

    /** A voice call, to or from a contact centre. */
    public static final Channel PHONE = new Channel("phone");
    /** Written messages by e-mail, including web forms answered by e-mail. */
    public static final Channel EMAIL = new Channel("email");
    /** Live chat with an agent or a bot. */
    public static final Channel CHAT = new Channel("chat");
    /** The web site, including self-service pages and the help centre. */
    public static final Channel WEB = new Channel("web");
    /** The company's own mobile application. */
    public static final Channel MOBILE_APP = new Channel("mobile-app");
    /** Public or private messages on social networks. */
    public static final Channel SOCIAL = new Channel("social");
    /** Text messages. */
    public static final Channel SMS = new Channel("sms");
    /** Face to face: a store, a branch, a visit. */
    public static final Channel IN_PERSON = new Channel("in-person");

    private static final ImmutableList<Channel> STANDARD =
            ImmutableList.of(PHONE, EMAIL, CHAT, WEB, MOBILE_APP, SOCIAL, SMS, IN_PERSON);

    public Channel {
        Ids.kebab(id, "channel", "id");
    }

    //-----------------------------------------------------------------------
    /**
     * Obtains the channel with the given id: one of the built-in ones, or a custom channel.
     *
     * @param id  the identifier, lower-case kebab-case, not null
     * @return the channel, never null
     * @throws IllegalArgumentException if the id is not lower-case kebab-case
     */
    @JsonCreator
    public static Channel of(String id) {
        for (Channel channel : STANDARD) {
            if (channel.id.equals(id)) {
                return channel;
            }
        }
        return new Channel(id);
    }

    /**
     * Reads a channel from text as written by {@link #toString()}, forgiving case, spaces and underscores:
     * {@code "In person"}, {@code "IN_PERSON"} and {@code "in-person"} are the same channel.
     *
     * @param text  the text, not null
     * @return the channel, never null
     * @throws IllegalArgumentException if the text holds no letters or digits
     */
    public static Channel parse(CharSequence text) {
        String id = Ids.fromName(text.toString());
        if (id.equals("e-mail")) {
            id = "email";
        }
        return of(id);
    }

    /** The eight built-in channels: phone, email, chat, web, mobile-app, social, sms, in-person. */
    public static List<Channel> standard() {
        return STANDARD;
    }

    /** Whether this is one of the eight built-in channels. */
    public boolean isStandard() {
        return STANDARD.contains(this);
    }

    /** Returns the id, e.g. {@code in-person}; {@link #parse} reads it back. */
    @JsonValue
    @Override
    public String toString() {
        return id;
    }
}
