package dev.rapport.journey;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.data.InteractionColumns;
import dev.rapport.data.internal.ColumnStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Journey analyses over {@link InteractionColumns}: the columns cut into journeys by a journey code per row, as
 * {@link JourneyLog} cuts interactions by {@link Grouping#keyOf}, then handed to the journey
 * module's columnar algorithms: discovery, conformance against a map and the funnel. Reads the columns only
 * through their flat copies and dictionaries. Columns hold no stage: a touchpoint the map does not know is placed
 * in no stage.
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
        int[] journeyOfRow = journeyCodes(columns, grouping);
        return DirectlyFollowsGraph.ofColumns(journeyOfRow, journeyCount(columns, grouping), columns.flatTimestamps(),
                columns.flatTouchpoints(), columns.touchpoints);
    }

    /** The conformance of the columns' journeys; see {@link ConformanceReport#of(JourneyMap, InteractionColumns, Grouping)}. */
    static ConformanceReport conformance(JourneyMap map, InteractionColumns publicColumns, Grouping grouping) {
        ColumnStore columns = ColumnStore.of(publicColumns);
        Ordered journeys = Ordered.of(columns, grouping);
        MapCodes codes = new MapCodes(map, columns.touchpoints);
        JourneyConformance[] checked = new JourneyConformance[journeys.count()];
        short[] touchpoints = columns.flatTouchpoints();
        int ranges = (checked.length + JOURNEYS_PER_RANGE - 1) / JOURNEYS_PER_RANGE;
        IntStream.range(0, ranges).parallel().forEach(range -> {
            Checker checker = new Checker(codes, touchpoints);
            for (int j = range * JOURNEYS_PER_RANGE, end = Math.min(checked.length, j + JOURNEYS_PER_RANGE); j < end;
                    j++) {
                checked[j] = checker.check(journeys, j);
            }
        });
        return ConformanceReport.ofChecked(Arrays.asList(checked));
    }

    /** The funnel of the columns' journeys; see {@link Funnel#of(JourneyMap, InteractionColumns, Grouping)}. */
    static Funnel funnel(JourneyMap map, InteractionColumns publicColumns, Grouping grouping) {
        ColumnStore columns = ColumnStore.of(publicColumns);
        int[] journeyOfRow = journeyCodes(columns, grouping);
        int journeys = journeyCount(columns, grouping);
        MapCodes codes = new MapCodes(map, columns.touchpoints);
        int stages = codes.stages.size();
        short[] touchpoints = columns.flatTouchpoints();
        // the rows journey by journey (a counting sort by code; order within a journey does not matter here)
        int[] start = new int[journeys + 1];
        for (int code : journeyOfRow) {
            start[code + 1]++;
        }
        for (int j = 0; j < journeys; j++) {
            start[j + 1] += start[j];
        }
        int[] next = Arrays.copyOf(start, journeys);
        int[] rows = new int[journeyOfRow.length];
        for (int r = 0; r < journeyOfRow.length; r++) {
            rows[next[journeyOfRow[r]]++] = r;
        }
        long[] visited = new long[stages];
        long[] furthestCount = new long[stages];
        int[] seenBy = new int[stages];
        long inFunnel = 0;
        for (int j = 0; j < journeys; j++) {
            int furthest = -1;
            for (int i = start[j]; i < start[j + 1]; i++) {
                int stage = codes.stageOf[touchpoints[rows[i]]];
                if (stage >= 0) {
                    if (seenBy[stage] != j + 1) {
                        seenBy[stage] = j + 1;
                        visited[stage]++;
                    }
                    furthest = Math.max(furthest, stage);
                }
            }
            if (furthest >= 0) {
                furthestCount[furthest]++;
                inFunnel++;
            }
        }
        return Funnel.of(codes.stages, visited, furthestCount, inFunnel);
    }

    /** Every row's journey code under the grouping, from 0 to {@link #journeyCount}. */
    private static int[] journeyCodes(ColumnStore columns, Grouping grouping) {
        int[] customerOfRow = columns.flatCustomers();
        return grouping == Grouping.BY_CASE ? byCase(columns, customerOfRow) : customerOfRow;
    }

    /** The number of journey codes under the grouping (some may have no row). */
    private static int journeyCount(ColumnStore columns, Grouping grouping) {
        return grouping == Grouping.BY_CASE ? columns.cases.size() + columns.customers.size()
                : columns.customers.size();
    }

    /** The key of a journey code, as {@link Grouping#keyOf} names the journey. */
    private static String key(ColumnStore columns, Grouping grouping, int code) {
        if (grouping == Grouping.BY_CUSTOMER) {
            return columns.customers.get(code);
        }
        int cases = columns.cases.size();
        return code < cases ? columns.cases.get(code) : columns.customers.get(code - cases);
    }

    /**
     * The journeys of columns in {@link JourneyLog}'s order: by key, each one's rows by time, equal times in row
     * order (the order of the interactions in the input).
     */
    private static final class Ordered {
        /** Per journey its key, in key order. */
        final String[] keys;
        /** Per journey the position of its first row in {@link #rows}, and the number of rows at the end. */
        final int[] start;
        /** The row indexes, journey after journey. */
        final int[] rows;

        private Ordered(String[] keys, int[] start, int[] rows) {
            this.keys = keys;
            this.start = start;
            this.rows = rows;
        }

        static Ordered of(ColumnStore columns, Grouping grouping) {
            int[] journeyOfRow = journeyCodes(columns, grouping);
            int codes = journeyCount(columns, grouping);
            int[] count = new int[codes];
            for (int code : journeyOfRow) {
                count[code]++;
            }
            String[] keyOfCode = new String[codes];
            List<Integer> present = new ArrayList<>();
            for (int code = 0; code < codes; code++) {
                if (count[code] > 0) {
                    keyOfCode[code] = key(columns, grouping, code);
                    present.add(code);
                }
            }
            present.sort(Comparator.comparing(code -> keyOfCode[code])); // keys are distinct: no ties
            String[] keys = new String[present.size()];
            int[] start = new int[present.size() + 1];
            int[] next = new int[codes];
            for (int j = 0; j < keys.length; j++) {
                int code = present.get(j);
                keys[j] = keyOfCode[code];
                next[code] = start[j];
                start[j + 1] = start[j] + count[code];
            }
            int[] rows = new int[journeyOfRow.length];
            for (int r = 0; r < journeyOfRow.length; r++) {
                rows[next[journeyOfRow[r]]++] = r; // ascending rows: a stable counting sort
            }
            long[] time = columns.flatTimestamps();
            for (int j = 0; j < keys.length; j++) {
                sortByTime(rows, start[j], start[j + 1], time);
            }
            return new Ordered(keys, start, rows);
        }

        /** Sorts {@code rows[from, to)} by time, stably; most journeys are in time order already. */
        private static void sortByTime(int[] rows, int from, int to, long[] time) {
            for (int i = from + 1; i < to; i++) {
                if (time[rows[i]] < time[rows[i - 1]]) {
                    Integer[] part = new Integer[to - from];
                    for (int k = 0; k < part.length; k++) {
                        part[k] = rows[from + k];
                    }
                    Arrays.sort(part, Comparator.comparingLong(row -> time[row])); // a stable sort
                    for (int k = 0; k < part.length; k++) {
                        rows[from + k] = part[k];
                    }
                    return;
                }
            }
        }

        int count() {
            return keys.length;
        }
    }

    /** The map by the columns' touchpoint codes: each code's stage, whether the map knows it, entry, exit, paths. */
    private static final class MapCodes {
        final ConformanceReport.StageIndex stages;
        final List<String> touchpoints;
        final int[] stageOf;
        final boolean[] known;
        final boolean[] entry;
        final boolean[] exit;
        /** The expected paths between touchpoints of the columns, as {@code from * touchpoints + to}. */
        final Set<Integer> expected = new HashSet<>();

        MapCodes(JourneyMap map, List<String> touchpoints) {
            this.stages = new ConformanceReport.StageIndex(map);
            this.touchpoints = touchpoints;
            int n = touchpoints.size();
            stageOf = new int[n];
            known = new boolean[n];
            entry = new boolean[n];
            exit = new boolean[n];
            Map<String, Integer> codes = new HashMap<>();
            for (int t = 0; t < n; t++) {
                String id = touchpoints.get(t);
                codes.put(id, t);
                stageOf[t] = stages.ofTouchpoint(id);
                known[t] = stages.knows(id);
            }
            map.entryPoints().forEach(p -> mark(entry, codes.get(p.id())));
            map.exitPoints().forEach(p -> mark(exit, codes.get(p.id())));
            for (Transition path : map.paths()) {
                Integer from = codes.get(path.from());
                Integer to = codes.get(path.to());
                if (from != null && to != null) {
                    expected.add(from * n + to);
                }
            }
        }

        private static void mark(boolean[] set, Integer code) {
            if (code != null) {
                set[code] = true;
            }
        }
    }

    /** Checks journeys one by one, as {@link ConformanceReport#of(JourneyMap, JourneyLog)} does; one per thread. */
    private static final class Checker {
        private final MapCodes codes;
        private final short[] touchpointOfRow;
        /** Per touchpoint code, and per stage, the last journey that visited it (+ 1; 0 for none). */
        private final int[] seenBy;
        private final int[] stageSeenBy;
        private final Map<Integer, Transition> transitions = new HashMap<>();

        Checker(MapCodes codes, short[] touchpointOfRow) {
            this.codes = codes;
            this.touchpointOfRow = touchpointOfRow;
            seenBy = new int[codes.touchpoints.size()];
            stageSeenBy = new int[codes.stages.size()];
        }

        JourneyConformance check(Ordered journeys, int j) {
            int from = journeys.start[j];
            int to = journeys.start[j + 1];
            int mark = j + 1;
            int n = codes.touchpoints.size();
            List<Transition> unexpected = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            int repeats = 0;
            boolean startsAtEntry = codes.entry[touchpointOfRow[journeys.rows[from]]];
            boolean endsAtExit = codes.exit[touchpointOfRow[journeys.rows[to - 1]]];
            int allowed = (startsAtEntry ? 1 : 0) + (endsAtExit ? 1 : 0);
            int first = Integer.MAX_VALUE;
            int furthest = -1;
            int previous = -1;
            for (int i = from; i < to; i++) {
                int touchpoint = touchpointOfRow[journeys.rows[i]];
                if (seenBy[touchpoint] == mark) {
                    repeats++;
                } else {
                    seenBy[touchpoint] = mark;
                    if (!codes.known[touchpoint]) {
                        unknown.add(codes.touchpoints.get(touchpoint));
                    }
                }
                int stage = codes.stageOf[touchpoint];
                if (stage >= 0) {
                    stageSeenBy[stage] = mark;
                    first = Math.min(first, stage);
                    furthest = Math.max(furthest, stage);
                }
                if (previous >= 0) {
                    int move = previous * n + touchpoint;
                    if (codes.expected.contains(move)) {
                        allowed++;
                    } else {
                        int p = previous;
                        unexpected.add(transitions.computeIfAbsent(move, m -> Transition.of(
                                codes.touchpoints.get(p), codes.touchpoints.get(touchpoint))));
                    }
                }
                previous = touchpoint;
            }
            List<String> skipped = new ArrayList<>();
            for (int s = first; s <= furthest; s++) {
                if (stageSeenBy[s] != mark) {
                    skipped.add(codes.stages.id(s));
                }
            }
            return new JourneyConformance(journeys.keys[j], unexpected, unknown, skipped, repeats, startsAtEntry,
                    endsAtExit, allowed, to - from + 1);
        }
    }

    /** Journeys per parallel range of conformance checks. */
    private static final int JOURNEYS_PER_RANGE = 1 << 12;

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
