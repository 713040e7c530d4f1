package dev.rapport.kafka.internal;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Forwards a rejected record to the dead-letter topic as it came (key and value bytes unchanged) with headers that
 * say why and where from, and counts it. Mutable, one per task, as Kafka Streams makes processors.
 */
public final class DeadLetters implements Processor<byte[], Parsed, byte[], byte[]> {

    /** The header with the reason, UTF-8. */
    public static final String REASON = "rapport.reason";
    /** The header with the record's origin: {@code topic-partition@offset}, UTF-8. */
    public static final String ORIGIN = "rapport.origin";

    private final AtomicLong count;
    private ProcessorContext<byte[], byte[]> context;

    public DeadLetters(AtomicLong count) {
        this.count = count;
    }

    @Override
    public void init(ProcessorContext<byte[], byte[]> context) {
        this.context = context;
    }

    @Override
    public void process(Record<byte[], Parsed> record) {
        Parsed parsed = record.value();
        Record<byte[], byte[]> letter = record.withValue(parsed.original());
        letter.headers().add(REASON, parsed.reason().getBytes(StandardCharsets.UTF_8));
        context.recordMetadata().ifPresent(m -> letter.headers().add(ORIGIN,
                (m.topic() + "-" + m.partition() + "@" + m.offset()).getBytes(StandardCharsets.UTF_8)));
        count.incrementAndGet();
        context.forward(letter);
    }
}
