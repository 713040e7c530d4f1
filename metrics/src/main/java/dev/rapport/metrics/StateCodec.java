package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.Outcome;
import dev.rapport.core.RapportJson;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;

/**
 * The compact binary form of a metric's accumulator state, the unit that crosses the wire when a distributed
 * engine (Spark, Kafka Streams) merges states: {@code decode(metric, encode(metric, s))} equals {@code s}
 * exactly, for every state of every built-in type, so that a state merged on a cluster is the state one machine
 * would have.
 * <pre>{@code
 * byte[] bytes = StateCodec.encode(Metrics.nps(), state);
 * NetPromoterScore back = StateCodec.decode(Metrics.nps(), bytes);   // equals state
 * }</pre>
 * The content is the JSON state's (see each state type), written as bytes: one leading tag byte naming the state
 * type, then unsigned LEB128 variable-length integers (zig-zag for signed ones), strings as length and UTF-8,
 * maps sorted by key with each key stored as the length of the prefix it shares with the previous key plus the
 * rest, epoch-millisecond times as differences from the previous entry's. Built in: {@link NetPromoterScore},
 * {@link Proportion}, {@link Moments}, {@link Distribution} (exact form: distinct values as ascending differences
 * with their counts; histogram form: its compressed HdrHistogram bytes), {@link Productivity},
 * {@link CaseContacts}, {@link CustomerCases}, {@link CaseTimes}, {@link ExactMean}, {@link GapTally},
 * {@link PromiseTally} and {@link KanoTally}. A state of any other type (a metric of your own) is written as its JSON text in UTF-8
 * under tag 0 and read back as the class of the metric's {@code empty()} state, so it must serialize to JSON
 * exactly (as the {@link Metric} contract asks).
 * <p>
 * The form may change between Rapport versions: store JSON states for the long term, these bytes only between
 * the machines of one job. This type is thread-safe.
 */
public final class StateCodec {

    private static final int JSON = 0;
    private static final int NPS = 1;
    private static final int PROPORTION = 2;
    private static final int MOMENTS = 3;
    private static final int DISTRIBUTION_EXACT = 4;
    private static final int DISTRIBUTION_HISTOGRAM = 5;
    private static final int PRODUCTIVITY = 6;
    private static final int CASE_CONTACTS = 7;
    private static final int CUSTOMER_CASES = 8;
    private static final int CASE_TIMES = 9;
    private static final int EXACT_MEAN = 10;
    private static final int GAP_TALLY = 11;
    private static final int PROMISE_TALLY = 12;
    private static final int KANO_TALLY = 13;

    private static final Outcome[] OUTCOMES = Outcome.values();

    private StateCodec() {
    }

    /**
     * Writes a state of {@code metric}.
     *
     * @param metric  the metric that made the state, not null
     * @param state  the state, not null
     * @return the bytes, never empty
     * @throws IllegalArgumentException if a state of a type that is not built in does not serialize to JSON
     */
    public static <S> byte[] encode(Metric<?, S, ?> metric, S state) {
        checkNotNull(metric, "metric");
        checkNotNull(state, "state");
        Writer out = new Writer();
        if (state instanceof NetPromoterScore s) {
            out.tag(NPS).unsigned(s.promoters()).unsigned(s.passives()).unsigned(s.detractors());
        } else if (state instanceof Proportion s) {
            out.tag(PROPORTION).unsigned(s.successes()).unsigned(s.trials() - s.successes());
        } else if (state instanceof Moments s) {
            out.tag(MOMENTS).moments(s);
        } else if (state instanceof Distribution s) {
            distribution(out, s);
        } else if (state instanceof Productivity s) {
            out.tag(PRODUCTIVITY).moments(s.handling()).unsigned(s.resolved()).unsigned(s.resolvedHandleMillis());
        } else if (state instanceof CaseContacts s) {
            caseContacts(out.tag(CASE_CONTACTS), s);
        } else if (state instanceof CustomerCases s) {
            customerCases(out.tag(CUSTOMER_CASES), s);
        } else if (state instanceof CaseTimes s) {
            caseTimes(out.tag(CASE_TIMES), s);
        } else if (state instanceof ExactMean s) {
            out.tag(EXACT_MEAN).exactMean(s);
        } else if (state instanceof GapTally s) {
            out.tag(GAP_TALLY).unsigned(s.failures()).unsigned(s.met()).unsigned(s.delighted()).exactMean(s.msa())
                    .exactMean(s.mss()).exactMean(s.perceived());
        } else if (state instanceof PromiseTally s) {
            out.tag(PROMISE_TALLY).unsigned(s.broken()).unsigned(s.kept()).unsigned(s.wow());
        } else if (state instanceof KanoTally s) {
            kanoTally(out.tag(KANO_TALLY), s);
        } else {
            try {
                out.tag(JSON).raw(RapportJson.mapper().writeValueAsString(state).getBytes(StandardCharsets.UTF_8));
            } catch (JacksonException e) {
                throw new IllegalArgumentException("state of metric '" + metric.name() + "' ("
                        + state.getClass().getName() + ") does not serialize to JSON: " + e.getOriginalMessage(), e);
            }
        }
        return out.bytes();
    }

    /**
     * Reads a state of {@code metric} written by {@link #encode}.
     *
     * @param metric  the metric whose state it is, not null
     * @param bytes  the bytes, not null
     * @return the state, equal to the one written
     * @throws IllegalArgumentException if the bytes are not a state of this metric's type (truncated, of another
     *     type, with bytes left over, or breaking the state's own rules), naming the metric
     */
    @SuppressWarnings("unchecked") // the tag is checked against the metric's state type
    public static <S> S decode(Metric<?, S, ?> metric, byte[] bytes) {
        checkNotNull(metric, "metric");
        checkNotNull(bytes, "bytes");
        Class<?> type = metric.empty().getClass();
        Reader in = new Reader(metric.name(), bytes);
        int tag = in.tag();
        Object state;
        try {
            state = switch (tag) {
                case NPS -> new NetPromoterScore(in.unsigned(), in.unsigned(), in.unsigned());
                case PROPORTION -> {
                    long successes = in.unsigned();
                    yield new Proportion(successes, Math.addExact(successes, in.unsigned()));
                }
                case MOMENTS -> in.moments();
                case DISTRIBUTION_EXACT, DISTRIBUTION_HISTOGRAM -> distribution(in, tag);
                case PRODUCTIVITY -> new Productivity(in.moments(), in.unsigned(), in.unsigned());
                case CASE_CONTACTS -> caseContacts(in);
                case CUSTOMER_CASES -> customerCases(in);
                case CASE_TIMES -> caseTimes(in);
                case EXACT_MEAN -> in.exactMean();
                case GAP_TALLY -> new GapTally(in.unsigned(), in.unsigned(), in.unsigned(), in.exactMean(),
                        in.exactMean(), in.exactMean());
                case PROMISE_TALLY -> new PromiseTally(in.unsigned(), in.unsigned(), in.unsigned());
                case KANO_TALLY -> kanoTally(in);
                case JSON -> RapportJson.mapper().readValue(new String(in.rest(), StandardCharsets.UTF_8), type);
                default -> throw in.error("has unknown state tag " + tag);
            };
        } catch (ArithmeticException | JacksonException e) {
            throw in.error("is not a valid state: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            // a state type's own rule (found by fuzzing: more resolved contacts than contacts), named like the rest
            throw e.getMessage() != null && e.getMessage().startsWith("state of metric '" + metric.name() + "'") ? e
                    : in.error("is not a valid state: " + e.getMessage());
        }
        in.end();
        checkArgument(type.isInstance(state), "state of metric '%s' is a %s, the metric's states are %s",
                metric.name(), state.getClass().getSimpleName(), type.getSimpleName());
        return (S) state;
    }

    //-----------------------------------------------------------------------
    private static void distribution(Writer out, Distribution d) {
        if (!d.isExact()) {
            out.tag(DISTRIBUTION_HISTOGRAM).unsigned(d.count()).raw(d.compressedHistogram());
            return;
        }
        long[] values = d.exactValues();
        long[] counts = d.exactCounts();
        out.tag(DISTRIBUTION_EXACT).unsigned(values.length);
        long previous = 0;
        for (int i = 0; i < values.length; i++) {
            out.unsigned(values[i] - previous).unsigned(counts[i]);
            previous = values[i];
        }
    }

    private static Distribution distribution(Reader in, int tag) {
        if (tag == DISTRIBUTION_HISTOGRAM) {
            return Distribution.fromHistogram(in.unsigned(), in.rest());
        }
        int n = in.length();
        long[] values = new long[n];
        long[] counts = new long[n];
        long previous = 0;
        long total = 0;
        for (int i = 0; i < n; i++) {
            previous = values[i] = Math.addExact(previous, in.unsigned());
            counts[i] = in.unsigned();
            total = Math.addExact(total, counts[i]);
        }
        return Distribution.fromJson(total, values, counts, null);
    }

    private static void caseContacts(Writer out, CaseContacts state) {
        out.unsigned(state.issues().size());
        long previous = 0;
        for (Map.Entry<String, CaseContacts.Issue> e : state.issues().entrySet()) {
            CaseContacts.Issue issue = e.getValue();
            out.key(e.getKey()).signed(issue.firstMillis() - previous).unsigned(issue.firstOutcome().ordinal())
                    .unsigned(issue.secondMillis() == null ? 0 : issue.secondMillis() - issue.firstMillis() + 1);
            previous = issue.firstMillis();
        }
    }

    private static CaseContacts caseContacts(Reader in) {
        int n = in.length();
        Map<String, CaseContacts.Issue> issues = new TreeMap<>();
        long previous = 0;
        for (int i = 0; i < n; i++) {
            String key = in.key();
            long first = previous = Math.addExact(previous, in.signed());
            Outcome outcome = in.outcome();
            long second = in.unsigned();
            issues.put(key, new CaseContacts.Issue(first, outcome, second == 0 ? null : first + second - 1));
        }
        return in.sorted(issues.size(), n, CaseContacts.of(issues));
    }

    private static void customerCases(Writer out, CustomerCases state) {
        out.unsigned(state.customers().size());
        for (Map.Entry<String, CustomerCases.Customer> e : state.customers().entrySet()) {
            out.key(e.getKey()).unsigned(e.getValue().returning() ? 1 : 0).string(e.getValue().firstCase());
        }
    }

    private static CustomerCases customerCases(Reader in) {
        int n = in.length();
        Map<String, CustomerCases.Customer> customers = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            String key = in.key();
            boolean returning = in.flag();
            customers.put(key, new CustomerCases.Customer(in.string(), returning));
        }
        return in.sorted(customers.size(), n, CustomerCases.of(customers));
    }

    private static void caseTimes(Writer out, CaseTimes state) {
        out.unsigned(state.cases().size());
        long previous = 0;
        for (Map.Entry<String, CaseTimes.Case> e : state.cases().entrySet()) {
            CaseTimes.Case c = e.getValue();
            out.key(e.getKey()).signed(c.firstMillis() - previous)
                    .unsigned(c.firstWaitMillis() == null ? 0 : c.firstWaitMillis() + 1) // 0: unknown
                    .unsigned(c.resolvedMillis() == null ? 0 : c.resolvedMillis() - c.firstMillis() + 1);
            previous = c.firstMillis();
        }
    }

    private static CaseTimes caseTimes(Reader in) {
        int n = in.length();
        Map<String, CaseTimes.Case> cases = new TreeMap<>();
        long previous = 0;
        for (int i = 0; i < n; i++) {
            String key = in.key();
            long first = previous = Math.addExact(previous, in.signed());
            long wait = in.unsigned();
            long resolved = in.unsigned();
            cases.put(key, new CaseTimes.Case(first, wait == 0 ? null : Long.valueOf(wait - 1),
                    resolved == 0 ? null : first + resolved - 1));
        }
        return in.sorted(cases.size(), n, CaseTimes.of(cases));
    }

    private static void kanoTally(Writer out, KanoTally state) {
        out.unsigned(state.features().size());
        state.features().forEach((feature, c) -> out.key(feature).unsigned(c.attractive())
                .unsigned(c.oneDimensional()).unsigned(c.mustBe()).unsigned(c.indifferent()).unsigned(c.reverse())
                .unsigned(c.questionable()).unsigned(c.unknown()));
    }

    private static KanoTally kanoTally(Reader in) {
        int n = in.length();
        TreeMap<String, KanoTally.Counts> features = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            String key = in.key();
            features.put(key, new KanoTally.Counts(in.unsigned(), in.unsigned(), in.unsigned(), in.unsigned(),
                    in.unsigned(), in.unsigned(), in.unsigned()));
        }
        return in.sorted(features.size(), n, new KanoTally(features));
    }

    //-----------------------------------------------------------------------
    /** Appends variable-length integers, strings and front-coded keys to a growing byte array. */
    private static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream(32);
        private byte[] previousKey = new byte[0];

        Writer tag(int tag) {
            out.write(tag);
            return this;
        }

        /** A non-negative number, or an unsigned 64-bit word, in LEB128. */
        Writer unsigned(long value) {
            while ((value & ~0x7FL) != 0) {
                out.write((int) (value & 0x7F) | 0x80);
                value >>>= 7;
            }
            out.write((int) value);
            return this;
        }

        Writer signed(long value) {
            return unsigned((value << 1) ^ (value >> 63));
        }

        Writer string(String text) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            unsigned(utf8.length);
            out.write(utf8, 0, utf8.length);
            return this;
        }

        /** A map key: the length shared with the previous key, then the rest (keys come sorted). */
        Writer key(String text) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            int shared = Arrays.mismatch(previousKey, utf8);
            shared = shared < 0 ? utf8.length : Math.min(shared, utf8.length);
            unsigned(shared).unsigned(utf8.length - shared);
            out.write(utf8, shared, utf8.length - shared);
            previousKey = utf8;
            return this;
        }

        Writer moments(Moments m) {
            return unsigned(m.count()).signed(m.sum()).unsigned(m.sumOfSquaresHigh()).unsigned(m.sumOfSquaresLow());
        }

        Writer exactMean(ExactMean m) {
            return unsigned(m.count()).decimal(m.sum()).decimal(m.sumOfSquares());
        }

        private Writer decimal(BigDecimal value) {
            signed(value.scale());
            byte[] unscaled = value.unscaledValue().toByteArray();
            unsigned(unscaled.length);
            out.write(unscaled, 0, unscaled.length);
            return this;
        }

        /** The remaining bytes, to the end. */
        Writer raw(byte[] bytes) {
            out.write(bytes, 0, bytes.length);
            return this;
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }

    /** Reads what {@link Writer} wrote, failing with the metric's name and the position on any inconsistency. */
    private static final class Reader {
        private final String metric;
        private final byte[] bytes;
        private int at;
        private byte[] previousKey = new byte[0];

        Reader(String metric, byte[] bytes) {
            this.metric = metric;
            this.bytes = bytes;
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException("state of metric '" + metric + "' " + what + " (byte " + at + " of "
                    + bytes.length + ")");
        }

        private int next() {
            if (at >= bytes.length) {
                throw error("is truncated");
            }
            return bytes[at++] & 0xFF;
        }

        int tag() {
            return next();
        }

        long unsigned() {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int b = next();
                value |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
            throw error("has a number longer than 64 bits");
        }

        long signed() {
            long z = unsigned();
            return (z >>> 1) ^ -(z & 1);
        }

        /** A count of entries or bytes that must fit in what is left. */
        int length() {
            long n = unsigned();
            if (n < 0 || n > bytes.length - at) {
                throw error("announces " + Long.toUnsignedString(n) + " entries or bytes, more than it holds");
            }
            return (int) n;
        }

        boolean flag() {
            long value = unsigned();
            if (value > 1) {
                throw error("has flag " + value + ", expected 0 or 1");
            }
            return value == 1;
        }

        Outcome outcome() {
            long ordinal = unsigned();
            if (ordinal >= OUTCOMES.length) {
                throw error("has unknown outcome " + ordinal);
            }
            return OUTCOMES[(int) ordinal];
        }

        private byte[] take(int n) {
            byte[] taken = Arrays.copyOfRange(bytes, at, at + n);
            at += n;
            return taken;
        }

        String string() {
            return new String(take(length()), StandardCharsets.UTF_8);
        }

        String key() {
            // the shared bytes come from the previous key, not from what is left: bound them by that key only
            long shared = unsigned();
            if (shared < 0 || shared > previousKey.length) {
                throw error("shares " + shared + " bytes with a key of " + previousKey.length);
            }
            int rest = length();
            byte[] key = Arrays.copyOf(previousKey, (int) shared + rest);
            System.arraycopy(bytes, at, key, (int) shared, rest);
            at += rest;
            previousKey = key;
            return new String(key, StandardCharsets.UTF_8);
        }

        /** The decoded map, after checking that no key came twice. */
        <T> T sorted(int distinct, int announced, T state) {
            if (distinct != announced) {
                throw error("repeats a key");
            }
            return state;
        }

        Moments moments() {
            return Moments.stored(unsigned(), signed(), unsigned(), unsigned());
        }

        ExactMean exactMean() {
            return ExactMean.stored(unsigned(), decimal(), decimal());
        }

        private BigDecimal decimal() {
            long scale = signed();
            if (scale != (int) scale) {
                throw error("has a decimal scale out of range");
            }
            int n = length();
            if (n == 0) {
                throw error("has an empty decimal");
            }
            return new BigDecimal(new BigInteger(take(n)), (int) scale);
        }

        byte[] rest() {
            return take(bytes.length - at);
        }

        void end() {
            if (at != bytes.length) {
                throw error("has " + (bytes.length - at) + " bytes left over");
            }
        }
    }
}
