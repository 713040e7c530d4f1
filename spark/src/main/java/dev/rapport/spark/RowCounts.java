package dev.rapport.spark;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.List;
import java.util.Map;

/**
 * What a Spark job read: how many rows, how many became interactions, and why the others were rejected. Nothing is
 * dropped silently: {@code accepted + rejected == rows}, always. The reasons are worded as the CSV readers word them
 * and counted per distinct reason (the {@value #MAX_REASONS} least reasons in text order are kept, the rest counted
 * under {@value #OTHER_REASONS}); a few rejected rows are kept whole as examples (the least in text order, so the
 * same on every run). A strict job fails on the first rejected row instead, naming its values.
 * <pre>{@code
 * SparkResult<ScorecardResult> r = RapportSpark.canonical().scorecard(rows, card);
 * r.rows()   // 1000000 rows, 999998 accepted, 2 rejected: missing value for required column 'timestamp' 2
 * }</pre>
 * This type is immutable and thread-safe.
 *
 * @param rows  the rows read
 * @param accepted  the rows that became interactions
 * @param rejected  the rows left out
 * @param reasons  how many rows each reason rejected, sorted by reason
 * @param examples  up to {@value #MAX_EXAMPLES} rejected rows as {@code reason in row [column=value, ...]}
 */
public record RowCounts(long rows, long accepted, long rejected, Map<String, Long> reasons, List<String> examples) {

    /** Distinct reasons counted one by one; beyond, under {@link #OTHER_REASONS}. */
    public static final int MAX_REASONS = 20;
    /** Rejected rows kept as examples. */
    public static final int MAX_EXAMPLES = 5;
    /** The reason under which rows of further reasons are counted. */
    public static final String OTHER_REASONS = "(other reasons)";

    public RowCounts {
        reasons = ImmutableSortedMap.copyOf(reasons);
        examples = ImmutableList.copyOf(examples);
        checkArgument(accepted + rejected == rows, "accepted (%s) + rejected (%s) must equal rows (%s)", accepted,
                rejected, rows);
        checkArgument(reasons.values().stream().mapToLong(Long::longValue).sum() == rejected,
                "the reasons must count every rejected row (%s), counted %s", rejected, reasons);
    }

    /** Returns e.g. {@code 12 rows, 11 accepted, 1 rejected}, then one line per reason. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(rows + " rows, " + accepted + " accepted, " + rejected + " rejected");
        reasons.forEach((reason, n) -> text.append("\n  ").append(n).append(" x ").append(reason));
        return text.toString();
    }
}
