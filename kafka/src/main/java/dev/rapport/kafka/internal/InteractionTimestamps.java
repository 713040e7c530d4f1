package dev.rapport.kafka.internal;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;

/**
 * Event time is the interaction's own timestamp (read once, by the value deserializer, before extraction). A
 * rejected record keeps its Kafka timestamp (or the partition's time when it has none) on its way to the dead-letter
 * topic. This type is immutable and thread-safe.
 */
public final class InteractionTimestamps implements TimestampExtractor {

    @Override
    public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
        if (record.value() instanceof Parsed parsed && parsed.interaction().isPresent()) {
            return parsed.interaction().get().timestamp().toEpochMilli();
        }
        return record.timestamp() >= 0 ? record.timestamp() : Math.max(partitionTime, 0);
    }
}
