package dev.rapport.data;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A row (or event) that a lenient import left out, with the reason.
 *
 * @param line  the line in the file where the row starts, from 1
 * @param reason  what is wrong with it, e.g. {@code unparseable timestamp 'yesterday'}
 */
public record RejectedRow(long line, String reason) {

    public RejectedRow {
        checkNotNull(reason, "reason");
    }

    @Override
    public String toString() {
        return "line " + line + ": " + reason;
    }
}
