package dev.rapport.data;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.rapport.core.Interaction;
import java.util.List;

/**
 * The interactions an import accepted, in file order, and its {@link ImportSummary}.
 * <pre>{@code
 * ImportResult result = EventLogReader.lenient().csv(Path.of("contacts.csv"));
 * JourneyLog log = JourneyLog.of(result, Grouping.BY_CASE);     // dev.rapport.journey
 * }</pre>
 * This type is immutable and thread-safe.
 *
 * @param interactions  the accepted interactions in file order
 * @param summary  counts and rejected rows
 */
public record ImportResult(List<Interaction> interactions, ImportSummary summary) {

    public ImportResult {
        interactions = ImmutableList.copyOf(interactions);
        checkNotNull(summary, "summary");
    }

    /** Returns the summary, then the first five interactions (never the whole import, which can be large). */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(summary.toString());
        interactions.stream().limit(5).forEach(i -> text.append("\n  ").append(i));
        if (interactions.size() > 5) {
            text.append("\n  ...");
        }
        return text.toString();
    }
}
