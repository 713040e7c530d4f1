package dev.rapport.spark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.rapport.core.Interaction;
import dev.rapport.core.RapportException;
import dev.rapport.data.ColumnMapping;
import dev.rapport.journey.DirectlyFollowsGraph;
import dev.rapport.journey.Grouping;
import dev.rapport.metrics.Breakdown;
import dev.rapport.metrics.CaseContacts;
import dev.rapport.metrics.CaseTimes;
import dev.rapport.metrics.CustomerCases;
import dev.rapport.metrics.Estimate;
import dev.rapport.metrics.Kpi;
import dev.rapport.metrics.Metric;
import dev.rapport.metrics.MetricRegistry;
import dev.rapport.metrics.Scorecard;
import dev.rapport.metrics.ScorecardResult;
import dev.rapport.metrics.ScorecardTally;
import dev.rapport.metrics.ScoringStrategies;
import dev.rapport.spark.internal.Discovery;
import dev.rapport.spark.internal.MetricSource;
import dev.rapport.spark.internal.RowMapper;
import dev.rapport.spark.internal.SqlFunctions;
import dev.rapport.spark.internal.StateBuffer;
import dev.rapport.spark.internal.StatesAggregator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;

/**
 * Rapport's metrics and scorecards over a Spark {@code Dataset<Row>}, with the answers of the single-machine library:
 * each partition folds its rows into the metrics' accumulator states, the states are merged (they travel between
 * executors in {@link dev.rapport.metrics.StateCodec} form), and the driver finishes them into the same
 * {@link ScorecardResult}, {@link Estimate} or state as {@code Scorecard.evaluate} over the same interactions.
 * <pre>{@code
 * Dataset<Row> rows = spark.read().parquet("s3://lake/contacts/");
 * ScorecardResult card = RapportSpark.canonical().scorecard(rows, scorecard, "channel").result();
 * }</pre>
 * Rows map to interactions by the canonical column names (case-insensitive) or through a {@link ColumnMapping}; a
 * row that does not map is counted in {@link RowCounts} with its reason, or, in {@link #strict()} mode, fails the job
 * with an {@link dev.rapport.core.UnreadableInputException} naming the row's values. Metrics are named by the
 * scorecard and resolved on every executor from a serializable {@link Metrics} factory (by default
 * {@link MetricRegistry#builtIn()}). This type is immutable and thread-safe.
 */
public final class RapportSpark {

    /** A serializable factory of the metric registry, resolved once per executor, e.g. {@code MyDesk::metrics}. */
    public interface Metrics extends Supplier<MetricRegistry>, java.io.Serializable {
    }

    private static final Metrics BUILT_IN = MetricRegistry::builtIn;

    private final ColumnMapping mapping;
    private final boolean strict;
    private final Metrics registry;
    private final String source;

    private RapportSpark(ColumnMapping mapping, boolean strict, Metrics registry, String source) {
        this.mapping = mapping;
        this.strict = strict;
        this.registry = registry;
        this.source = source;
    }

    /** Rows with the canonical column names, lenient, built-in metrics. */
    public static RapportSpark canonical() {
        return of(ColumnMapping.canonical());
    }

    /** Rows whose columns map onto the canonical ones through {@code mapping}, lenient, built-in metrics. */
    public static RapportSpark of(ColumnMapping mapping) {
        return new RapportSpark(checkNotNull(mapping, "mapping"), false, BUILT_IN, "dataset");
    }

    /** A copy that fails the job on the first row that does not map, naming its values. */
    public RapportSpark strict() {
        return new RapportSpark(mapping, true, registry, source);
    }

    /** A copy that resolves metric names in this registry (on the driver and every executor). */
    public RapportSpark withMetrics(Metrics metrics) {
        return new RapportSpark(mapping, strict, checkNotNull(metrics, "metrics"), source);
    }

    /** A copy that names the data {@code name} in messages (default {@code dataset}). */
    public RapportSpark named(String name) {
        return new RapportSpark(mapping, strict, registry, checkNotNull(name, "name"));
    }

    //-----------------------------------------------------------------------
    /**
     * The accumulator state of one metric over the rows: the state the single-machine library folds from the same
     * interactions, exactly.
     *
     * @param metric  a metric registered under its name, not null
     * @throws dev.rapport.core.UnknownNameException if no metric of that name is registered
     */
    @SuppressWarnings("unchecked") // checked: the registered metric makes states of this metric's class
    public <S> SparkResult<S> state(Dataset<Row> rows, Metric<Interaction, S, Estimate> metric) {
        checkNotNull(metric, "metric");
        Metric<Interaction, ?, Estimate> registered = registry.get().named(metric.name());
        checkArgument(registered.empty().getClass().equals(metric.empty().getClass()),
                "metric '%s' is registered with states of another type", metric.name());
        Grouped grouped = aggregate(rows, List.of(metric.name()), List.of());
        StateBuffer all = grouped.overall();
        return new SparkResult<>((S) all.states(grouped.metrics())[0], counts(all));
    }

    /**
     * The accumulator states of several metrics over the rows in one pass, in the order given, each exactly the state
     * the single-machine library folds from the same interactions.
     *
     * @param metrics  metrics registered under their names, not null
     */
    public SparkResult<List<Object>> states(Dataset<Row> rows, List<Metric<Interaction, ?, Estimate>> metrics) {
        List<String> names = checkNotNull(metrics, "metrics").stream().map(Metric::name).toList();
        Grouped grouped = aggregate(rows, names, List.of());
        StateBuffer all = grouped.overall();
        return new SparkResult<>(Arrays.asList(all.states(grouped.metrics())), counts(all));
    }

    /** The estimate of one metric over the rows, as {@link #state} finished by the metric. */
    public <S> SparkResult<Estimate> estimate(Dataset<Row> rows, Metric<Interaction, S, Estimate> metric) {
        SparkResult<S> state = state(rows, metric);
        return new SparkResult<>(metric.finish(state.result()), state.rows());
    }

    /**
     * The scorecard over the rows, overall, scored by the built-in strategies: the same result (and JSON, byte for
     * byte) as {@code scorecard.evaluate(interactions, metrics)}.
     */
    public SparkResult<ScorecardResult> scorecard(Dataset<Row> rows, Scorecard scorecard) {
        return scorecard(rows, scorecard, ScoringStrategies.builtIn(), new String[0]);
    }

    /**
     * The scorecard over the rows, overall and per group of the given columns (their values as written; several
     * columns give groups named {@code a / b}; null or blank is {@value Breakdown#NONE}), scored by the built-in
     * strategies. Over the canonical {@code touchpoint}, {@code segment} or {@code agent} column the groups are
     * those of the matching {@link Breakdown}.
     */
    public SparkResult<ScorecardResult> scorecard(Dataset<Row> rows, Scorecard scorecard, String... groupBy) {
        return scorecard(rows, scorecard, ScoringStrategies.builtIn(), groupBy);
    }

    /** As {@link #scorecard(Dataset, Scorecard, String...)}, scored by the scorecard's strategy in {@code strategies}. */
    public SparkResult<ScorecardResult> scorecard(Dataset<Row> rows, Scorecard scorecard,
            ScoringStrategies strategies, String... groupBy) {
        checkNotNull(strategies, "strategies");
        SparkResult<ScorecardTally> tally = tally(rows, scorecard, groupBy);
        return new SparkResult<>(tally.result().result(strategies), tally.rows());
    }

    /**
     * The scorecard's tally over the rows (overall, and per group of the columns), to merge with other periods'
     * or shards' tallies or to compare with a baseline.
     */
    public SparkResult<ScorecardTally> tally(Dataset<Row> rows, Scorecard scorecard, String... groupBy) {
        checkNotNull(scorecard, "scorecard");
        List<String> columns = List.of(checkNotNull(groupBy, "groupBy"));
        List<String> names = scorecard.kpis().stream().map(Kpi::metric).toList();
        Grouped grouped = aggregate(rows, names, columns);
        StateBuffer all = grouped.overall();
        Map<String, List<Object>> groups = new TreeMap<>();
        if (!columns.isEmpty()) {
            grouped.byGroup.forEach((group, buffer) -> {
                if (buffer.rows > buffer.rejected) { // a group of rejected rows only has no interactions
                    groups.put(group, Arrays.asList(buffer.states(grouped.metrics())));
                }
            });
        }
        ScorecardTally tally = ScorecardTally.ofStates(scorecard, registry.get(), Arrays.asList(all.states(grouped.metrics())),
                columns.isEmpty() ? Optional.empty() : Optional.of(String.join(" / ", columns)), groups);
        return new SparkResult<>(tally, counts(all));
    }

    /**
     * A Spark aggregate of the accumulator states of these metrics over rows of this schema, for use in your own
     * plans: {@code rows.groupBy(...).agg(functions.udaf(agg, Encoders.row(rows.schema())).apply(allColumns))}; its
     * output is the buffer's bytes, read back with {@link #decode}.
     */
    public Aggregator<Row, ?, byte[]> aggregator(org.apache.spark.sql.types.StructType schema, List<String> metrics) {
        return new StatesAggregator(new MetricSource(registry, metrics), mapper(schema), strict, source);
    }

    /**
     * The directly-follows graph of the journeys in the rows, one per case or per customer: the same graph as
     * {@code DirectlyFollowsGraph.of(JourneyLog.of(interactions, grouping))}, with times tied within a journey kept
     * in the dataset's row order as read (Spark's {@code monotonically_increasing_id} before any shuffle). The rows
     * of a journey meet in one partition (a shuffle of four small fields per row); the driver receives one count
     * per distinct path and per distinct pair and gap in milliseconds, and holds each pair's gaps once while
     * taking its percentiles.
     * <pre>{@code
     * DirectlyFollowsGraph dfg = RapportSpark.canonical().directlyFollows(rows, Grouping.BY_CASE).result();
     * }</pre>
     */
    public SparkResult<DirectlyFollowsGraph> directlyFollows(Dataset<Row> rows, Grouping grouping) {
        checkNotNull(rows, "rows");
        checkNotNull(grouping, "grouping");
        Discovery.Found found;
        try {
            found = Discovery.directlyFollows(rows, mapper(rows.schema()), grouping, strict, source);
        } catch (Exception e) { // Spark throws its checked SparkException undeclared
            throw unwrap(e);
        }
        return new SparkResult<>(found.graph(), counts(found.rows()));
    }

    /**
     * Registers the built-in metrics as Spark SQL aggregate functions, each returning a struct
     * {@code (value, lower, upper, sample_size, method, confidence, standard_error, rejected)} with the numbers of
     * the library's {@link Estimate}; the names are {@code rapport_} and the metric's name in snake case:
     * <pre>{@code
     * RapportSpark.registerFunctions(spark);
     * spark.sql("SELECT channel, rapport_nps(nps) AS nps FROM interactions GROUP BY channel");   // nps.value, ...
     * }</pre>
     * The argument is read as the CSV readers read the cell (null or blank is unknown, left out); a cell that does
     * not read (e.g. {@code eleven} as an NPS answer) is counted in {@code rejected}. The case-based metrics take
     * the columns they read: {@code rapport_fcr(case_id, timestamp, outcome)} and
     * {@code rapport_repeat_contact_rate(...)} the same three, the resolution and first-response times and
     * {@code rapport_unresolved_case_rate} also {@code wait_seconds, handle_seconds}; their per-case states merge
     * exactly in any partitioning, and {@code DISTRIBUTE BY case_id} first makes each case's entry appear in one
     * partial aggregate instead of one per partition. Repeat business (per customer) is not a SQL function: use
     * {@link #states} or {@link #scorecard}.
     *
     * @return the names of the functions registered
     */
    public static List<String> registerFunctions(org.apache.spark.sql.SparkSession spark) {
        return SqlFunctions.register(checkNotNull(spark, "spark"), BUILT_IN);
    }

    //-----------------------------------------------------------------------
    /** The buffers per group, and their merge. */
    private record Grouped(List<Metric<Interaction, ?, Estimate>> metrics, Map<String, StateBuffer> byGroup,
            StateBuffer empty) {
        StateBuffer overall() {
            StateBuffer all = empty;
            for (StateBuffer buffer : byGroup.values()) {
                all.merge(metrics, buffer);
            }
            return all;
        }
    }

    private Grouped aggregate(Dataset<Row> rows, List<String> metricNames, List<String> groupBy) {
        checkNotNull(rows, "rows");
        MetricSource metrics = new MetricSource(registry, metricNames);
        List<Metric<Interaction, ?, Estimate>> resolved = metrics.resolve();
        for (String column : groupBy) {
            checkArgument(Arrays.asList(rows.columns()).contains(column), "cannot group by '%s': the dataset has"
                    + " no such column; its columns are %s", column, String.join(", ", rows.columns()));
        }
        Dataset<Row> input = caseFirst(rows, resolved);
        StatesAggregator aggregator = new StatesAggregator(metrics, mapper(rows.schema()), strict, source);
        UserDefinedFunction udaf = functions.udaf(aggregator, Encoders.row(rows.schema()));
        Column[] all = Arrays.stream(rows.columns()).map(rows::col).toArray(Column[]::new);
        Column state = udaf.apply(all).as("rapport_states");
        List<Row> collected;
        try {
            collected = groupBy.isEmpty() ? input.agg(state).collectAsList()
                    : input.groupBy(groupBy.stream().map(input::col).toArray(Column[]::new)).agg(state)
                            .collectAsList();
        } catch (Exception e) { // Spark throws its checked SparkException undeclared
            throw unwrap(e);
        }
        Map<String, StateBuffer> byGroup = new TreeMap<>();
        for (Row row : collected) {
            StateBuffer buffer = StateBuffer.fromBytes(resolved, (byte[]) row.get(groupBy.size()));
            if (groupBy.isEmpty()) {
                byGroup.put("", buffer);
            } else {
                byGroup.merge(groupOf(row, groupBy.size()), buffer, (a, b) -> {
                    a.merge(resolved, b);
                    return a;
                });
            }
        }
        return new Grouped(resolved, byGroup, StateBuffer.empty(resolved));
    }

    /**
     * Case-based metrics need every contact of a case, so the rows are first repartitioned by case id (by customer id
     * without a case column): one shuffle of the rows, after which each case's contacts meet in one partition and
     * the per-partition states hold disjoint cases. The states, and so the answers, are the same either way.
     */
    private Dataset<Row> caseFirst(Dataset<Row> rows, List<Metric<Interaction, ?, Estimate>> metrics) {
        boolean byCase = metrics.stream().map(Metric::empty).anyMatch(
                s -> s instanceof CaseContacts || s instanceof CaseTimes || s instanceof CustomerCases);
        if (!byCase) {
            return rows;
        }
        for (String canonical : List.of("case_id", "customer_id")) {
            String name = mapping.sourceName(canonical);
            for (String column : rows.columns()) {
                if (column.trim().equalsIgnoreCase(name)) {
                    return rows.repartition(rows.col(column));
                }
            }
        }
        return rows;
    }

    private static String groupOf(Row row, int n) {
        List<String> parts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Object value = row.get(i);
            String text = value == null ? "" : value.toString().trim();
            parts.add(text.isEmpty() ? Breakdown.NONE : text);
        }
        return String.join(" / ", parts);
    }

    private RowMapper mapper(org.apache.spark.sql.types.StructType schema) {
        return RowMapper.of(schema, mapping, RowMapper.INTERACTION);
    }

    private static RowCounts counts(StateBuffer all) {
        return new RowCounts(all.rows, all.rows - all.rejected, all.rejected, all.reasons,
                ImmutableList.copyOf(all.examples));
    }

    /** The library's own exception behind a failed Spark job (a strict job's rejected row), else the job's. */
    static RuntimeException unwrap(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RapportException r) {
                return r;
            }
        }
        return RapportSpark.<RuntimeException>sneaky(e);
    }

    /** Rethrows Spark's own exception as it is, checked or not. */
    @SuppressWarnings("unchecked")
    private static <E extends Exception> E sneaky(Exception e) throws E {
        throw (E) e;
    }

    @Override
    public String toString() {
        return "RapportSpark[" + source + (strict ? ", strict" : ", lenient") + ", " + mapping + "]";
    }
}
