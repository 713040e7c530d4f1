package dev.rapport.kafka.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Finds the interactions that arrive after every window holding them has closed, by the rule of Kafka Streams'
 * windowed aggregation (a window closes when its end is at or before stream time minus the grace period), just
 * before the aggregation: such a record is turned into a rejected {@link Parsed} with its original bytes and the
 * reason in header {@value DeadLetters#REASON}, and counted; an interaction that still has an open window passes on
 * (a hopping window already closed among its windows is dropped and counted by Kafka Streams itself). Stream time is
 * observed as the aggregation observes it: the largest timestamp of the interactions this processor has seen (not the
 * task's, which also counts records sent to the dead-letter topic with their Kafka timestamps). Mutable, one per
 * task, as Kafka Streams makes processors.
 */
public final class LateRecords implements FixedKeyProcessor<String, Parsed, Parsed> {

    private final long size;
    private final long advance;
    private final long grace;
    private final AtomicLong count;
    private FixedKeyProcessorContext<String, Parsed> context;
    private long streamTime = Long.MIN_VALUE;

    public LateRecords(long sizeMillis, long advanceMillis, long graceMillis, AtomicLong count) {
        this.size = sizeMillis;
        this.advance = advanceMillis;
        this.grace = graceMillis;
        this.count = count;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Parsed> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, Parsed> record) {
        long t = record.timestamp();
        long lastEnd = t - Math.floorMod(t, advance) + size;   // the end of the latest window that holds t
        streamTime = Math.max(streamTime, t);
        if (lastEnd > streamTime - grace) {
            context.forward(record);
            return;
        }
        String reason = String.format("late: the window [%s, %s) closed when stream time passed %s (grace %d ms);"
                + " stream time is %s", Instant.ofEpochMilli(lastEnd - size), Instant.ofEpochMilli(lastEnd),
                Instant.ofEpochMilli(lastEnd + grace), grace, Instant.ofEpochMilli(streamTime));
        FixedKeyRecord<String, Parsed> late = record.withValue(Parsed.rejected(reason, record.value().original()));
        late.headers().add(DeadLetters.REASON, reason.getBytes(StandardCharsets.UTF_8));
        count.incrementAndGet();
        context.forward(late);
    }
}
