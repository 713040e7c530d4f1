package dev.rapport.core.internal;

/** A model with rules that relate several of its fields, checked under {@link Consistent}. */
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
