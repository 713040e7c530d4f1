package dev.rapport.benchmarks.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rapport.benchmarks.AnswersDifferException;
import dev.rapport.benchmarks.internal.CliScorecardWorkload.Cell;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading the command's printed tables back into numbers, and what counts as the same answer. */
class CliScorecardWorkloadTest {

    /** What {@code rapport scorecard} prints, cut to two touchpoints and one channel (widths as printed). */
    private static final String PRINTED = """
            s.csv: 3000 rows read, 3000 accepted, 0 rejected

                 nps                             csat                            wait-p90                        transfer-rate                   abandonment-rate             \s
            all  14.0 (4.8 to 23.0) n=242        0.668 (0.607 to 0.724) n=247    591.0 (473.0 to 826.0) n=826    0.025 (0.020 to 0.031) n=3000   0.014 (0.011 to 0.019) n=3000\s

            touchpoint          nps                             csat                            wait-p90                        transfer-rate                   abandonment-rate             \s
            complaints-team     -                               0.0 (0.000 to 0.658) n=2        34047.0 (17860.0 to 34047.0) n=6  0.0 (0.000 to 0.390) n=6        0.0 (0.000 to 0.390) n=6     \s
            email-support       -33.3 (-64.2 to 14.2) n=9       0.462 (0.232 to 0.709) n=13     90809.0 (44775.0 to 207034.0) n=43  0.0 (0.000 to 0.082) n=43       0.0 (0.000 to 0.082) n=43    \s

            channel    nps                             csat                            wait-p90                        transfer-rate                   abandonment-rate             \s
            web        48.3 (18.2 to 69.3) n=29        0.788 (0.660 to 0.878) n=52     -                               0.0 (0.000 to 0.003) n=1422     0.0 (0.000 to 0.003) n=1422  \s
            """;

    @Test
    void cells_printedTables_everyCellByGroupAndMetric() {
        Map<String, Cell> cells = CliScorecardWorkload.cells(PRINTED);

        assertEquals(4 * 5, cells.size());
        assertEquals(new Cell(14.0, 0.05, 242), cells.get("all/nps"));
        assertEquals(new Cell(0.668, 0.0005, 247), cells.get("all/csat"));
        assertEquals(new Cell(Double.NaN, 0, 0), cells.get("touchpoint=complaints-team/nps"));
        assertEquals(new Cell(34047.0, 0.05, 6), cells.get("touchpoint=complaints-team/wait-p90"));
        assertEquals(new Cell(0.0, 0.05, 6), cells.get("touchpoint=complaints-team/transfer-rate"));
        assertEquals(new Cell(-33.3, 0.05, 9), cells.get("touchpoint=email-support/nps"));
        assertEquals(new Cell(0.0, 0.05, 43), cells.get("touchpoint=email-support/abandonment-rate"));
        assertEquals(new Cell(Double.NaN, 0, 0), cells.get("channel=web/wait-p90"));
        assertEquals(new Cell(0.0, 0.05, 1422), cells.get("channel=web/abandonment-rate"));
    }

    @Test
    void cells_lineWithAMissingCell_rejected() {
        var e = assertThrows(IllegalStateException.class, () -> CliScorecardWorkload.cells("""
                     nps   csat
                all  14.0 (4.8 to 23.0) n=242
                """));
        assertEquals("cli-scorecard: cannot read the line 'all  14.0 (4.8 to 23.0) n=242'", e.getMessage());
    }

    @Test
    void verify_withinPrintedRounding_passes() {
        workload().verify(Map.of("all/nps", new Cell(14.0, 0.05, 242)),
                Map.of("all/nps", new Cell(14.049, 0, 242)));
    }

    @Test
    void verify_beyondPrintedRounding_throwsNamingGroupAndValues() {
        var e = assertThrows(AnswersDifferException.class, () -> workload().verify(
                Map.of("all/csat", new Cell(0.668, 0.0005, 247)), Map.of("all/csat", new Cell(0.6686, 0, 247))));
        assertEquals("cli-scorecard: csat of all: Rapport printed 0.668, DuckDB 0.6686 (allowed difference"
                + " 5.000006686E-4)", e.getMessage());
    }

    @Test
    void verify_p90WithinHistogramResolution_passes() {
        workload().verify(Map.of("channel=web/wait-p90", new Cell(90809.0, 0.05, 43)),
                Map.of("channel=web/wait-p90", new Cell(90760.0, 0, 43)));
    }

    @Test
    void verify_differentSampleSize_throws() {
        var e = assertThrows(AnswersDifferException.class, () -> workload().verify(
                Map.of("channel=web/wait-p90", new Cell(90.0, 0.05, 43)),
                Map.of("channel=web/wait-p90", new Cell(90.0, 0, 44))));
        assertEquals("cli-scorecard: wait-p90 sample size of channel=web: Rapport 43, DuckDB 44", e.getMessage());
    }

    @Test
    void verify_valueOnlyOnOneSide_throws() {
        var e = assertThrows(AnswersDifferException.class, () -> workload().verify(
                Map.of("all/nps", new Cell(Double.NaN, 0, 0)), Map.of("all/nps", new Cell(12.0, 0, 0))));
        assertEquals("cli-scorecard: nps of all: Rapport NaN, DuckDB 12.0", e.getMessage());
    }

    private static CliScorecardWorkload workload() {
        return new CliScorecardWorkload(null);
    }
}
