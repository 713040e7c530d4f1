package dev.rapport.core;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.rapport.core.internal.ConsistentValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A class-level Jakarta constraint for models with rules across fields (levels in order, values on a scale),
 * run by {@link Models#validate} with every broken rule reported on its own property path. Usage:
 * {@code @Consistent public record Expectation(...) implements CrossFieldChecked}. The annotated type implements
 * {@link CrossFieldChecked}, whose rules are run by an internal validator.
 */
@Documented
@Constraint(validatedBy = ConsistentValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface Consistent {
    /** Unused: each rule supplies its own message. */
    String message() default "is inconsistent";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};
}
