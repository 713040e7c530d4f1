package dev.rapport.journey;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.data.InteractionColumns;
import dev.rapport.data.internal.ColumnStore;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Journey analyses over {@link InteractionColumns}: the columns cut into journeys by a journey code per row, as
 * {@link JourneyLog} cuts interactions by {@link Grouping#keyOf}, then handed to the journey
 * module's columnar algorithms. Reads the columns only through their flat copies and dictionaries.
 * <p>
 * This type has static methods only.
 */
final class ColumnarJourneys {

    private ColumnarJourneys() {
    }

    /** The directly-follows graph of the columns' journeys; see {@link DirectlyFollowsGraph#of(InteractionColumns, Grouping)}. */
    static DirectlyFollowsGraph directlyFollows(InteractionColumns publicColumns, Grouping grouping) {
        checkNotNull(grouping, "grouping");
        ColumnStore columns = ColumnStore.of(publicColumns);
        int[] journeyOfRow = columns.flatCustomers();
        int journeys = columns.customers.size();
        if (grouping == Grouping.BY_CASE) {
            journeyOfRow = byCase(columns, journeyOfRow);
            journeys = columns.cases.size() + columns.customers.size();
        }
        return DirectlyFollowsGraph.ofColumns(journeyOfRow, journeys, columns.flatTimestamps(),
                columns.flatTouchpoints(), columns.touchpoints);
    }

    /**
     * Journey codes under {@link Grouping#BY_CASE}: the case code, or, for a row without a case, the number of
     * cases plus the customer code. Journeys are keyed by id text, so a customer whose id is also some case's id
     * shares that case's journey: such customers, found once when the columns were built, get the case's code.
     *
     * @param customerOfRow  every row's customer code
     * @return every row's journey code, from 0 to cases plus customers
     */
    private static int[] byCase(ColumnStore columns, int[] customerOfRow) {
        int[] journeyOfRow = columns.flatCases();
        int cases = columns.cases.size();
        int[] sameIdCustomers = columns.sameIdCustomers;
        int[] sameIdCases = columns.sameIdCases;
        IntStream.range(0, (journeyOfRow.length + CHUNK - 1) / CHUNK).parallel().forEach(chunk -> {
            for (int r = chunk * CHUNK, end = Math.min(journeyOfRow.length, r + CHUNK); r < end; r++) {
                if (journeyOfRow[r] < 0) {
                    int customer = customerOfRow[r];
                    int same = sameIdCustomers.length == 0 ? -1 : Arrays.binarySearch(sameIdCustomers, customer);
                    journeyOfRow[r] = same >= 0 ? sameIdCases[same] : cases + customer;
                }
            }
        });
        return journeyOfRow;
    }

    private static final int CHUNK = 1 << 16;
}
