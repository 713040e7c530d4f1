package dev.rapport.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The whole comparison on a few thousand rows: every workload runs and Rapport and DuckDB agree. */
class ComparisonTest {

    private static final Pattern RESULT = Pattern.compile("RESULT workload=(scorecard|fcr|discovery|ingest|cli-scorecard)"
            + " rows=3000 rapport_ms=\\d+\\.\\d duckdb_ms=\\d+\\.\\d ratio=\\d+\\.\\d\\d ceiling_ms=\\d+\\.\\d");
    private static final Pattern MEMORY = Pattern.compile("MEMORY rows=3000 bytes_per_interaction=-?\\d+\\.\\d");

    @Test
    void run_fewThousandRows_answersAgreeAndEveryLineIsPrinted() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<WorkloadResult> results = Comparison.run(ComparisonOptions.of(3000).withRepeat(1),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertEquals(ComparisonOptions.WORKLOADS, results.stream().map(WorkloadResult::workload).toList());
        assertEquals(5, out.lines().filter(line -> RESULT.matcher(line).matches()).count(), out);
        assertEquals(1, out.lines().filter(line -> MEMORY.matcher(line).matches()).count(), out);
        assertTrue(out.contains("\nscorecard: answers agree"), out);
        assertTrue(out.contains("\ncli-scorecard: answers agree"), out);
    }

    @Test
    void run_fusedScorecardPrototype_agreesWithDuckDb() {
        List<WorkloadResult> results = Comparison.run(ComparisonOptions.of(2000).withWorkloads("scorecard-fused")
                .withRepeat(1), new PrintStream(new ByteArrayOutputStream()));
        assertEquals(List.of("scorecard-fused"), results.stream().map(WorkloadResult::workload).toList());
    }

    @Test
    void run_unknownWorkload_exitCode2WithTheName() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Benchmarks.run(new String[] {"--rows", "10", "--workloads", "scorecard,joins"},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith(
                "error: unknown workload 'joins'; expected one of scorecard, fcr, discovery, ingest, cli-scorecard"));
    }

    @Test
    void parse_missingRows_rejected() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ComparisonOptions.parse(List.of("--repeat", "3")));
        assertEquals("--rows is required", e.getMessage());
    }

    @Test
    void parse_allOptions_read() {
        assertEquals(new ComparisonOptions(1_000_000, List.of("fcr", "ingest"), 3),
                ComparisonOptions.parse(List.of("--rows", "1_000_000", "--workloads", "fcr,ingest", "--repeat", "3")));
    }

    @Test
    void line_formatsTheMediansAndTheRatio() {
        assertEquals("RESULT workload=fcr rows=1000 rapport_ms=10.0 duckdb_ms=40.0 ratio=0.25 ceiling_ms=1.5",
                new WorkloadResult("fcr", 1000, 10, 40, 1.5).line());
    }
}
