package dev.rapport.benchmarks.internal;

import dev.rapport.data.InteractionColumns;
import java.util.List;

/**
 * Plain primitive copies of the columns the workloads read, coded as {@code InteractionColumns} codes them: for the
 * memory-bandwidth ceiling (a pass that only loads them) and for the workloads whose Rapport side is computed in
 * this module because the library has no columnar form of them yet (see the README's performance section).
 * Filled once by {@link Dataset}, then read only.
 */
final class RawColumns {

    int size;
    final long[] timestamp;
    final short[] touchpoint;
    final byte[] channel;
    final byte[] outcome;
    final byte[] nps;
    final byte[] csat;
    final int[] waitMillis;
    /** The case code, -1 where there is none. */
    final int[] caseCode;
    /** The journey code under {@code Grouping.BY_CASE}: the case id, else the customer id. */
    final int[] journey;
    List<String> touchpoints;
    List<String> channels;
    int cases;
    int journeys;

    RawColumns(int capacity) {
        timestamp = new long[capacity];
        touchpoint = new short[capacity];
        channel = new byte[capacity];
        outcome = new byte[capacity];
        nps = new byte[capacity];
        csat = new byte[capacity];
        waitMillis = new int[capacity];
        caseCode = new int[capacity];
        journey = new int[capacity];
    }

    void finish(int size, String[] touchpoints, String[] channels, int cases, int journeys) {
        if (size != timestamp.length) {
            throw new IllegalStateException("the generator gave " + size + " rows, expected " + timestamp.length);
        }
        this.size = size;
        this.touchpoints = List.of(touchpoints);
        this.channels = List.of(channels);
        this.cases = cases;
        this.journeys = journeys;
    }
}
