package dev.rapport.core;

/**
 * A model with rules that relate several of its fields (adequate no better than desired; a score on its scale),
 * checked under {@link Consistent} by {@link Models#validate}. Journey maps and scorecard definitions use it too.
 */
public interface CrossFieldChecked {

    /**
     * Reports every broken cross-field rule.
     *
     * @param problems  where to report, not null
     */
    void checkCrossFields(Problems problems);

    /** Collects broken rules. */
    interface Problems {
        /**
         * Reports a broken rule.
         *
         * @param property  the property path from this object, in Java spelling, e.g. "adequate"
         * @param message  what is wrong, without the value
         * @param invalidValue  the value found
         */
        void add(String property, String message, Object invalidValue);
    }
}
