/**
 * The vocabulary of customer experience: where customers meet the service ({@link dev.rapport.core.Touchpoint},
 * {@link dev.rapport.core.Channel}, {@link dev.rapport.core.Stage}), what they expect and what they get
 * ({@link dev.rapport.core.Expectation}, {@link dev.rapport.core.Delivery}, {@link dev.rapport.core.ExpectationGap},
 * {@link dev.rapport.core.ServicePromise}), and what happened ({@link dev.rapport.core.Interaction},
 * {@link dev.rapport.core.SurveyResponse}).
 * <p>
 * Every type here is an immutable value. Documents are checked by {@link dev.rapport.core.Models#validate(Object)}
 * and read and written by {@link dev.rapport.core.RapportJson}. Faults in data or documents are reported with a
 * {@link dev.rapport.core.RapportException}.
 */
package dev.rapport.core;
