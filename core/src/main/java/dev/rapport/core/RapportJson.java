package dev.rapport.core;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.rapport.core.internal.Names;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads and writes Rapport's JSON, the one format for every model type, with Jackson 3.
 * <p>
 * The format: property names in snake_case ({@code wait_seconds}); enum values in lower snake_case
 * ({@code "automated"}, {@code "higher_is_better"}); channels, ids and instants as strings ({@code "2026-01-05T09:30:00Z"}); absent optional
 * values omitted. A document's root object starts with {@code "format_version": 2}; reading accepts it
 * missing (for hand-written documents), accepts version 1 (see {@link #FORMAT_VERSION}) and rejects any other.
 * <p>
 * Reading is strict and bounded: an unknown property, a property that appears twice in one object, a wrong type,
 * a missing required value or a value that breaks a rule fails with an {@link UnreadableInputException} or
 * {@link InvalidModelException} that names the JSON path (and line and column where known). No value is altered
 * on the way in: a fraction in an integer field ({@code "nps": 9.7}) and a number written as text
 * ({@code "nps": "9"}) are refused, not truncated or converted, and so is a timestamp written as a number
 * (epoch seconds or milliseconds? the reader does not guess): timestamps are ISO-8601 text. A document may be at most {@value #MAX_DOCUMENT_CHARS}
 * characters, nested {@value #MAX_DEPTH} deep, with strings of at most {@value #MAX_STRING_CHARS} characters.
 * No type is ever chosen from a class name in the input.
 * <pre>{@code
 * String json = RapportJson.write(expectation);
 * Expectation back = RapportJson.read(json, Expectation.class);
 * }</pre>
 * This type is thread-safe.
 */
public final class RapportJson {

    /**
     * The version of the format this release writes: 2. Version 2 made an interaction's {@code wait_seconds} and
     * {@code handle_seconds} optional ({@code null} or absent: unknown). Every version 1 document is a valid
     * version 2 document with the same meaning, so this release reads both; a release that reads only version 1
     * refuses a version 2 document by its version rather than misreading an absent wait.
     */
    public static final int FORMAT_VERSION = 2;
    /** The oldest version of the format this release reads. */
    public static final int OLDEST_FORMAT_VERSION = 1;
    /** The property of the root object that holds the format version. */
    public static final String FORMAT_PROPERTY = "format_version";
    /** The longest document read, in characters: 64 MiB. */
    public static final long MAX_DOCUMENT_CHARS = 64L * 1024 * 1024;
    /** The deepest nesting of objects and arrays read. */
    public static final int MAX_DEPTH = 64;
    /** The longest string value read, in characters: 1 MiB. */
    public static final int MAX_STRING_CHARS = 1024 * 1024;

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxDocumentLength(MAX_DOCUMENT_CHARS)
                            .maxNestingDepth(MAX_DEPTH)
                            .maxStringLength(MAX_STRING_CHARS)
                            .maxNameLength(1024)
                            .maxNumberLength(64)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_ABSENT))
            .changeDefaultVisibility(visibility -> visibility.withIsGetterVisibility(JsonAutoDetect.Visibility.NONE))
            // "" is not a number: without this, "wait_seconds": "" would read as unknown (or as 0 for a primitive).
            .withCoercionConfigDefaults(config -> config.setCoercion(CoercionInputShape.EmptyString,
                    CoercionAction.Fail))
            // "9" is not a number either: numbers are written as numbers, so text never becomes one.
            .withCoercionConfig(LogicalType.Integer, config -> config.setCoercion(CoercionInputShape.String,
                    CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Float, config -> config.setCoercion(CoercionInputShape.String,
                    CoercionAction.Fail))
            .addModule(new SimpleModule("rapport-instants").setDeserializerModifier(new TextInstants()))
            .addHandler(new FormatVersionHandler())
            .build();

    private RapportJson() {
    }

    /**
     * The configured mapper, for modules and hosts that stream many values (JSON lines) in this format.
     * Translate its exceptions with {@link #translate(JacksonException, String)}.
     *
     * @return the shared mapper, never null
     */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    //-----------------------------------------------------------------------
    /**
     * Writes a value as an indented JSON document; an object gets {@code "format_version": 2} first.
     *
     * @param value  the value, not null
     * @return the JSON text, never null
     */
    public static String write(Object value) {
        checkNotNull(value, "value");
        JsonNode tree = MAPPER.valueToTree(value);
        if (tree instanceof ObjectNode object) {
            ObjectNode withVersion = MAPPER.createObjectNode();
            withVersion.put(FORMAT_PROPERTY, FORMAT_VERSION);
            withVersion.setAll(object);
            tree = withVersion;
        }
        return MAPPER.writeValueAsString(tree);
    }

    /**
     * Writes a value as a JSON document to a file, replacing it.
     *
     * @param value  the value, not null
     * @param file  the file, not null
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void write(Object value, Path file) {
        try {
            Files.writeString(checkNotNull(file, "file"), write(value), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * Reads a value from JSON text and checks it with {@link Models#validate}.
     *
     * @param <T>  the type to read
     * @param json  the JSON text, not null
     * @param type  the type, not null
     * @return the value, never null
     * @throws UnreadableInputException if the text is not a valid document for the type, naming the JSON path
     * @throws InvalidModelException if the value breaks a rule, naming every violation by its JSON path
     */
    public static <T> T read(String json, Class<T> type) {
        return read(new StringReader(checkNotNull(json, "json")), "JSON text", type);
    }

    /**
     * Reads a value from a UTF-8 JSON file and checks it.
     *
     * @param <T>  the type to read
     * @param file  the file, not null
     * @param type  the type, not null
     * @return the value, never null
     * @throws UnreadableInputException if the file cannot be read or is not a valid document for the type
     * @throws InvalidModelException if the value breaks a rule
     */
    public static <T> T read(Path file, Class<T> type) {
        checkNotNull(file, "file");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString(), type);
        } catch (IOException e) {
            throw UnreadableInputException.cannotRead(file, e);
        }
    }

    /**
     * Reads a value from a stream of JSON text and checks it. The reader is not closed.
     *
     * @param <T>  the type to read
     * @param reader  the JSON text, not null
     * @param source  a name for the input in messages, e.g. the file name, not null
     * @param type  the type, not null
     * @return the value, never null
     * @throws UnreadableInputException if the text is not a valid document for the type
     * @throws InvalidModelException if the value breaks a rule
     */
    public static <T> T read(Reader reader, String source, Class<T> type) {
        checkNotNull(reader, "reader");
        checkNotNull(source, "source");
        checkNotNull(type, "type");
        T value;
        try (JsonParser parser = MAPPER.createParser(reader)) {
            skipLeadingFormatVersion(parser);
            value = MAPPER.readValue(parser, type);
        } catch (JacksonException e) {
            throw translate(e, source);
        }
        if (value == null) {
            throw new UnreadableInputException(source, 0, 0, "$", "expected " + typeName(type) + ", found null",
                    null);
        }
        return validateRead(value, source);
    }

    /**
     * Checks a value read from a source, reporting violations by JSON path ({@code $.adequate}).
     *
     * @param <T>  the type
     * @param value  the value, not null
     * @param source  the input's name, not null
     * @return the value, never null
     * @throws InvalidModelException if the value breaks a rule
     */
    public static <T> T validateRead(T value, String source) {
        List<Violation> violations = Models.violations(value);
        if (!violations.isEmpty()) {
            throw new InvalidModelException(Names.words(value.getClass()) + " in " + source, violations.stream()
                    .map(v -> new Violation(v.path().isEmpty() ? "$" : "$." + v.path(), v.message(), v.invalidValue()))
                    .toList());
        }
        return value;
    }

    /**
     * Reads {@code "format_version"} when it is the first property of the root object, as {@link #write} puts it,
     * and leaves the parser on the next property, so that values written as maps read back exactly. A version
     * elsewhere in a root object is handled by {@link FormatVersionHandler}.
     */
    private static void skipLeadingFormatVersion(JsonParser parser) {
        if (parser.nextToken() != tools.jackson.core.JsonToken.START_OBJECT) {
            return;
        }
        if (parser.nextToken() == tools.jackson.core.JsonToken.PROPERTY_NAME
                && FORMAT_PROPERTY.equals(parser.currentName())) {
            parser.nextToken();
            checkVersion(parser);
            parser.nextToken();
        }
    }

    /** The version is a whole number written as one: {@code 1.9}, {@code 2.0} and {@code "2"} are refused. */
    private static void checkVersion(JsonParser parser) {
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT || parser.getValueAsInt() < OLDEST_FORMAT_VERSION
                || parser.getValueAsInt() > FORMAT_VERSION) {
            String text = parser.currentToken() == JsonToken.VALUE_STRING ? '"' + parser.getString() + '"'
                    : parser.getString();
            throw MismatchedInputException.from(parser, Integer.class, "unsupported " + FORMAT_PROPERTY + " "
                    + text + "; this release reads versions " + OLDEST_FORMAT_VERSION + " to " + FORMAT_VERSION);
        }
    }

    //-----------------------------------------------------------------------
    /**
     * Turns a Jackson exception into Rapport's, with the source, line, column, JSON path and a plain message.
     *
     * @param e  the exception, not null
     * @param source  the input's name, not null
     * @return the exception to throw, never null
     */
    public static UnreadableInputException translate(JacksonException e, String source) {
        String path = jsonPath(e.getPath());
        TokenStreamLocation location = e.getLocation();
        long line = location == null ? 0 : Math.max(0, location.getLineNr());
        long column = location == null ? 0 : Math.max(0, location.getColumnNr());
        return new UnreadableInputException(source, line, column, path, problem(e), e);
    }

    private static String problem(JacksonException e) {
        String original = firstLine(e.getOriginalMessage());
        if (e instanceof StreamReadException && original.startsWith("Duplicate Object property \"")) {
            return "property '" + original.substring(27, original.indexOf('"', 27)) + "' appears twice";
        }
        if (e instanceof InstantAsNumberException) {
            return original;
        }
        if (e instanceof MismatchedInputException mismatch && isNumber(mismatch.getTargetType())) {
            String coercion = coercion(mismatch, original);
            if (coercion != null) {
                return coercion;
            }
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown property '" + unknown.getPropertyName() + "'; known: " + unknown.getKnownPropertyIds()
                    .stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
        }
        if (e instanceof InvalidFormatException format) {
            Class<?> target = format.getTargetType();
            if (target != null && target.isEnum()) {
                return "'" + format.getValue() + "' is not one of " + java.util.Arrays.stream(target.getEnumConstants())
                        .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
            }
            return "cannot read '" + format.getValue() + "' as " + typeName(target);
        }
        if (e instanceof ValueInstantiationException || e.getCause() instanceof IllegalArgumentException
                || e.getCause() instanceof NullPointerException) {
            Throwable cause = e.getCause();
            if (cause instanceof NullPointerException npe && npe.getMessage() != null) {
                return "missing required value '" + Names.snake(npe.getMessage()) + "'";
            }
            if (cause != null && cause.getMessage() != null) {
                return cause.getMessage();
            }
        }
        if (e instanceof StreamConstraintsException) {
            return "document exceeds a reading limit: " + firstLine(e.getOriginalMessage());
        }
        String message = firstLine(e.getOriginalMessage());
        if (message.startsWith("unsupported " + FORMAT_PROPERTY)) {
            return message;
        }
        if (message.startsWith("Trailing token")) {
            return "trailing content after the document";
        }
        if (e instanceof MismatchedInputException mismatch && message.startsWith("Missing required creator property")) {
            int start = message.indexOf('\'');
            int end = message.indexOf('\'', start + 1);
            if (start >= 0 && end > start) {
                return "missing required property '" + message.substring(start + 1, end) + "'";
            }
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "wrong type for " + typeName(mismatch.getTargetType()) + ": "
                    + message.replaceAll("`[a-zA-Z0-9_.$]+\\.([A-Za-z0-9_$]+)`", "$1");
        }
        return message.replaceAll("`[a-zA-Z0-9_.$]+\\.([A-Za-z0-9_$]+)`", "$1");
    }

    private static boolean isNumber(Class<?> type) {
        return type != null && (Number.class.isAssignableFrom(type) || type == int.class || type == long.class
                || type == double.class || type == float.class || type == short.class
                || type == java.util.OptionalInt.class || type == java.util.OptionalLong.class
                || type == java.util.OptionalDouble.class);
    }

    /** A fraction into an integer field, or text into a number field, in words; null for other mismatches. */
    private static String coercion(MismatchedInputException e, String message) {
        if (message.startsWith("Cannot coerce Floating-point value (")) {
            String value = message.substring(36, message.indexOf(')', 36));
            return value + " is not a whole number; an integer field takes digits only, such as "
                    + (value.contains(".") ? value.substring(0, value.indexOf('.')) : "9");
        }
        if (message.startsWith("Cannot coerce String value (\"")) {
            String value = message.substring(29, message.indexOf("\")", 29));
            return value.matches("\\s*[-+]?[0-9.]+([eE][-+]?[0-9]+)?\\s*")
                    ? "'" + value + "' is text, not a number; write it without quotes"
                    : "cannot read '" + value + "' as " + typeName(e.getTargetType());
        }
        return null;
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "the expected type";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "a number";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "an integer";
        }
        if (type == java.time.Instant.class) {
            return "an instant such as 2026-01-05T09:30:00Z";
        }
        String words = Names.words(type);
        return ("aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** Builds a JSON path such as {@code $.touchpoints[2].channel} from Jackson's reference chain. */
    static String jsonPath(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder("$");
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                path.append('.').append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * Timestamps are ISO-8601 text only: a number is refused, since epoch seconds and epoch milliseconds cannot be
     * told apart (Jackson's default reads seconds, so milliseconds became the year 55,840).
     */
    private static final class TextInstants extends ValueDeserializerModifier {
        @Override
        public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
                BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
            return description.getBeanClass() == java.time.Instant.class ? new TextInstant(deserializer)
                    : deserializer;
        }
    }

    private static final class TextInstant extends ValueDeserializer<Object> {
        private final ValueDeserializer<?> iso;

        TextInstant(ValueDeserializer<?> iso) {
            this.iso = iso;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != null && p.currentToken().isNumeric()) {
                throw new InstantAsNumberException(p, "a timestamp is text in ISO-8601 such as "
                        + "\"2026-01-05T09:30:00Z\", not the number " + p.getString()
                        + " (epoch seconds and milliseconds are not read, to avoid guessing the unit)");
            }
            return iso.deserialize(p, ctxt);
        }

        @Override
        public ValueDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            ValueDeserializer<?> contextual = iso.createContextual(ctxt, property);
            return contextual == iso ? this : new TextInstant(contextual);
        }

        @Override
        public void resolve(DeserializationContext ctxt) {
            iso.resolve(ctxt);
        }

        @Override
        public Class<?> handledType() {
            return java.time.Instant.class;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.DateTime;
        }
    }

    private static final class InstantAsNumberException extends MismatchedInputException {
        InstantAsNumberException(JsonParser p, String message) {
            super(p, message, java.time.Instant.class);
        }
    }

    /** Accepts {@code format_version} on the root object, and only versions 1 and 2. */
    private static final class FormatVersionHandler extends DeserializationProblemHandler {
        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
                ValueDeserializer<?> deserializer, Object beanOrClass, String propertyName) {
            if (!FORMAT_PROPERTY.equals(propertyName) || p.streamReadContext().getParent() == null
                    || !p.streamReadContext().getParent().inRoot()) {
                return false;
            }
            checkVersion(p);
            return true;
        }
    }
}
