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
     * shares that case's journey: such customers get the case's code. Finding them decodes the ids of the cases
     * and of the customers with rows without a case (none if every row has a case), in parallel.
     *
     * @param customerOfRow  every row's customer code
     * @return every row's journey code, from 0 to cases plus customers
     */
    private static int[] byCase(InteractionColumns columns, int[] customerOfRow) {
        int[] journeyOfRow = columns.flatCases();
        int cases = columns.cases.size();
        boolean[] caseless = new boolean[columns.customers.size()];
        int caselessCount = 0;
        for (int r = 0; r < journeyOfRow.length; r++) {
            if (journeyOfRow[r] < 0 && !caseless[customerOfRow[r]]) {
                caseless[customerOfRow[r]] = true;
                caselessCount++;
            }
        }
        if (caselessCount == 0) {
            return journeyOfRow;
        }
        int[] caselessCustomers = new int[caselessCount];
        for (int c = 0, i = 0; c < caseless.length; c++) {
            if (caseless[c]) {
                caselessCustomers[i++] = c;
            }
        }
        int[] journeyOfCustomer = new int[caseless.length];
        for (int c = 0; c < journeyOfCustomer.length; c++) {
            journeyOfCustomer[c] = cases + c;
        }
        String[] customerIds = decode(columns.customers, caselessCustomers);
        String[] caseIds = decode(columns.cases, null);
        // a hash map of the smaller side, probed in parallel with the other; case ids are distinct, and so are
        // customer ids, so each customer is written at most once
        if (caselessCount <= cases) {
            Map<String, Integer> index = index(customerIds);
            IntStream.range(0, cases).parallel().forEach(k -> {
                Integer i = index.get(caseIds[k]);
                if (i != null) {
                    journeyOfCustomer[caselessCustomers[i]] = k;
                }
            });
        } else {
            Map<String, Integer> index = index(caseIds);
            IntStream.range(0, caselessCount).parallel().forEach(i -> {
                Integer k = index.get(customerIds[i]);
                if (k != null) {
                    journeyOfCustomer[caselessCustomers[i]] = k;
                }
            });
        }
        for (int r = 0; r < journeyOfRow.length; r++) {
            if (journeyOfRow[r] < 0) {
                journeyOfRow[r] = journeyOfCustomer[customerOfRow[r]];
            }
        }
        return journeyOfRow;
    }

    /** The ids with the given codes (all if {@code codes} is null), decoded in parallel. */
    private static String[] decode(List<String> dictionary, int[] codes) {
        int n = codes == null ? dictionary.size() : codes.length;
        String[] ids = new String[n];
        IntStream.range(0, n).parallel().forEach(i -> ids[i] = dictionary.get(codes == null ? i : codes[i]));
        return ids;
    }

    /** Each id's index. */
    private static Map<String, Integer> index(String[] ids) {
        Map<String, Integer> index = new HashMap<>(ids.length * 4 / 3 + 1);
        for (int i = 0; i < ids.length; i++) {
            index.put(ids[i], i);
        }
        return index;
    }
}
