package dev.rapport.data.internal;

import static dev.rapport.data.internal.ColumnStore.MISSING;

import com.google.common.base.Verify;
import dev.rapport.core.UnreadableInputException;
import dev.rapport.data.ColumnsImport;
import dev.rapport.data.ImportSummary;
import dev.rapport.data.InteractionColumns;
import dev.rapport.data.RejectedRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Appends parsed {@link CsvChunk}s, in file order, to one {@link InteractionColumns.Builder}: each chunk-local code
 * mapped to the global one when first met (so the codes are those of a sequential read), rejected rows collected or,
 * when strict, thrown, in line order. A row whose interaction id an earlier accepted row has is rejected here, in
 * file order, by the {@link IdSet} rule of every reader. Mutable, for use from a single thread.
 */
final class CsvMerge {

    private final String source;
    private final boolean strict;
    private final ColumnStore.Builder builder;
    private final boolean channels;
    /** The builder's dictionaries again, by UTF-8 bytes, same values and codes; customers, cases and agents only here. */
    private final ByteDictionary allTouchpoints = new ByteDictionary(64);
    private final ByteDictionary allCustomers = new ByteDictionary(1 << 16);
    private final ByteDictionary allCases = new ByteDictionary(1 << 16);
    private final ByteDictionary allAgents = new ByteDictionary(1 << 10);
    private final ByteDictionary allSegments = new ByteDictionary(64);
    private final ByteDictionary allReasons = new ByteDictionary(64);
    private final ByteDictionary allStages = new ByteDictionary(16);
    private final ByteDictionary allTiers = new ByteDictionary(16);
    private final List<RejectedRow> rejected = new ArrayList<>();
    private final IdSet ids = new IdSet();
    private long accepted;

    CsvMerge(String source, boolean strict, Set<InteractionColumns.Column> held) {
        this.source = source;
        this.strict = strict;
        this.builder = ColumnStore.builder(held);
        this.channels = held.contains(InteractionColumns.Column.CHANNEL);
    }

    /**
     * The columns and summary of everything appended. The customer, case and agent ids are the byte dictionaries'
     * own bytes, never a {@code String} each.
     */
    ColumnsImport result() {
        builder.codedElsewhere(allCustomers.values(), allCases.values(), allAgents.values(),
                ColumnStore.sameIds(allCustomers.size(), allCases.size(), code -> allCases.find(allCustomers, code),
                        code -> allCustomers.find(allCases, code)));
        return new ColumnsImport(builder.build().columns(),
                new ImportSummary(source, accepted + rejected.size(), accepted, rejected));
    }

    /**
     * Appends a chunk's rows to the builder and its rejected rows to the summary, in line order, or throws at the
     * first problem that ends the import.
     */
    void append(CsvChunk c, long firstLine) {
        int[] touchpoints = unmapped(c.touchpoints.size());
        int[] customers = unmapped(c.customers.size());
        int[] cases = unmapped(c.cases.size());
        int[] agents = unmapped(c.agents.size());
        int[] segments = unmapped(c.segments.size());
        int[] reasons = unmapped(c.reasons.size());
        int[] channels = unmapped(c.channels.length);
        int[] stages = unmapped(c.stages.size());
        int[] tiers = unmapped(c.tiers.size());
        int[] dimensions = unmapped(c.ratings.length);
        int j = 0;
        int s = 0;
        for (int r = 0; r < c.size; r++) {
            int line = c.line[r];
            while (j < c.rejected && c.rejectedLine[j] < line) {
                reject(c, j++, firstLine);
            }
            if (c.fatal != null && c.fatalLine < line) {
                throw new UnreadableInputException(source, firstLine + c.fatalLine, 0, "", c.fatal, null);
            }
            long at = firstLine + line;
            if (!ids.add(c.idFingerprint[r])) {
                duplicate(c, r, at);
                if (s < c.surveyed && c.surveyedRow[s] == r) {
                    s++;
                }
                continue;
            }
            accepted++;
            // a column not held has code -1 in every row (CsvChunk.Parser)
            int touchpoint = c.touchpoint[r] < 0 ? -1
                    : code(touchpoints, c.touchpoint[r], c.touchpoints, allTouchpoints, builder::touchpointCode, at);
            int customer = c.customer[r] < 0 ? -1 : code(customers, c.customer[r], c.customers, allCustomers, null, at);
            int caseCode = c.caseId[r] < 0 ? -1 : code(cases, c.caseId[r], c.cases, allCases, null, at);
            int agent = c.agent[r] < 0 ? -1 : code(agents, c.agent[r], c.agents, allAgents, null, at);
            int segment = c.segment[r] < 0 ? -1
                    : code(segments, c.segment[r], c.segments, allSegments, builder::segmentCode, at);
            int reason = c.reason[r] < 0 ? -1
                    : code(reasons, c.reason[r], c.reasons, allReasons, builder::reasonCode, at);
            int channel = this.channels ? channels[c.channel[r]] : 0;
            if (channel < 0) {
                channel = global(c.channels[c.channel[r]], builder::channelCode, at);
                channels[c.channel[r]] = channel;
            }
            builder.addCoded(c.timestamp[r], c.waitMillis[r], c.handleMillis[r], touchpoint, customer, caseCode,
                    reason, agent, segment, channel, c.outcome[r], c.initiator[r]);
            if (c.stage[r] >= 0 || c.tier[r] >= 0) {
                builder.stageAndTierCoded(
                        c.stage[r] < 0 ? -1 : code(stages, c.stage[r], c.stages, allStages, builder::stageCode, at),
                        c.tier[r] < 0 ? -1 : code(tiers, c.tier[r], c.tiers, allTiers, builder::tierCode, at));
            }
            if (s < c.surveyed && c.surveyedRow[s] == r) {
                builder.addSurveyCoded(c.nps[s], c.csat[s], c.ces[s]);
                for (int d = 0; d < c.ratings.length; d++) {
                    if (c.ratings[d] != null && c.ratings[d][s] != MISSING) {
                        // codes in order of first answer, as a sequential read assigns them
                        if (dimensions[d] < 0) {
                            dimensions[d] = builder.dimensionCode(c.ratingNames[d]);
                        }
                        builder.rateCoded(dimensions[d], c.ratings[d][s]);
                    }
                }
                s++;
            }
        }
        while (j < c.rejected) {
            reject(c, j++, firstLine);
        }
        if (c.fatal != null) {
            throw new UnreadableInputException(source, firstLine + c.fatalLine, 0, "", c.fatal, null);
        }
    }

    /** Rejects row {@code r}: its id is an earlier row's. Its text is made only now, for the message. */
    private void duplicate(CsvChunk c, int r, long line) {
        String reason = IdSet.duplicate(c.idText(r));
        if (strict) {
            throw new UnreadableInputException(source, line, 0, "", reason, null);
        }
        rejected.add(new RejectedRow(line, reason));
    }

    private void reject(CsvChunk c, int j, long firstLine) {
        if (c.fatal != null && c.fatalLine <= c.rejectedLine[j]) {
            throw new UnreadableInputException(source, firstLine + c.fatalLine, 0, "", c.fatal, null);
        }
        long line = firstLine + c.rejectedLine[j];
        if (strict) {
            throw new UnreadableInputException(source, line, 0, "", c.rejectedReason[j], null);
        }
        rejected.add(new RejectedRow(line, c.rejectedReason[j]));
    }

    private static int[] unmapped(int length) {
        int[] map = new int[length];
        Arrays.fill(map, -1);
        return map;
    }

    /**
     * The global code of a chunk-local code, found the first time in this import's copy of the builder's dictionary
     * by the key's bytes; a value new to the whole file is given to the builder (so codes follow the order of
     * appearance), and only then made a {@code String}. Customer, case and agent ids ({@code builderCode} null)
     * stay in the byte dictionary, which gives the builder their values at the end.
     */
    private int code(int[] map, int local, ByteDictionary chunk, ByteDictionary all, ToIntFunction<String> builderCode,
            long line) {
        int code = map[local];
        if (code < 0) {
            int known = all.size();
            code = all.code(chunk, local);
            if (code == known && builderCode != null) {
                int given = global(chunk.string(local), builderCode, line);
                Verify.verify(given == code, "Rapport bug: builder code %s for a value this import coded %s", given,
                        code);
            }
            map[local] = code;
        }
        return code;
    }

    private int global(String value, ToIntFunction<String> builderCode, long line) {
        try {
            return builderCode.applyAsInt(value);
        } catch (IllegalArgumentException e) {
            throw new UnreadableInputException(source, line, 0, "", e.getMessage(), e);
        }
    }
}
