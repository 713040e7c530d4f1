package dev.rapport.core;

/**
 * Who serves the customer at a touchpoint: a person ({@link #HUMAN}) or self-service and automation
 * ({@link #AUTOMATED}: FAQ pages, IVR menus, bots). In JSON: {@code "human"}, {@code "automated"}.
 * <pre>{@code
 * Touchpoint.of("faq", Channel.WEB, Stage.SUPPORT).withMode(Mode.AUTOMATED)
 * }</pre>
 */
public enum Mode {
    /** A person serves the customer. */
    HUMAN,
    /** The customer serves themself, or a machine serves them. */
    AUTOMATED
}
