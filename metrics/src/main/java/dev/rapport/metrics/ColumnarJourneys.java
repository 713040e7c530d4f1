package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.journey.DirectlyFollowsGraph;
import dev.rapport.journey.Grouping;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Journey analyses over {@link InteractionColumns}: the columns cut into journeys by a journey code per row, as
 * {@link dev.rapport.journey.JourneyLog} cuts interactions by {@link Grouping#keyOf}, then handed to the journey
 * module's columnar algorithms. Reads the columns only through their flat copies and dictionaries.
 * <p>
 * This type has static methods only.
 */
final class ColumnarJourneys {

    private ColumnarJourneys() {
    }

    /** The directly-follows graph of the columns' journeys; see {@link InteractionColumns#directlyFollows}. */
    static DirectlyFollowsGraph directlyFollows(InteractionColumns columns, Grouping grouping) {
        checkNotNull(grouping, "grouping");
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
     * shares that case's journey: such customers get the case's code.
     *
     * @param customerOfRow  every row's customer code
     * @return every row's journey code, from 0 to cases plus customers
     */
    private static int[] byCase(InteractionColumns columns, int[] customerOfRow) {
        int[] journeyOfRow = columns.flatCases();
        List<String> cases = columns.cases;
        List<String> customers = columns.customers;
        boolean[] caseless = new boolean[customers.size()];
        boolean any = false;
        for (int r = 0; r < journeyOfRow.length; r++) {
            if (journeyOfRow[r] < 0) {
                caseless[customerOfRow[r]] = true;
                any = true;
            }
        }
        if (!any) {
            return journeyOfRow;
        }
        int[] journeyOfCustomer = new int[customers.size()];
        Map<String, Integer> caselessIds = new HashMap<>();
        for (int c = 0; c < journeyOfCustomer.length; c++) {
            journeyOfCustomer[c] = cases.size() + c;
            if (caseless[c]) {
                caselessIds.put(customers.get(c), c);
            }
        }
        IntStream.range(0, cases.size()).parallel().forEach(k -> {
            Integer c = caselessIds.get(cases.get(k));
            if (c != null) {
                journeyOfCustomer[c] = k; // case ids are distinct, so each customer is written at most once
            }
        });
        for (int r = 0; r < journeyOfRow.length; r++) {
            if (journeyOfRow[r] < 0) {
                journeyOfRow[r] = journeyOfCustomer[customerOfRow[r]];
            }
        }
        return journeyOfRow;
    }
}
