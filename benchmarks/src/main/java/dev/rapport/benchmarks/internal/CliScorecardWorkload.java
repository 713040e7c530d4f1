package dev.rapport.benchmarks.internal;

import dev.rapport.benchmarks.AnswersDifferException;
import dev.rapport.examples.internal.ScorecardCommand;
import dev.rapport.examples.internal.Terminal;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command line's scorecard, the whole job: from the CSV file on disk to the printed text of
 * {@code rapport scorecard FILE --metrics nps,csat,wait-p90,transfer-rate,abandonment-rate --by touchpoint,channel}
 * (the overall row, a table by touchpoint and a table by channel). Rapport: the CLI's own
 * {@link ScorecardCommand#run}, in this JVM, with its standard output captured, then the printed cells read back.
 * DuckDB: {@code read_csv(FILE)} and one {@code GROUP BY GROUPING SETS ((), (touchpoint), (channel))} with the
 * same five figures, fetched.
 * <p>
 * Agreement, on what the command printed: the same groups in every table; every sample size ({@code n=}) exactly
 * (NPS and CSAT answers, known waits, contacts); every point value within half a unit of its last printed digit
 * of DuckDB's value; the p90 wait (nearest rank, DuckDB's {@code quantile_disc} over the known waits: an empty
 * cell is NULL) within that plus 0.1% relative, the resolution of the histogram form, as the scorecard workload
 * checks it.
 */
final class CliScorecardWorkload extends Workload<Map<String, CliScorecardWorkload.Cell>> {

    /** The metrics, in the command's order. */
    static final List<String> METRICS = List.of("nps", "csat", "wait-p90", "transfer-rate", "abandonment-rate");
    private static final String NONE = "(none)";
    private static final double P90_TOLERANCE = 1e-3;
    /** One printed cell: {@code 12.3 (10.1 to 14.4) n=123}, or {@code -} when nothing was measured. */
    private static final Pattern CELL = Pattern.compile("(\\S+) \\(\\S+ to \\S+\\) n=([\\d,]+)|(?<!\\S)-(?!\\S)");

    /**
     * One figure of one group: the point value ({@code NaN} if none), half a unit of its last printed digit (0 for
     * DuckDB's exact value) and the sample size.
     */
    record Cell(double value, double rounding, long n) {
    }

    CliScorecardWorkload(Dataset data) {
        super(data);
    }

    @Override
    public String name() {
        return "cli-scorecard";
    }

    /** The arguments of the command, after {@code scorecard}. */
    List<String> arguments() {
        return List.of(data.csv.toString(), "--metrics", String.join(",", METRICS), "--by", "touchpoint,channel");
    }

    /** What the command prints on standard output. */
    String printed() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // Locale.ROOT: the table's numbers without grouping, whatever the machine's language, so they parse back
        int status = new ScorecardCommand().run(arguments(), new Terminal(new PrintStream(out, true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false, Locale.ROOT));
        if (status != 0) {
            throw new IllegalStateException(name() + ": the command exited with " + status + ": "
                    + err.toString(StandardCharsets.UTF_8));
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Override
    public Map<String, Cell> rapport() {
        return cells(printed());
    }

    /**
     * The cells of the printed tables by {@code group/metric}, the group {@code all}, {@code touchpoint=KEY} or
     * {@code channel=KEY}.
     */
    static Map<String, Cell> cells(String printed) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        String by = null;
        int width = -1;
        for (String line : printed.split("\\R")) {
            if (line.isBlank()) {
                by = null;
                continue;
            }
            int header = line.indexOf("  " + METRICS.get(0) + " ");
            if (by == null && header >= 0) {
                by = line.substring(0, header).trim();
                width = header;
                continue;
            }
            if (by == null) {
                continue;   // the import summary
            }
            String key = line.substring(0, width).trim();
            String group = by.isEmpty() ? key : by + "=" + key;
            Matcher cell = CELL.matcher(line.substring(width));
            List<Cell> row = new ArrayList<>();
            while (cell.find()) {
                row.add(cell.group(1) == null ? new Cell(Double.NaN, 0, 0)
                        // the English table groups thousands with commas (34,047.0, n=12,345) since the i18n merge
                        : new Cell(Double.parseDouble(cell.group(1).replace(",", "")),
                                rounding(cell.group(1).replace(",", "")),
                                Long.parseLong(cell.group(2).replace(",", ""))));
            }
            if (row.size() != METRICS.size()) {
                throw new IllegalStateException("cli-scorecard: cannot read the line '" + line + "'");
            }
            for (int m = 0; m < METRICS.size(); m++) {
                cells.put(group + "/" + METRICS.get(m), row.get(m));
            }
        }
        return cells;
    }

    /** Half a unit of the last digit of a printed number. */
    private static double rounding(String number) {
        int point = number.indexOf('.');
        return point < 0 ? 0.5 : 0.5 * Math.pow(10, -(number.length() - point - 1));
    }

    private String sql() {
        return """
                SELECT grouping(touchpoint) AS all_touchpoints, grouping(channel) AS all_channels,
                       touchpoint, channel,
                       count(nps) AS nps_answers,
                       100.0 * (count(*) FILTER (WHERE nps >= 9) - count(*) FILTER (WHERE nps <= 6))
                           / count(nps) AS nps,
                       count(csat) AS csat_answers,
                       count(*) FILTER (WHERE csat >= 4) / count(csat) AS csat,
                       count(wait_seconds) AS known_waits,
                       quantile_disc(wait_seconds, 0.9) AS wait_p90,
                       count(*) AS contacts,
                       count(*) FILTER (WHERE outcome = 'transferred') / count(*) AS transfer_rate,
                       count(*) FILTER (WHERE outcome = 'abandoned') / count(*) AS abandonment_rate
                FROM read_csv('%s', header = true)
                GROUP BY GROUPING SETS ((), (touchpoint), (channel))""".formatted(
                data.csv.toString().replace("'", "''"));
    }

    @Override
    public Map<String, Cell> duckdb() {
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (Object[] r : query(sql(), Workload::values)) {
            boolean allTouchpoints = ScorecardWorkload.l(r[0]) == 1;
            boolean allChannels = ScorecardWorkload.l(r[1]) == 1;
            String group = allTouchpoints && allChannels ? "all"
                    : allChannels ? "touchpoint=" + key(r[2]) : "channel=" + key(r[3]);
            long contacts = ScorecardWorkload.l(r[10]);
            put(cells, group, "nps", r[5], r[4]);
            put(cells, group, "csat", r[7], r[6]);
            put(cells, group, "wait-p90", r[9], r[8]);
            put(cells, group, "transfer-rate", r[11], contacts);
            put(cells, group, "abandonment-rate", r[12], contacts);
        }
        return cells;
    }

    private static String key(Object value) {
        return value == null || value.toString().isEmpty() ? NONE : value.toString();
    }

    private static void put(Map<String, Cell> cells, String group, String metric, Object value, Object n) {
        long count = ScorecardWorkload.l(n);
        cells.put(group + "/" + metric, new Cell(count == 0 ? Double.NaN : ScorecardWorkload.d(value), 0, count));
    }

    @Override
    public long ceiling() {
        return Ceiling.file(data.csv);
    }

    @Override
    public void verify(Map<String, Cell> rapport, Map<String, Cell> duckdb) {
        sameGroups(rapport, duckdb, k -> k, (cell, r, d) -> {
            int slash = cell.lastIndexOf('/');
            String group = cell.substring(0, slash);
            String metric = cell.substring(slash + 1);
            exact(group, metric + " sample size", r.n, d.n);
            if (Double.isNaN(r.value) != Double.isNaN(d.value)) {
                throw new AnswersDifferException(String.format(Locale.ROOT, "%s: %s of %s: Rapport %s, DuckDB %s",
                        name(), metric, group, r.value, d.value));
            }
            double allowed = r.rounding + (metric.equals("wait-p90") ? P90_TOLERANCE * Math.abs(d.value) : 0)
                    + 1e-9 * Math.abs(d.value);
            if (!Double.isNaN(r.value) && !(Math.abs(r.value - d.value) <= allowed)) {
                throw new AnswersDifferException(String.format(Locale.ROOT,
                        "%s: %s of %s: Rapport printed %s, DuckDB %s (allowed difference %s)", name(), metric, group,
                        r.value, d.value, allowed));
            }
        });
    }

    @Override
    public String describe(Map<String, Cell> answer) {
        long groups = answer.keySet().stream().filter(k -> k.endsWith("/nps")).count();
        return String.format(Locale.ROOT, "%d printed rows (all, by touchpoint, by channel), %d contacts",
                groups, answer.get("all/transfer-rate").n());
    }
}
