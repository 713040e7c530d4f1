package dev.rapport.core;

/**
 * Who starts a contact: the {@link #CUSTOMER} (a call, a chat, a visit), or the {@link #COMPANY} reaching out
 * proactively (a follow-up call after a transfer, a thank-you note, a warning before a delay). Proactive
 * contacts are what the proactive follow-up rate counts. In JSON: {@code "customer"}, {@code "company"}.
 * <pre>{@code
 * Touchpoint.builder("follow-up-call", Channel.PHONE, Stage.SUPPORT).initiator(Initiator.COMPANY).build()
 * }</pre>
 */
public enum Initiator {
    /** The customer starts the contact. */
    CUSTOMER,
    /** The company starts the contact, proactively. */
    COMPANY
}
