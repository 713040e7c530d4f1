package dev.rapport.kafka;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The handle of one live scorecard added to a topology by {@link RapportStreams#addTo}: what it has counted since
 * the application started, across all its stream threads.
 * <pre>{@code
 * long bad = live.deadLetters();
 * long late = live.lateRecords();
 * }</pre>
 * This type is thread-safe.
 */
public final class LiveScorecard {

    private final AtomicLong deadLetters;
    private final AtomicLong lateRecords;

    LiveScorecard(AtomicLong deadLetters, AtomicLong lateRecords) {
        this.deadLetters = deadLetters;
        this.lateRecords = lateRecords;
    }

    /** The records sent to the dead-letter topic so far. */
    public long deadLetters() {
        return deadLetters.get();
    }

    /**
     * The interactions sent to the late-records topic so far: those that arrived after every window holding them had
     * closed (its end plus the grace period passed in stream time).
     */
    public long lateRecords() {
        return lateRecords.get();
    }

    @Override
    public String toString() {
        return "LiveScorecard[dead letters " + deadLetters() + ", late records " + lateRecords() + "]";
    }
}
