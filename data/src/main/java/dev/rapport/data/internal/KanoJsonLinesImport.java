package dev.rapport.data.internal;

import dev.rapport.core.KanoAnswer;
import dev.rapport.core.RapportJson;
import dev.rapport.core.UnreadableInputException;
import dev.rapport.data.KanoImport;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;

/** Reads one Kano answer pair per non-blank line, a JSON object (see {@code KanoReader}). */
public final class KanoJsonLinesImport {

    private static final ObjectReader READER = RapportJson.mapper().readerFor(JsonNode.class);
    private static final Set<String> PROPERTIES = Set.of("respondent_id", "feature", "functional", "dysfunctional");

    private KanoJsonLinesImport() {
    }

    /** Reads a whole stream; the reader is not closed. */
    public static KanoImport read(BufferedReader reader, KanoRows rows) throws IOException {
        long line = 0;
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = READER.readValue(text);
            } catch (JacksonException e) {
                UnreadableInputException translated = RapportJson.translate(e, rows.source());
                rows.reject(line, translated.jsonPath().orElse(""), translated.problem(), e);
                continue;
            }
            row(node, line, rows);
        }
        return rows.result();
    }

    private static void row(JsonNode node, long line, KanoRows rows) {
        if (node == null || !node.isObject()) {
            rows.reject(line, "", "expected a JSON object, found " + kind(node), null);
            return;
        }
        String path = "$";
        try {
            for (String name : node.propertyNames()) {
                if (!PROPERTIES.contains(name)) {
                    path = "$." + name;
                    throw new IllegalArgumentException("unknown property '" + name + "'; expected respondent_id, "
                            + "feature, functional, dysfunctional");
                }
            }
            path = "$.respondent_id";
            String respondent = id(node.get("respondent_id"), "respondent_id");
            path = "$.feature";
            String feature = text(node.get("feature"), "feature");
            path = "$.functional";
            Optional<KanoAnswer> functional = answer(node.get("functional"));
            path = "$.dysfunctional";
            Optional<KanoAnswer> dysfunctional = answer(node.get("dysfunctional"));
            path = "";
            rows.accept(line, respondent, feature, functional, dysfunctional);
        } catch (IllegalArgumentException e) {
            rows.reject(line, path, e.getMessage(), e);
        }
    }

    private static String id(JsonNode value, String name) {
        if (value != null && value.isIntegralNumber()) {
            return value.asString();
        }
        return text(value, name);
    }

    private static String text(JsonNode value, String name) {
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("missing required property '" + name + "'");
        }
        if (!value.isString()) {
            throw new IllegalArgumentException(name + " must be a string, found " + kind(value));
        }
        String text = value.asString().trim();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("missing value for required property '" + name + "'");
        }
        return text;
    }

    private static Optional<KanoAnswer> answer(JsonNode value) {
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (value.isIntegralNumber() || value.isString()) {
            return KanoAnswer.parseOptional(value.asString());
        }
        throw new IllegalArgumentException("a Kano answer must be a word or a code 1 to 5, found " + kind(value));
    }

    private static String kind(JsonNode node) {
        if (node == null || node.isNull()) {
            return "null";
        }
        return node.isObject() ? "an object" : node.isArray() ? "an array" : node.isNumber() ? "a number"
                : node.isBoolean() ? "a boolean" : "a string";
    }
}
