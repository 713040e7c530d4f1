package dev.rapport.kafka;

import dev.rapport.core.Interaction;
import dev.rapport.kafka.internal.InteractionJson;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serdes for Rapport's values: an interaction as one line of core's JSON (the JSON-lines form that
 * {@code EventLogReader} reads), read with the same validation and messages as {@link dev.rapport.core.RapportJson}.
 * <pre>{@code
 * builder.stream("interactions", Consumed.with(Serdes.String(), RapportSerdes.interactions()));
 * }</pre>
 * This type is immutable and thread-safe.
 */
public final class RapportSerdes {

    private RapportSerdes() {
    }

    /**
     * Interactions as JSON. Deserializing a record that is not an interaction throws the library's
     * {@link dev.rapport.core.UnreadableInputException} or {@link dev.rapport.core.InvalidModelException} naming the
     * topic and JSON path (a {@link RapportStreams} topology sends such records to its dead-letter topic instead).
     */
    public static Serde<Interaction> interactions() {
        Serializer<Interaction> serializer = (topic, value) -> value == null ? null : InteractionJson.write(value);
        Deserializer<Interaction> deserializer = (topic, bytes) -> bytes == null ? null
                : InteractionJson.read(bytes, topic == null ? "record" : topic);
        return Serdes.serdeFrom(serializer, deserializer);
    }
}
