package dev.rapport.data;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.rapport.core.KanoResponse;
import java.util.List;

/**
 * The Kano answer pairs an import accepted, in file order, and its {@link ImportSummary} (accepted + rejected =
 * rows read).
 * <pre>{@code
 * KanoImport answers = KanoReader.lenient().csv(Path.of("kano.csv"));
 * KanoAnalysis.of(answers.responses());      // dev.rapport.metrics
 * }</pre>
 * This type is immutable and thread-safe.
 *
 * @param responses  the accepted pairs in file order
 * @param summary  counts and rejected rows
 */
public record KanoImport(List<KanoResponse> responses, ImportSummary summary) {

    public KanoImport {
        responses = ImmutableList.copyOf(responses);
        checkNotNull(summary, "summary");
    }

    /** Returns the summary, then the first five pairs. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(summary.toString());
        responses.stream().limit(5).forEach(r -> text.append("\n  ").append(r));
        if (responses.size() > 5) {
            text.append("\n  ...");
        }
        return text.toString();
    }
}
