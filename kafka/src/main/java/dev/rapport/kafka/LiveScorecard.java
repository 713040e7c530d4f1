package dev.rapport.kafka;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The handle of one live scorecard added to a topology by {@link RapportStreams#addTo}: what it has counted since
 * the application started, across all its stream threads.
 * <pre>{@code
 * long bad = live.deadLetters();
 * }</pre>
 * Late records (after their window closed) are counted by Kafka Streams itself, in the task metric
 * {@code dropped-records-total} of group {@code stream-task-metrics}. This type is thread-safe.
 */
public final class LiveScorecard {

    private final AtomicLong deadLetters;

    LiveScorecard(AtomicLong deadLetters) {
        this.deadLetters = deadLetters;
    }

    /** The records sent to the dead-letter topic so far. */
    public long deadLetters() {
        return deadLetters.get();
    }

    @Override
    public String toString() {
        return "LiveScorecard[dead letters " + deadLetters() + "]";
    }
}
