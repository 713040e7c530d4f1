package dev.rapport.data.internal;

import dev.rapport.core.Channel;
import dev.rapport.core.Interaction;
import dev.rapport.core.Outcome;
import dev.rapport.core.UnreadableInputException;
import dev.rapport.data.ImportResult;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams an IEEE XES event log with StAX. Trace {@code concept:name} is the case id (and the customer id unless
 * the trace has a {@code customer} attribute); event {@code concept:name} is the touchpoint, {@code time:timestamp}
 * the time, {@code org:resource} (else {@code org:group}) the agent, {@code org:group} (the resource group, the
 * standard attribute that BPI Challenge 2013's incidents give as a support team such as {@code V30} or a line such
 * as {@code 2nd}) also the tier, else a {@code tier} attribute; optional event attributes {@code channel},
 * {@code outcome}, {@code stage}, {@code wait_seconds}. Only events that complete an activity
 * ({@code lifecycle:transition} absent or {@code complete}) are rows; a {@code start} event of the same activity
 * sets the handling time of its completion (without one the handling time is unknown, as is the wait without
 * {@code wait_seconds}); other lifecycle events, a start later than its completion and an event outside any
 * {@code <trace>} are rejected rows with their line. A case is one trace: the events of a trace whose
 * {@code concept:name} an earlier trace has are rejected rows, never merged into that case. The bytes are decoded
 * as the XML declaration (or byte-order mark) says, UTF-8 without one: UTF-16 and ISO-8859-1 logs read as well.
 */
public final class XesImport {

    private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();

    static {
        FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private XesImport() {
    }

    /**
     * Reads a whole XES stream, in the encoding its XML declaration names; the stream is not closed.
     *
     * @param defaultChannel  the channel of events without a {@code channel} attribute
     * @param defaultOutcome  the outcome of events without an {@code outcome} attribute
     */
    public static ImportResult read(InputStream in, String source, boolean strict, Channel defaultChannel,
            Outcome defaultOutcome) {
        RowSink sink = new RowSink(source, strict);
        XMLStreamReader xml = null;
        try {
            xml = FACTORY.createXMLStreamReader(decoded(in));
            Map<String, String> trace = null;
            Map<String, String> event = null;
            Map<String, Instant> started = new HashMap<>();
            Map<String, Long> startLines = new HashMap<>();
            long eventLine = 0;
            int eventIndex = 0;
            Map<String, Long> traceLines = new HashMap<>();
            long traceLine = 0;
            long orphanLine = -1;
            while (hasNext(xml)) {
                int type = next(xml);
                if (type == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("trace")) {
                        trace = new HashMap<>();
                        traceLine = xml.getLocation().getLineNumber();
                        started.clear();
                        startLines.clear();
                        eventIndex = 0;
                    } else if (name.equals("event") && trace != null) {
                        event = new HashMap<>();
                        eventLine = xml.getLocation().getLineNumber();
                    } else if (name.equals("event") && orphanLine < 0) {
                        orphanLine = xml.getLocation().getLineNumber();
                    } else if (trace != null) {
                        String key = xml.getAttributeValue(null, "key");
                        String value = xml.getAttributeValue(null, "value");
                        if (key != null && value != null) {
                            (event != null ? event : trace).putIfAbsent(key, value);
                        }
                    }
                } else if (type == XMLStreamConstants.END_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("event") && event != null) {
                        eventIndex++;
                        String caseName = trace.get("concept:name");
                        Long first = caseName == null ? null : traceLines.putIfAbsent(caseName, traceLine);
                        if (first != null && first != traceLine) {
                            // a start is not a row in any trace; every other event of the repeated trace is one
                            if (!"start".equalsIgnoreCase(event.get("lifecycle:transition"))) {
                                sink.reject(eventLine, "trace '" + caseName + "' repeats the case name of the trace "
                                        + "at line " + first + "; a case is one trace, so its events are not merged "
                                        + "into it", null);
                            }
                        } else {
                            event(sink, trace, event, started, startLines, eventLine, eventIndex, defaultChannel,
                                    defaultOutcome);
                        }
                        event = null;
                    } else if (name.equals("event") && orphanLine >= 0) {
                        // no case to put it in: counted, not lost
                        sink.reject(orphanLine, "event outside a trace (no case id)", null);
                        orphanLine = -1;
                    } else if (name.equals("trace")) {
                        // A start that never completed is not an interaction: say so rather than drop it.
                        for (Map.Entry<String, Long> open : new java.util.TreeMap<>(startLines).entrySet()) {
                            sink.reject(open.getValue(), "start of '" + open.getKey() + "' has no complete event",
                                    null);
                        }
                        trace = null;
                    }
                }
            }
        } catch (IOException e) {
            throw UnreadableInputException.cannotRead(source, e);
        } catch (XMLStreamException e) {
            Utf8Reader.NotUtf8Exception notUtf8 = Utf8Reader.notUtf8(e);
            if (notUtf8 != null) {
                throw new UnreadableInputException(source, notUtf8.line(), 0, "", Utf8Reader.NOT_UTF8, e);
            }
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new UnreadableInputException(source, line, 0, "", "malformed XES: " + problem(e), e);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // closing a reader whose input is malformed: the first error is already reported
                }
            }
        }
        return sink.result();
    }

    /**
     * The text of an XML stream in the encoding its byte-order mark or declaration names (XML 1.0, appendix F),
     * UTF-8 without either; decoded here rather than by the XML parser, whose decoder prints {@code [Fatal Error]}
     * on standard error for bytes that are not UTF-8 and does not give their line.
     */
    static Reader decoded(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(512);
        byte[] head = in.readNBytes(512);
        in.reset();
        int b0 = head.length > 0 ? head[0] & 0xff : -1, b1 = head.length > 1 ? head[1] & 0xff : -1;
        if (b0 == 0xfe && b1 == 0xff || b0 == 0 && b1 == 0x3c) {
            return strict(in, StandardCharsets.UTF_16BE, b0 == 0xfe ? 2 : 0);
        }
        if (b0 == 0xff && b1 == 0xfe || b0 == 0x3c && b1 == 0) {
            return strict(in, StandardCharsets.UTF_16LE, b0 == 0xff ? 2 : 0);
        }
        boolean bom = b0 == 0xef && b1 == 0xbb && head.length > 2 && (head[2] & 0xff) == 0xbf;
        Matcher declared = DECLARED.matcher(new String(head, StandardCharsets.ISO_8859_1));
        Charset charset = StandardCharsets.UTF_8;
        if (!bom && declared.lookingAt()) {
            try {
                charset = Charset.forName(declared.group(1));
            } catch (IllegalArgumentException e) {
                throw new IOException("the XML declaration names an unknown encoding '" + declared.group(1) + "'");
            }
        }
        if (charset.equals(StandardCharsets.UTF_8)) {
            if (bom) {
                in.skipNBytes(3);
            }
            return new Utf8Reader(in);
        }
        return strict(in, charset, 0);
    }

    private static final Pattern DECLARED =
            Pattern.compile("<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']([A-Za-z][A-Za-z0-9._-]*)[\"']");

    private static Reader strict(InputStream in, Charset charset, int bom) throws IOException {
        in.skipNBytes(bom);
        // a UTF-16 declaration decoded as big- or little-endian as the bytes say
        Charset exact = charset.equals(StandardCharsets.UTF_16) ? StandardCharsets.UTF_16BE : charset;
        return new InputStreamReader(in, exact.newDecoder());
    }

    private static void event(RowSink sink, Map<String, String> trace, Map<String, String> event,
            Map<String, Instant> started, Map<String, Long> startLines, long line, int index, Channel defaultChannel,
            Outcome defaultOutcome) {
        String transition = event.getOrDefault("lifecycle:transition", "complete").toLowerCase(java.util.Locale.ROOT);
        String activity = event.get("concept:name");
        try {
            if (transition.equals("start")) {
                if (activity != null) {
                    started.put(activity, timestamp(event));
                    startLines.put(activity, line);
                    return;
                }
            }
            if (!transition.equals("complete") && !transition.equals("start")) {
                sink.reject(line, "lifecycle transition '" + transition + "' is not imported (only start and "
                        + "complete are)", null);
                return;
            }
            String caseId = trace.get("concept:name");
            if (caseId == null || caseId.isBlank()) {
                throw new IllegalArgumentException("trace has no concept:name (case id)");
            }
            if (activity == null || activity.isBlank()) {
                throw new IllegalArgumentException("event has no concept:name (activity)");
            }
            Instant at = timestamp(event);
            Instant start = started.remove(activity);
            startLines.remove(activity);
            if (start != null && start.isAfter(at)) {
                throw new IllegalArgumentException("start of '" + activity + "' at " + start
                        + " is later than its complete at " + at);
            }
            // Without a start event the handling time is unknown, not 0; seconds, not toNanos(), which overflows
            // past 292 years and would escape as an ArithmeticException.
            Duration served = start == null ? null : Duration.between(start, at);
            OptionalDouble handle = served == null ? OptionalDouble.empty()
                    : OptionalDouble.of(served.getSeconds() + served.getNano() / 1e9);
            String channel = event.get("channel");
            String outcome = event.get("outcome");
            String wait = event.get("wait_seconds");
            Optional<String> agent = Optional.ofNullable(event.getOrDefault("org:resource", event.get("org:group")));
            sink.accept(line, new Interaction(caseId + "-" + index, trace.getOrDefault("customer", caseId),
                    Optional.of(caseId), start == null ? at : start, activity, Optional.ofNullable(event.get("stage")),
                    channel == null ? defaultChannel : Channel.parse(channel), null, null,
                    wait == null ? OptionalDouble.empty() : OptionalDouble.of(waitSeconds(wait)), handle,
                    outcome == null ? defaultOutcome : Outcome.parse(outcome), agent, Optional.empty(),
                    Optional.empty(), null, Optional.ofNullable(event.getOrDefault("org:group", event.get("tier")))));
        } catch (IllegalArgumentException e) {
            sink.reject(line, e.getMessage(), e);
        }
    }

    /** A {@code wait_seconds} attribute: a plain decimal number, the rule of the CSV readers. */
    private static double waitSeconds(String text) {
        try {
            return CsvValues.decimal(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("wait_seconds must be a number, was '" + text + "'");
        }
    }

    /**
     * The JDK's parser can fail with a runtime exception of its own (found by fuzzing: a bad character in a skipped
     * document type declaration throws {@code MissingResourceException: InvalidCharInDTD}, the message key it lacks):
     * such a failure is malformed XES with its line, as every other.
     */
    private static int next(XMLStreamReader xml) throws XMLStreamException {
        try {
            return xml.next();
        } catch (RuntimeException e) {
            throw parserFailure(xml, e);
        }
    }

    private static boolean hasNext(XMLStreamReader xml) throws XMLStreamException {
        try {
            return xml.hasNext();
        } catch (RuntimeException e) {
            throw parserFailure(xml, e);
        }
    }

    private static XMLStreamException parserFailure(XMLStreamReader xml, RuntimeException e) {
        String key = e instanceof java.util.MissingResourceException missing ? missing.getKey() : e.getMessage();
        String words = String.valueOf(key).replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        XMLStreamException failure = new XMLStreamException(words, xml.getLocation());
        failure.initCause(e);
        return failure;
    }

    /**
     * The parser's own words, on one line: the JDK's message starts {@code ParseError at [row,col]:[1,66]} and puts
     * the text after a line break and {@code Message: }; the line is reported separately.
     */
    static String problem(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int text = message.indexOf("Message: ");
        return (text >= 0 ? message.substring(text + "Message: ".length()) : message).replaceAll("\\s*\\R\\s*", " ")
                .trim();
    }

    private static Instant timestamp(Map<String, String> event) {
        String text = event.get("time:timestamp");
        if (text == null) {
            throw new IllegalArgumentException("event has no time:timestamp");
        }
        return Timestamps.parseIso(text, ZoneOffset.UTC);
    }
}
