package dev.rapport.data.internal;

import dev.rapport.core.Interaction;
import dev.rapport.core.UnreadableInputException;
import dev.rapport.data.ImportResult;
import dev.rapport.data.ImportSummary;
import dev.rapport.data.RejectedRow;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects accepted interactions and rejected rows; in strict mode the first rejection throws. A row whose
 * interaction id an earlier accepted row has is rejected ({@link IdSet}): the first row with an id is kept.
 */
public final class RowSink {

    private final String source;
    private final boolean strict;
    private final List<Interaction> accepted = new ArrayList<>();
    private final List<RejectedRow> rejected = new ArrayList<>();
    private final IdSet ids = new IdSet();

    public RowSink(String source, boolean strict) {
        this.source = source;
        this.strict = strict;
    }

    public String source() {
        return source;
    }

    /**
     * Accepts a row's interaction, or rejects the row if an earlier one has its id.
     *
     * @throws UnreadableInputException in strict mode, for a duplicate id
     */
    public void accept(long line, Interaction interaction) {
        if (!ids.add(IdSet.fingerprint(interaction.interactionId()))) {
            reject(line, IdSet.duplicate(interaction.interactionId()), null);
            return;
        }
        accepted.add(interaction);
    }

    /**
     * Records a rejected row.
     *
     * @throws UnreadableInputException in strict mode, naming the file and line
     */
    public void reject(long line, String reason, Throwable cause) {
        if (strict) {
            throw new UnreadableInputException(source, line, 0, "", reason, cause);
        }
        rejected.add(new RejectedRow(line, reason));
    }

    public ImportResult result() {
        return new ImportResult(accepted, new ImportSummary(source, (long) accepted.size() + rejected.size(), accepted.size(), rejected));
    }
}
