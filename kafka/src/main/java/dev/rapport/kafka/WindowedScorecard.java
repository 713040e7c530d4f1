package dev.rapport.kafka;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.kafka.internal.InteractionJson;
import dev.rapport.metrics.ScorecardResult;
import java.time.Instant;

/**
 * One record of the output topic: the scorecard of the interactions of one group whose timestamps fall in one time
 * window, {@code [windowStart, windowEnd)}. Written as Rapport's JSON:
 * <pre>{@code
 * {"format_version": 2, "grouping": "channel", "group": "phone", "window_start": "2026-05-04T09:00:00Z",
 *  "window_end": "2026-05-04T09:05:00Z", "result": { ...the ScorecardResult's JSON... }}
 * }</pre>
 * This type is immutable and thread-safe.
 *
 * @param grouping  what the stream is grouped by ({@code touchpoint}, {@code channel}, ...; {@code overall} for none)
 * @param group  the group's value ({@code overall} without a grouping, {@code (none)} for interactions without one)
 * @param windowStart  the window's first instant, inclusive
 * @param windowEnd  the window's end, exclusive
 * @param result  the scorecard over the window's interactions of the group
 */
public record WindowedScorecard(String grouping, String group, Instant windowStart, Instant windowEnd,
        ScorecardResult result) {

    public WindowedScorecard {
        checkNotNull(grouping, "grouping");
        checkNotNull(group, "group");
        checkNotNull(result, "result");
        checkArgument(checkNotNull(windowStart, "windowStart").isBefore(checkNotNull(windowEnd, "windowEnd")),
                "a window must end after it starts, was %s to %s", windowStart, windowEnd);
    }

    /** Writes this record as one line of JSON (the format above), as the output topic holds it. */
    public String toJson() {
        return InteractionJson.line(this);
    }
}
