/**
 * What a newcomer runs first: {@link dev.rapport.examples.SampleData}, a reproducible generator of a retail
 * service operation (canonical CSV, a stream of interactions, and the journey map they follow);
 * {@link dev.rapport.examples.Report}, the demo's analysis of a log as a terminal summary and a self-contained
 * HTML report; and {@link dev.rapport.examples.Rapport}, the {@code rapport} command line ({@code demo},
 * {@code generate}, {@code scorecard}, {@code journey}, {@code report}). The JShell scripts live in
 * {@code examples/jshell}.
 */
package dev.rapport.examples;
