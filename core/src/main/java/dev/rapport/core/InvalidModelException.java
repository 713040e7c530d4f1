package dev.rapport.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A model (a journey map, an expectation, a scorecard definition) breaks one or more rules. Every violation
 * is listed at once, each with its property path and the value found, so that a consultant can fix a
 * document in one pass.
 * <pre>{@code
 * catch (InvalidModelException e) { e.violations().forEach(System.out::println); }
 * }</pre>
 */
public class InvalidModelException extends RapportException {

    private static final long serialVersionUID = 1L;

    private final String modelType;
    private final ImmutableList<Violation> violations;

    /**
     * Creates an exception listing every violation.
     *
     * @param modelType  what kind of model was checked, e.g. "expectation", not null
     * @param violations  the violations, not null, not empty
     */
    public InvalidModelException(String modelType, List<Violation> violations) {
        super(message(checkNotNull(modelType, "modelType"), checkNotNull(violations, "violations")));
        checkArgument(!violations.isEmpty(), "an invalid model has at least one violation");
        this.modelType = modelType;
        this.violations = ImmutableList.copyOf(violations);
    }

    private static String message(String modelType, List<Violation> violations) {
        return "invalid " + modelType + " (" + violations.size()
                + (violations.size() == 1 ? " problem" : " problems") + "):\n"
                + violations.stream().map(v -> "  " + v).collect(Collectors.joining("\n"));
    }

    /** The kind of model that was checked, e.g. {@code expectation}. */
    public String modelType() {
        return modelType;
    }

    /** Every violation found, sorted by path, never empty. */
    public List<Violation> violations() {
        return violations;
    }
}
