package dev.rapport.kafka.internal;

import dev.rapport.core.Interaction;
import java.util.Optional;

/**
 * One input record as read: the interaction or why it could not be read, with its original bytes (for the dead-letter
 * and late-records topics, and the repartition topic, which carries them as they came). This type is immutable and
 * thread-safe (the bytes are never changed).
 */
public record Parsed(Optional<Interaction> interaction, String reason, byte[] original) {

    public static Parsed of(Interaction interaction, byte[] original) {
        return new Parsed(Optional.of(interaction), "", original);
    }

    public static Parsed rejected(String reason, byte[] original) {
        return new Parsed(Optional.empty(), reason, original == null ? new byte[0] : original);
    }
}
