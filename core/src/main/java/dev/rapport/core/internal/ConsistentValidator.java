package dev.rapport.core.internal;

import dev.rapport.core.Consistent;
import dev.rapport.core.CrossFieldChecked;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Runs the cross-field rules of a {@link CrossFieldChecked} model. Each broken rule becomes a violation on its
 * own property, carrying the invalid value as the dynamic payload so that the report can quote it.
 */
public final class ConsistentValidator implements ConstraintValidator<Consistent, CrossFieldChecked> {

    @Override
    public boolean isValid(CrossFieldChecked value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        boolean[] valid = {true};
        context.disableDefaultConstraintViolation();
        value.checkCrossFields((property, message, invalidValue) -> {
            valid[0] = false;
            HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
            hibernate.withDynamicPayload(new InvalidValue(invalidValue));
            var builder = hibernate.buildConstraintViolationWithTemplate(escape(message));
            if (property.isEmpty()) {
                builder.addConstraintViolation();
            } else {
                builder.addPropertyNode(property).addConstraintViolation();
            }
        });
        return valid[0];
    }

    /** Messages are plain text, not templates: escape the template and EL characters. */
    private static String escape(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }

    /** The value a cross-field rule found, carried to the report. */
    public record InvalidValue(Object value) {
    }
}
