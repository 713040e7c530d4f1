package dev.rapport.data.internal;

import dev.rapport.core.Channel;
import java.time.ZoneOffset;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The rules every reader shares, whatever the format (CSV on both paths, JSON lines, XES):
 * <ul>
 * <li>a timestamp without an offset ({@code 2026-01-05T09:30:00}) is in the reader's zone: UTC, unless a CSV
 *     column mapping names another ({@link Timestamps#parseIso});
 * <li>a byte-order mark at the start of the input is not part of the first value (CSV header, first JSON line,
 *     the XML parser's own rule for XES);
 * <li>a channel is read forgivingly, as people type it: {@code E-mail}, {@code In person} and {@code IN_PERSON}
 *     are {@code email} and {@code in-person} ({@link Channel#parse}).
 * </ul>
 * CSV and XES apply them cell by cell; {@link #JSON_LINES} applies them to JSON lines, whose strings would otherwise
 * be read by core's stricter JSON format (an instant with an offset, a kebab-case channel id).
 */
public final class FormatRules {

    private FormatRules() {
    }

    /** The byte-order mark, as a character. */
    public static final char BOM = '\uFEFF';

    /** The text without a leading byte-order mark. */
    public static String withoutBom(String text) {
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }

    /**
     * A Jackson module that reads JSON strings for instants and channels by these rules; anything else (a number
     * for an instant, say) goes to the deserializer the mapper already has.
     */
    public static final SimpleModule JSON_LINES = new SimpleModule("rapport-format-rules")
            .setDeserializerModifier(new ValueDeserializerModifier() {
                @Override
                public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
                        BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
                    Class<?> type = description.getBeanClass();
                    return type == java.time.Instant.class || type == Channel.class
                            ? new Forgiving(deserializer, type) : deserializer;
                }
            });

    /** A string read by the rules above; every other token read as before. */
    private static final class Forgiving extends DelegatingDeserializer {

        private final Class<?> type;

        Forgiving(ValueDeserializer<?> delegate, Class<?> type) {
            super(delegate);
            this.type = type;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Forgiving(delegate, type);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return super.deserialize(p, ctxt);
            }
            String text = p.getString();
            try {
                return type == Channel.class ? Channel.parse(text) : Timestamps.parseIso(text.trim(), ZoneOffset.UTC);
            } catch (IllegalArgumentException e) {
                // the usual message of core's format: "cannot read 'x' as an instant such as ..."
                throw ctxt.weirdStringException(text, type, e.getMessage());
            }
        }
    }
}
