package dev.rapport.kafka.internal;

import dev.rapport.core.Interaction;
import dev.rapport.core.RapportJson;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.ObjectNode;

/**
 * An interaction as one line of core's JSON (the JSON-lines form: no format version, no indentation), and back with
 * {@link RapportJson}'s validation and messages. This type is thread-safe.
 */
public final class InteractionJson {

    private static final ObjectWriter LINE = RapportJson.mapper().writer()
            .without(SerializationFeature.INDENT_OUTPUT);

    private InteractionJson() {
    }

    /** A value as one line of Rapport's JSON, an object with {@code "format_version"} first as RapportJson writes it. */
    public static String line(Object value) {
        JsonNode tree = RapportJson.mapper().valueToTree(value);
        if (tree instanceof ObjectNode object) {
            ObjectNode withVersion = RapportJson.mapper().createObjectNode();
            withVersion.put(RapportJson.FORMAT_PROPERTY, RapportJson.FORMAT_VERSION);
            withVersion.setAll(object);
            tree = withVersion;
        }
        return LINE.writeValueAsString(tree);
    }

    public static byte[] write(Interaction interaction) {
        try {
            return LINE.writeValueAsBytes(interaction);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("cannot write interaction " + interaction.interactionId() + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads one interaction.
     *
     * @param source  the input's name in messages, e.g. the topic
     * @throws dev.rapport.core.UnreadableInputException if the bytes are not an interaction
     * @throws dev.rapport.core.InvalidModelException if the interaction breaks a rule
     */
    public static Interaction read(byte[] bytes, String source) {
        Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
        return RapportJson.read(reader, source, Interaction.class);
    }

    /** Reads leniently: a record that is null, empty, not JSON or breaks a rule is rejected with the reason. */
    public static Parsed parse(byte[] bytes, String source) {
        if (bytes == null || bytes.length == 0) {
            return Parsed.rejected("empty record: expected an interaction as JSON", bytes);
        }
        try {
            return Parsed.of(read(bytes, source), bytes);
        } catch (RuntimeException e) { // RapportException for bad input; anything else is reported, not fatal
            return Parsed.rejected(e.getMessage(), bytes);
        }
    }
}
