package dev.rapport.benchmarks;

/**
 * Thrown when Rapport and DuckDB give different answers to a workload: a comparison of different answers means
 * nothing, so the run stops. The message names the workload, the group and both values.
 */
public final class AnswersDifferException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AnswersDifferException(String message) {
        super(message);
    }
}
