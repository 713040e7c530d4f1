package dev.rapport.data;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.data.ImportSummary;

/**
 * What {@link ColumnsReader} read from an event-log file: the accepted rows as {@link InteractionColumns}, in file
 * order, and the {@link ImportSummary} (rows read, accepted, and the rejected rows with line and reason).
 * <pre>{@code
 * ColumnsImport imported = ColumnsReader.strict().csv(Path.of("contacts.csv"));
 * Map<List<String>, Estimate> nps = imported.columns().evaluate(Metrics.nps(), Dimension.TOUCHPOINT);
 * }</pre>
 * This type is immutable and thread-safe.
 *
 * @param columns  the accepted rows, not null
 * @param summary  the counts and the rejected rows, not null; its accepted count is the number of columns rows
 */
public record ColumnsImport(InteractionColumns columns, ImportSummary summary) {

    public ColumnsImport {
        checkNotNull(columns, "columns");
        checkNotNull(summary, "summary");
        checkArgument(columns.size() == summary.accepted(), "columns hold %s rows but %s were accepted",
                columns.size(), summary.accepted());
    }

    /** Returns the summary, e.g. {@code contacts.csv: 12 rows read, 11 accepted, 1 rejected}, and the rejections. */
    @Override
    public String toString() {
        return summary.toString();
    }
}
