package dev.rapport.core;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.internal.ConsistentValidator.InvalidValue;
import dev.rapport.core.internal.Names;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/**
 * The single entry point that checks a model (an expectation, a journey map, a scorecard definition) against
 * every rule, with Jakarta Validation (Hibernate Validator), and reports all broken rules at once.
 * <p>
 * Constructors check only what would make a value meaningless (a null, a malformed id); rules across fields and
 * ranges are constraints checked here. The {@code of(...)} factories and builders call this method, so
 * mistakes surface immediately in JShell too; JSON reading calls it after binding.
 * <pre>{@code
 * Models.validate(new Expectation(Scale.CSAT, 5, 3));   // InvalidModelException: adequate: must not be better...
 * }</pre>
 * This type is thread-safe.
 */
public final class Models {

    private static final Validator VALIDATOR = buildValidator();

    private Models() {
    }

    @SuppressWarnings("resource") // the factory lives as long as the class
    private static Validator buildValidator() {
        ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
        return factory.getValidator();
    }

    /**
     * Returns the model if it breaks no rule.
     *
     * @param <T>  the model type
     * @param model  the model, not null
     * @return the same model, never null
     * @throws InvalidModelException listing every violation, sorted by path
     */
    public static <T> T validate(T model) {
        List<Violation> violations = violations(model);
        if (!violations.isEmpty()) {
            throw new InvalidModelException(Names.words(model.getClass()), violations);
        }
        return model;
    }

    /**
     * Lists every rule the model breaks, sorted by path, without throwing.
     *
     * @param model  the model, not null
     * @return the violations, empty if the model is valid, never null
     */
    public static List<Violation> violations(Object model) {
        checkNotNull(model, "model");
        Set<ConstraintViolation<Object>> found = VALIDATOR.validate(model);
        return found.stream().map(Models::toViolation).distinct()
                .sorted(Comparator.comparing(Violation::path).thenComparing(Violation::message)).toList();
    }

    private static Violation toViolation(ConstraintViolation<Object> violation) {
        Object invalid = violation.getInvalidValue();
        InvalidValue payload = ((HibernateConstraintViolation<?>) violation.unwrap(HibernateConstraintViolation.class))
                .getDynamicPayload(InvalidValue.class);
        if (payload != null) {
            invalid = payload.value();
        }
        return new Violation(path(violation.getPropertyPath()), violation.getMessage(), describe(invalid));
    }

    private static String path(Path path) {
        StringBuilder text = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                text.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getName() != null) {
                if (text.length() > 0) {
                    text.append('.');
                }
                text.append(Names.snake(node.getName()));
            }
        }
        return text.toString();
    }

    private static String describe(Object value) {
        if (value instanceof Double d) {
            return Scale.format(d);
        }
        if (value instanceof CharSequence text) {
            return "'" + text + "'";
        }
        return String.valueOf(value);
    }
}
