package dev.rapport.data.internal;

import static dev.rapport.data.internal.ColumnStore.MISSING;
import static dev.rapport.data.internal.CsvLayout.AGENT;
import static dev.rapport.data.internal.CsvLayout.CASE;
import static dev.rapport.data.internal.CsvLayout.CES;
import static dev.rapport.data.internal.CsvLayout.CHANNEL;
import static dev.rapport.data.internal.CsvLayout.CSAT;
import static dev.rapport.data.internal.CsvLayout.CUSTOMER;
import static dev.rapport.data.internal.CsvLayout.FIELDS;
import static dev.rapport.data.internal.CsvLayout.HANDLE;
import static dev.rapport.data.internal.CsvLayout.ID;
import static dev.rapport.data.internal.CsvLayout.INITIATOR;
import static dev.rapport.data.internal.CsvLayout.MODE;
import static dev.rapport.data.internal.CsvLayout.NPS;
import static dev.rapport.data.internal.CsvLayout.OUTCOME;
import static dev.rapport.data.internal.CsvLayout.REASON;
import static dev.rapport.data.internal.CsvLayout.SEGMENT;
import static dev.rapport.data.internal.CsvLayout.STAGE;
import static dev.rapport.data.internal.CsvLayout.TIER;
import static dev.rapport.data.internal.CsvLayout.TIMESTAMP;
import static dev.rapport.data.internal.CsvLayout.TOUCHPOINT;
import static dev.rapport.data.internal.CsvLayout.WAIT;

import dev.rapport.core.Channel;
import dev.rapport.core.Interaction;
import dev.rapport.core.Outcome;
import dev.rapport.data.InteractionColumns;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The rows of one stretch of a CSV file, parsed and checked into chunk-local primitive columns: the rows that start
 * at or after {@link #start} and before a given end, each checked by the rules and in the order of journey's CSV
 * import (so the first problem found is the one it reports, in the same words), ids coded by chunk-local
 * {@link ByteDictionary byte dictionaries} in order of first appearance among accepted rows, lines counted from the
 * start. {@link CsvMerge} appends chunks in file order, mapping local codes to global ones; then the chunk is
 * {@link Parser#recycle recycled} for another stretch.
 * <p>
 * Mutable while parsing on one thread, then handed over (through a {@code Future}) and only read.
 */
final class CsvChunk {

    /** {@code millis} found a number not in the short decimal form: parsed into {@code slowSeconds}, unchecked. */
    private static final long SLOW = -2;

    /** The problem of bytes that are not UTF-8. */
    static final String NOT_UTF8 = "malformed input: the bytes are not UTF-8";

    /** The file position of the first row. */
    long start;
    /** The file position just after the last row read: the start of the first row not this chunk's. */
    long end;
    /** The line ends from {@link #start} to {@link #end}. */
    int lineEnds;
    /** False if parsing gave up at the speculation cap: the chunk must be parsed again without one. */
    boolean complete = true;
    /** Malformed CSV or UTF-8 that ends the import, with its line relative to the start, or null. */
    String fatal;
    int fatalLine;

    int size;
    int[] line;
    /** Per row, the {@link IdSet#fingerprint} of its interaction id: duplicates are found in file order on merge. */
    long[] idFingerprint;
    /** The rows' interaction ids, UTF-8, one after the other (row r ends at {@code idEnd[r]}), for messages. */
    private byte[] idBytes = new byte[1 << 12];
    private int[] idEnd;
    long[] timestamp;
    int[] waitMillis;
    int[] handleMillis;
    int[] touchpoint;
    int[] customer;
    int[] caseId;
    int[] agent;
    int[] segment;
    int[] reason;
    int[] channel;
    byte[] outcome;
    byte[] initiator;
    /** Chunk-local stage and tier codes, -1 where the cell is empty. */
    int[] stage;
    int[] tier;

    int surveyed;
    int[] surveyedRow = new int[64];
    byte[] nps = new byte[64];
    byte[] csat = new byte[64];
    byte[] ces = new byte[64];
    /** The layout's rated dimensions, and per dimension its answers by surveyed row (1-5 or N/A), or null while none. */
    String[] ratingNames = new String[0];
    byte[][] ratings = new byte[0][];

    int rejected;
    int[] rejectedLine = new int[8];
    String[] rejectedReason = new String[8];

    /** The chunk-local dictionaries, codes in order of first appearance among the accepted rows. */
    final ByteDictionary touchpoints = new ByteDictionary(64);
    final ByteDictionary customers = new ByteDictionary(4096);
    final ByteDictionary cases = new ByteDictionary(1024);
    final ByteDictionary agents = new ByteDictionary(256);
    final ByteDictionary segments = new ByteDictionary(16);
    final ByteDictionary reasons = new ByteDictionary(64);
    final ByteDictionary stages = new ByteDictionary(16);
    final ByteDictionary tiers = new ByteDictionary(16);
    /** The channel ids by chunk-local code. */
    String[] channels;

    private CsvChunk(long start, int expectedRows) {
        this.start = start;
        int capacity = Math.max(16, expectedRows);
        allocate(capacity);
    }

    private void allocate(int capacity) {
        line = new int[capacity];
        idFingerprint = new long[capacity];
        idEnd = new int[capacity];
        timestamp = new long[capacity];
        waitMillis = new int[capacity];
        handleMillis = new int[capacity];
        touchpoint = new int[capacity];
        customer = new int[capacity];
        caseId = new int[capacity];
        agent = new int[capacity];
        segment = new int[capacity];
        reason = new int[capacity];
        channel = new int[capacity];
        outcome = new byte[capacity];
        initiator = new byte[capacity];
        stage = new int[capacity];
        tier = new int[capacity];
    }

    /** Empties a chunk that has been appended, for the rows of another stretch of the file. */
    private void reset(long position) {
        start = position;
        end = 0;
        lineEnds = 0;
        complete = true;
        fatal = null;
        fatalLine = 0;
        size = 0;
        surveyed = 0;
        Arrays.fill(ratings, null);
        rejected = 0;
        Arrays.fill(rejectedReason, null);
        touchpoints.clear();
        customers.clear();
        cases.clear();
        agents.clear();
        segments.clear();
        reasons.clear();
        stages.clear();
        tiers.clear();
        channels = null;
    }

    //-----------------------------------------------------------------------
    /**
     * Parses chunks of one file with one layout. Thread-safe: each parse runs on one thread, and the buffers and
     * appended chunks it recycles are shared through concurrent queues.
     */
    static final class Parser {
        private final FileChannel file;
        private final long fileSize;
        private final CsvLayout layout;
        private final boolean strict;
        private final int margin;
        private final long speculationCap;
        private final Queue<byte[]> buffers = new ConcurrentLinkedQueue<>();
        private final Queue<CsvChunk> spare = new ConcurrentLinkedQueue<>();
        /** Which id columns are coded: the others are checked as ever, but not looked up or kept (code -1). */
        private final boolean codeTouchpoint;
        private final boolean codeCustomer;
        private final boolean codeCase;
        private final boolean codeAgent;
        private final boolean codeSegment;
        private final boolean codeReason;

        Parser(FileChannel file, long fileSize, CsvLayout layout, boolean strict, int chunkSize,
                Set<InteractionColumns.Column> held) {
            this.codeTouchpoint = held.contains(InteractionColumns.Column.TOUCHPOINT);
            this.codeCustomer = held.contains(InteractionColumns.Column.CUSTOMER);
            this.codeCase = held.contains(InteractionColumns.Column.CASE);
            this.codeAgent = held.contains(InteractionColumns.Column.AGENT);
            this.codeSegment = held.contains(InteractionColumns.Column.SEGMENT);
            this.codeReason = held.contains(InteractionColumns.Column.REASON);
            this.file = file;
            this.fileSize = fileSize;
            this.layout = layout;
            this.strict = strict;
            this.margin = Math.max(1, Math.min(1 << 16, chunkSize / 16));
            this.speculationCap = 4L * chunkSize;
        }

        /**
         * Parses the rows that start in {@code [position, end)} from the row that starts exactly at
         * {@code position}.
         */
        CsvChunk exact(long position, long end) throws IOException {
            byte[] buffer = buffer(Math.max(0, end - position) + margin);
            CsvTokenizer tokenizer = new CsvTokenizer(file, fileSize, buffer, position, end + margin, Long.MAX_VALUE);
            try {
                return new Run(tokenizer, 0, end).parse();
            } finally {
                buffers.add(tokenizer.buf);
            }
        }

        /**
         * Parses the rows that start in {@code [position, end)} speculatively: from just after the first line end
         * at or after {@code position} (which is right unless that line end is inside a quoted cell: the caller
         * checks the start against the previous chunk's end). Gives up (an incomplete chunk) rather than read far
         * beyond {@code end}.
         */
        CsvChunk speculative(long position, long end) throws IOException {
            byte[] buffer = buffer(end - position + 1 + margin);
            CsvTokenizer tokenizer = new CsvTokenizer(file, fileSize, buffer, position - 1, end + margin,
                    end + speculationCap);
            try {
                int first = tokenizer.lineStartFrom(1);
                if (first == CsvTokenizer.GAVE_UP) {
                    CsvChunk chunk = chunk(position, 0);
                    chunk.complete = false;
                    return chunk;
                }
                return new Run(tokenizer, first, end).parse();
            } finally {
                buffers.add(tokenizer.buf);
            }
        }

        /** Takes back a chunk that has been appended (or discarded): its arrays serve a later parse. */
        void recycle(CsvChunk chunk) {
            spare.add(chunk);
        }

        private CsvChunk chunk(long position, int expectedRows) {
            CsvChunk chunk = spare.poll();
            if (chunk == null) {
                return new CsvChunk(position, expectedRows);
            }
            chunk.reset(position);
            return chunk;
        }

        private byte[] buffer(long size) {
            byte[] buffer = buffers.poll();
            int wanted = (int) Math.min(Integer.MAX_VALUE - 16, Math.min(size, fileSize) + 1);
            return buffer != null && buffer.length >= wanted ? buffer : new byte[wanted];
        }

        //-------------------------------------------------------------------
        /** One parse: the tokenizer, the chunk it fills, and the chunk-local dictionaries and caches. */
        private final class Run {
            private final CsvTokenizer t;
            private final int first;
            private final long endPosition;
            private final CsvChunk chunk;
            private final ByteDictionary touchpoints;
            private final ByteDictionary customers;
            private final ByteDictionary cases;
            private final ByteDictionary agents;
            private final ByteDictionary segments;
            private final ByteDictionary reasons;
            /** Outcome cells seen, each with its ordinal or -1 and the problem. */
            private final ByteDictionary outcomeTexts = new ByteDictionary(16);
            private int[] outcomeOrdinal = new int[16];
            private String[] outcomeProblem = new String[16];
            /** Channel cells seen, each with its channel id or null and the problem, and its local code. */
            private final ByteDictionary channelTexts = new ByteDictionary(16);
            private String[] channelId = new String[16];
            private String[] channelProblem = new String[16];
            private int[] channelLocal = new int[16];
            private final Map<String, Integer> channelCodes = new HashMap<>();
            private final List<String> channelIds = new ArrayList<>();

            /** The current row's fields: bytes and trimmed range (a cell, a constant or empty). */
            private byte[] rowBytes;
            private final byte[][] fs = new byte[FIELDS][];
            private final int[] ff = new int[FIELDS];
            private final int[] ft = new int[FIELDS];
            private final int[] ratingValue;
            private String problem;

            Run(CsvTokenizer tokenizer, int first, long endPosition) {
                this.t = tokenizer;
                this.first = first;
                this.endPosition = endPosition;
                long bytes = Math.max(0, endPosition - tokenizer.position(first));
                this.chunk = chunk(tokenizer.position(first), (int) Math.min(1 << 24, bytes / 128 + 16));
                this.touchpoints = chunk.touchpoints;
                this.customers = chunk.customers;
                this.cases = chunk.cases;
                this.agents = chunk.agents;
                this.segments = chunk.segments;
                this.reasons = chunk.reasons;
                this.ratingValue = new int[layout.ratingNames.length];
                if (chunk.ratings.length != ratingValue.length) {
                    chunk.ratings = new byte[ratingValue.length][];
                }
                chunk.ratingNames = layout.ratingNames;
            }

            CsvChunk parse() throws IOException {
                int pos = first;
                int lines = 0;
                while (t.position(pos) < endPosition && t.has(pos)) {
                    int next = t.row(pos);
                    if (next == CsvTokenizer.GAVE_UP) {
                        chunk.complete = false;
                        return chunk;
                    }
                    if (next == CsvTokenizer.FATAL) {
                        chunk.fatal = t.problem;
                        chunk.fatalLine = lines + t.problemLines;
                        break;
                    }
                    if (!t.blank && !row(lines) && strict) {
                        pos = next;
                        lines += t.lineEnds;
                        break; // the import stops at this row
                    }
                    pos = next;
                    lines += t.lineEnds;
                }
                if (t.gaveUp) {
                    chunk.complete = false;
                    return chunk;
                }
                chunk.end = t.position(pos);
                chunk.lineEnds = lines;
                int malformed = t.malformedUtf8(first, pos);
                if (malformed >= 0) {
                    int at = t.lineEndsIn(first, malformed);
                    if (chunk.fatal == null || at <= chunk.fatalLine) {
                        chunk.fatal = NOT_UTF8;
                        chunk.fatalLine = at;
                    }
                }
                chunk.channels = channelIds.toArray(new String[0]);
                return chunk;
            }

            //---------------------------------------------------------------
            /** Checks one non-blank row and appends it or records why not; false if it was rejected. */
            private boolean row(int line) {
                int width = layout.width;
                if (t.cells != width) {
                    return reject(line, "expected " + width + " columns, found " + t.cells);
                }
                byte[] a = t.buf;
                if (a != rowBytes) { // the first row, or the tokenizer read on into a larger buffer
                    rowBytes = a;
                    for (int f = 0; f < FIELDS; f++) {
                        fs[f] = layout.column[f] >= 0 ? a : layout.constant[f];
                    }
                }
                int[] column = layout.column;
                int[] from = t.from;
                int[] to = t.to;
                for (int f = 0; f < FIELDS; f++) {
                    int c = column[f];
                    if (c >= 0) {
                        ff[f] = from[c];
                        ft[f] = to[c];
                    } else {
                        ff[f] = 0;
                        ft[f] = layout.constant[f].length;
                    }
                }
                // the order of journey's CsvImport: the arguments of the Interaction, then its constructor's checks
                if (empty(ID)) {
                    return reject(line, missing(ID));
                }
                if (empty(TIMESTAMP)) {
                    return reject(line, missing(TIMESTAMP));
                }
                long at = layout.formatter == null ? CsvValues.fastIsoMillis(fs[TIMESTAMP], ff[TIMESTAMP],
                        ft[TIMESTAMP]) : CsvValues.NOT_FAST;
                if (at == CsvValues.NOT_FAST) {
                    try {
                        at = CsvValues.slowMillis(text(TIMESTAMP), layout.zone, layout.formatter);
                    } catch (IllegalArgumentException e) {
                        return reject(line, e.getMessage());
                    }
                }
                if (empty(OUTCOME)) {
                    return reject(line, missing(OUTCOME));
                }
                int outcomeEntry = outcome();
                if (outcomeOrdinal[outcomeEntry] < 0) {
                    return reject(line, outcomeProblem[outcomeEntry]);
                }
                if (empty(CHANNEL)) {
                    return reject(line, missing(CHANNEL));
                }
                int channelEntry = channel();
                if (channelId[channelEntry] == null) {
                    return reject(line, channelProblem[channelEntry]);
                }
                if (!empty(MODE) && !CsvValues.equalsIgnoreCase(fs[MODE], ff[MODE], ft[MODE], "human")
                        && !CsvValues.equalsIgnoreCase(fs[MODE], ff[MODE], ft[MODE], "automated")) {
                    return reject(line, "unknown mode '" + text(MODE) + "'; expected human or automated");
                }
                int startedBy = 0;
                if (!empty(INITIATOR) && !CsvValues.equalsIgnoreCase(fs[INITIATOR], ff[INITIATOR], ft[INITIATOR],
                        "customer")) {
                    try {
                        startedBy = CsvImport.initiator(text(INITIATOR)).ordinal();
                    } catch (IllegalArgumentException e) {
                        return reject(line, e.getMessage());
                    }
                }
                if (empty(CUSTOMER)) {
                    return reject(line, missing(CUSTOMER));
                }
                if (empty(TOUCHPOINT)) {
                    return reject(line, missing(TOUCHPOINT));
                }
                long wait = millis(WAIT);
                if (wait == Long.MIN_VALUE) {
                    return reject(line, problem);
                }
                double waitSeconds = slowSeconds;
                long handle = millis(HANDLE);
                if (handle == Long.MIN_VALUE) {
                    return reject(line, problem);
                }
                double handleSeconds = slowSeconds;
                int npsAnswer = answer(NPS, "NPS", 0, 10);
                if (npsAnswer == Integer.MIN_VALUE) {
                    return reject(line, problem);
                }
                int csatAnswer = answer(CSAT, "CSAT", 1, 5);
                if (csatAnswer == Integer.MIN_VALUE) {
                    return reject(line, problem);
                }
                int cesAnswer = answer(CES, "CES", 1, 7);
                if (cesAnswer == Integer.MIN_VALUE) {
                    return reject(line, problem);
                }
                boolean rated = false;
                for (int r = 0; r < ratingValue.length; r++) {
                    int c = layout.ratingColumns[r];
                    ratingValue[r] = MISSING;
                    if (t.from[c] == t.to[c]) {
                        continue;
                    }
                    if (CsvValues.isNotApplicable(a, t.from[c], t.to[c])) {
                        if (!layout.ratingNameValid[r]) {
                            return reject(line, "service dimension id must be lower-case kebab-case, was '"
                                    + layout.ratingNames[r] + "'");
                        }
                        ratingValue[r] = ColumnStore.NOT_APPLICABLE;
                        rated = true;
                        continue;
                    }
                    long value = whole(a, t.from[c], t.to[c], layout.ratingSourceNames[r]);
                    if (value == Long.MIN_VALUE) {
                        return reject(line, problem);
                    }
                    if (!layout.ratingNameValid[r]) {
                        return reject(line, "service dimension id must be lower-case kebab-case, was '"
                                + layout.ratingNames[r] + "'");
                    }
                    if (value < 1 || value > 5) {
                        return reject(line, "rating of " + layout.ratingNames[r] + " must be between 1 and 5, was "
                                + value);
                    }
                    ratingValue[r] = (int) value;
                    rated = true;
                }
                if (CsvValues.isBlank(fs[ID], ff[ID], ft[ID])) {
                    return reject(line, "interactionId must not be blank");
                }
                if (CsvValues.isBlank(fs[CUSTOMER], ff[CUSTOMER], ft[CUSTOMER])) {
                    return reject(line, "customerId must not be blank");
                }
                if (CsvValues.isBlank(fs[TOUCHPOINT], ff[TOUCHPOINT], ft[TOUCHPOINT])) {
                    return reject(line, "touchpoint must not be blank");
                }
                if (wait == SLOW && !(waitSeconds >= 0 && waitSeconds <= Interaction.MAX_SECONDS)) {
                    return reject(line, "interaction '" + text(ID) + "' must have a wait between 0 and 2147483.647"
                            + " seconds, was " + waitSeconds);
                }
                if (handle == SLOW && !(handleSeconds >= 0 && handleSeconds <= Interaction.MAX_SECONDS)) {
                    return reject(line, "interaction '" + text(ID) + "' must have a handling time between 0 and 2147483.647"
                            + " seconds, was " + handleSeconds);
                }
                // ColumnStore.toMillis: whole milliseconds in an int, which Interaction.MAX_SECONDS guarantees
                if (wait == SLOW) {
                    wait = Math.round(waitSeconds * 1000);
                }
                if (handle == SLOW) {
                    handle = Math.round(handleSeconds * 1000);
                }
                int channelCode = channelLocal[channelEntry];
                if (channelCode < 0) {
                    channelCode = channelCodes.computeIfAbsent(channelId[channelEntry], id -> {
                        channelIds.add(id);
                        return channelIds.size() - 1;
                    });
                    channelLocal[channelEntry] = channelCode;
                }
                append(line, at, (int) wait, (int) handle, channelCode, outcomeOrdinal[outcomeEntry], startedBy);
                if (npsAnswer != MISSING || csatAnswer != MISSING || cesAnswer != MISSING || rated) {
                    survey(npsAnswer, csatAnswer, cesAnswer);
                }
                return true;
            }

            private void append(int line, long at, int wait, int handle, int channelCode, int outcomeOrdinal,
                    int initiatorOrdinal) {
                CsvChunk c = chunk;
                if (c.size == c.timestamp.length) {
                    c.grow();
                }
                int row = c.size;
                c.line[row] = line;
                c.idFingerprint[row] = IdSet.fingerprint(fs[ID], ff[ID], ft[ID]);
                c.keepId(row, fs[ID], ff[ID], ft[ID]);
                c.timestamp[row] = at;
                c.waitMillis[row] = wait;
                c.handleMillis[row] = handle;
                c.touchpoint[row] = codeTouchpoint ? touchpoints.code(fs[TOUCHPOINT], ff[TOUCHPOINT], ft[TOUCHPOINT])
                        : -1;
                c.customer[row] = codeCustomer ? customers.code(fs[CUSTOMER], ff[CUSTOMER], ft[CUSTOMER]) : -1;
                c.caseId[row] = codeCase ? optional(cases, CASE) : -1;
                c.agent[row] = codeAgent ? optional(agents, AGENT) : -1;
                c.segment[row] = codeSegment ? optional(segments, SEGMENT) : -1;
                c.reason[row] = codeReason ? optional(reasons, REASON) : -1;
                c.channel[row] = channelCode;
                c.outcome[row] = (byte) outcomeOrdinal;
                c.initiator[row] = (byte) initiatorOrdinal;
                c.stage[row] = optional(c.stages, STAGE);
                c.tier[row] = optional(c.tiers, TIER);
                c.size++;
            }

            /** An optional id: absent if empty or blank (Interaction drops blank optional ids). */
            private int optional(ByteDictionary dictionary, int f) {
                if (empty(f) || CsvValues.isBlank(fs[f], ff[f], ft[f])) {
                    return -1;
                }
                return dictionary.code(fs[f], ff[f], ft[f]);
            }

            private void survey(int npsAnswer, int csatAnswer, int cesAnswer) {
                CsvChunk c = chunk;
                int i = c.surveyed;
                if (i == c.surveyedRow.length) {
                    c.growSurveyed();
                }
                c.surveyedRow[i] = c.size - 1;
                c.nps[i] = (byte) npsAnswer;
                c.csat[i] = (byte) csatAnswer;
                c.ces[i] = (byte) cesAnswer;
                for (int d = 0; d < ratingValue.length; d++) {
                    if (ratingValue[d] != MISSING) {
                        if (c.ratings[d] == null) {
                            c.ratings[d] = new byte[c.surveyedRow.length];
                            Arrays.fill(c.ratings[d], MISSING);
                        }
                        c.ratings[d][i] = (byte) ratingValue[d];
                    }
                }
                c.surveyed++;
            }

            private boolean reject(int line, String reason) {
                CsvChunk c = chunk;
                if (c.rejected == c.rejectedLine.length) {
                    c.rejectedLine = Arrays.copyOf(c.rejectedLine, c.rejected * 2);
                    c.rejectedReason = Arrays.copyOf(c.rejectedReason, c.rejected * 2);
                }
                c.rejectedLine[c.rejected] = line;
                c.rejectedReason[c.rejected] = reason;
                c.rejected++;
                return false;
            }

            //---------------------------------------------------------------
            private boolean empty(int f) {
                return ff[f] == ft[f];
            }

            private String text(int f) {
                return CsvValues.text(fs[f], ff[f], ft[f]);
            }

            private String missing(int f) {
                return "missing value for required column '" + layout.sourceName[f] + "'";
            }

            /** The outcome cell's cache entry: its ordinal, or -1 and why. */
            private int outcome() {
                int entry = outcomeTexts.code(fs[OUTCOME], ff[OUTCOME], ft[OUTCOME]);
                if (entry == outcomeOrdinal.length) {
                    outcomeOrdinal = Arrays.copyOf(outcomeOrdinal, entry * 2);
                    outcomeProblem = Arrays.copyOf(outcomeProblem, entry * 2);
                }
                if (outcomeProblem[entry] == null) { // a text not seen before in this chunk
                    try {
                        outcomeOrdinal[entry] = Outcome.parse(text(OUTCOME)).ordinal();
                        outcomeProblem[entry] = "";
                    } catch (IllegalArgumentException e) {
                        outcomeOrdinal[entry] = -1;
                        outcomeProblem[entry] = e.getMessage();
                    }
                }
                return entry;
            }

            /** The channel cell's cache entry: its channel id, or null and why. */
            private int channel() {
                int entry = channelTexts.code(fs[CHANNEL], ff[CHANNEL], ft[CHANNEL]);
                if (entry == channelId.length) {
                    channelId = Arrays.copyOf(channelId, entry * 2);
                    channelProblem = Arrays.copyOf(channelProblem, entry * 2);
                    channelLocal = Arrays.copyOf(channelLocal, entry * 2);
                }
                if (channelProblem[entry] == null) { // a text not seen before in this chunk
                    channelLocal[entry] = -1;
                    try {
                        channelId[entry] = Channel.parse(text(CHANNEL)).id();
                        channelProblem[entry] = "";
                    } catch (IllegalArgumentException e) {
                        channelProblem[entry] = e.getMessage();
                    }
                }
                return entry;
            }

            private double slowSeconds;

            /**
             * A duration cell in milliseconds: {@link ColumnStore#UNKNOWN_MILLIS} if empty (or the column absent),
             * the exact fast result if it has the short decimal form, else {@link #SLOW} with the parsed seconds in
             * {@link #slowSeconds} (to be checked as Interaction and toMillis do); {@code Long.MIN_VALUE} with
             * {@link #problem} if it is not a number.
             */
            private long millis(int f) {
                slowSeconds = 0;
                if (empty(f)) {
                    return ColumnStore.UNKNOWN_MILLIS;
                }
                long fast = CsvValues.fastMillis(fs[f], ff[f], ft[f]);
                if (fast >= 0 && fast <= Integer.MAX_VALUE) {
                    return fast;
                }
                String text = text(f);
                try {
                    slowSeconds = CsvValues.decimal(text);
                    return SLOW;
                } catch (NumberFormatException e) {
                    problem = layout.sourceName[f] + " must be a number, was '" + text + "'";
                    return Long.MIN_VALUE;
                }
            }

            /** A survey answer: {@link ColumnStore#MISSING} if empty; {@code Integer.MIN_VALUE} if bad. */
            private int answer(int f, String scale, int min, int max) {
                if (empty(f)) {
                    return MISSING;
                }
                long value = whole(fs[f], ff[f], ft[f], layout.sourceName[f]);
                if (value == Long.MIN_VALUE) {
                    return Integer.MIN_VALUE;
                }
                if (value < min || value > max) {
                    problem = scale + " answer must be between " + min + " and " + max + ", was " + value;
                    return Integer.MIN_VALUE;
                }
                return (int) value;
            }

            /** A whole number as journey reads one (a double that is whole and within int); MIN_VALUE if not. */
            private long whole(byte[] bytes, int from, int to, String name) {
                int fast = CsvValues.fastWhole(bytes, from, to);
                if (fast >= 0) {
                    return fast;
                }
                String text = CsvValues.text(bytes, from, to);
                double value;
                try {
                    value = CsvValues.decimal(text);
                } catch (NumberFormatException e) {
                    problem = name + " must be a number, was '" + text + "'";
                    return Long.MIN_VALUE;
                }
                if (value != Math.rint(value) || value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
                    problem = name + " must be a whole number, was '" + text + "'";
                    return Long.MIN_VALUE;
                }
                return (int) value;
            }
        }
    }

    //-----------------------------------------------------------------------
    private void grow() {
        int capacity = Math.addExact(size, Math.max(16, size >> 1));
        line = Arrays.copyOf(line, capacity);
        idFingerprint = Arrays.copyOf(idFingerprint, capacity);
        idEnd = Arrays.copyOf(idEnd, capacity);
        timestamp = Arrays.copyOf(timestamp, capacity);
        waitMillis = Arrays.copyOf(waitMillis, capacity);
        handleMillis = Arrays.copyOf(handleMillis, capacity);
        touchpoint = Arrays.copyOf(touchpoint, capacity);
        customer = Arrays.copyOf(customer, capacity);
        caseId = Arrays.copyOf(caseId, capacity);
        agent = Arrays.copyOf(agent, capacity);
        segment = Arrays.copyOf(segment, capacity);
        reason = Arrays.copyOf(reason, capacity);
        channel = Arrays.copyOf(channel, capacity);
        outcome = Arrays.copyOf(outcome, capacity);
        initiator = Arrays.copyOf(initiator, capacity);
        stage = Arrays.copyOf(stage, capacity);
        tier = Arrays.copyOf(tier, capacity);
    }

    private void keepId(int row, byte[] bytes, int from, int to) {
        int start = row == 0 ? 0 : idEnd[row - 1];
        int end = Math.addExact(start, to - from);
        if (end > idBytes.length) {
            idBytes = Arrays.copyOf(idBytes, Math.max(end, idBytes.length * 2));
        }
        System.arraycopy(bytes, from, idBytes, start, to - from);
        idEnd[row] = end;
    }

    /** The interaction id of row {@code r}. */
    String idText(int r) {
        int start = r == 0 ? 0 : idEnd[r - 1];
        return CsvValues.text(idBytes, start, idEnd[r]);
    }

    private void growSurveyed() {
        int capacity = surveyed * 2;
        surveyedRow = Arrays.copyOf(surveyedRow, capacity);
        nps = Arrays.copyOf(nps, capacity);
        csat = Arrays.copyOf(csat, capacity);
        ces = Arrays.copyOf(ces, capacity);
        for (int d = 0; d < ratings.length; d++) {
            if (ratings[d] != null) {
                ratings[d] = Arrays.copyOf(ratings[d], capacity);
                Arrays.fill(ratings[d], surveyed, capacity, MISSING);
            }
        }
    }
}
