/**
 * Rapport journey: the designed journey and the actual one.
 * <ul>
 * <li>{@link dev.rapport.journey.JourneyMap}: a persona's designed journey (stages, touchpoints, expected paths,
 * emotion, pain points, moments of truth), built in a few lines, validated, read and written as JSON, drawn as
 * Mermaid, DOT or SVG.</li>
 * <li>{@link dev.rapport.journey.JourneyLog} groups imported interactions (from the data module's readers) into
 * {@link dev.rapport.journey.Journey}s by customer or by case (stable sort by timestamp).</li>
 * <li>Analyses: {@link dev.rapport.journey.DirectlyFollowsGraph} (discovery, also straight over the data module's
 * {@code InteractionColumns}), {@link dev.rapport.journey.ConformanceReport}, {@link dev.rapport.journey.Funnel},
 * {@link dev.rapport.journey.CaseTimes}, {@link dev.rapport.journey.ChannelSwitching} and
 * {@link dev.rapport.journey.Attribution}.</li>
 * </ul>
 * Implementation lives in {@code dev.rapport.journey.internal}, which other modules do not import.
 */
package dev.rapport.journey;
