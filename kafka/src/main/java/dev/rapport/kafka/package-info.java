/**
 * Live scorecards on Kafka Streams: {@link dev.rapport.kafka.RapportStreams} adds a windowed scorecard topology to a
 * host's {@code StreamsBuilder}; {@link dev.rapport.kafka.RapportSerdes} reads and writes interactions as core's
 * JSON.
 */
package dev.rapport.kafka;
