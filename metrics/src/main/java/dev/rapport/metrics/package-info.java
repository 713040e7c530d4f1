/**
 * Measurement: mergeable CX metrics ({@link dev.rapport.metrics.Metric}), honest numbers
 * ({@link dev.rapport.metrics.Estimate}: a value with its interval, sample size and method), and scorecards.
 */
package dev.rapport.metrics;
