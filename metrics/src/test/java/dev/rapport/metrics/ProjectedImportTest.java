package dev.rapport.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.rapport.core.Interaction;
import dev.rapport.data.ColumnsImport;
import dev.rapport.data.ColumnsReader;
import dev.rapport.data.InteractionColumns;
import dev.rapport.data.InteractionColumns.Column;
import dev.rapport.data.InteractionColumns.Dimension;
import dev.rapport.data.InteractionFilter;
import dev.rapport.journey.DirectlyFollowsGraph;
import dev.rapport.journey.Grouping;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A projected import ({@link ColumnsReader#withColumns}) against the full one, on a hand-written week of a contact
 * centre's export (empty waits for abandoned calls, quoted agent names, a company-started renewal call, four bad
 * rows): the same summary, the same states of every metric given the columns it says it reads, and a clear failure
 * for anything that reads a column left out.
 */
class ProjectedImportTest {

    private static final Path WEEK = resource("/logs/contact-centre-week.csv");
    private static final ColumnsImport FULL = ColumnsReader.lenient().csv(WEEK);

    private static Path resource(String name) {
        try {
            return Path.of(ProjectedImportTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ColumnsImport projected(Set<Column> columns) {
        return ColumnsReader.lenient().withColumns(columns).csv(WEEK);
    }

    static Stream<Metric<Interaction, ?, Estimate>> builtIn() {
        return Metrics.builtIn().stream();
    }

    //-----------------------------------------------------------------------
    // the same result
    //-----------------------------------------------------------------------
    @ParameterizedTest
    @MethodSource("builtIn")
    void withColumns_whatTheMetricReadsAndItsGrouping_sameSummaryAndStatesAsTheFullImport(
            Metric<Interaction, ?, Estimate> metric) {
        Set<Column> columns = EnumSet.copyOf(ColumnMetrics.columns(metric));
        columns.add(Column.AGENT);
        ColumnsImport projected = projected(columns);

        assertEquals(FULL.summary(), projected.summary());
        assertEquals(columns, projected.columns().heldColumns());
        assertEquals(ColumnMetrics.accumulate(FULL.columns(), metric),
                ColumnMetrics.accumulate(projected.columns(), metric), metric.name());
        assertEquals(ColumnMetrics.accumulate(FULL.columns(), metric, Dimension.AGENT),
                ColumnMetrics.accumulate(projected.columns(), metric, Dimension.AGENT), metric.name() + " by agent");
    }

    @Test
    void withColumns_anySetOfMetrics_sameStatesOfEachAsTheFullImport() {
        List<Metric<Interaction, ?, Estimate>> all = Metrics.builtIn();
        qt().withExamples(20).forAll(lists().of(integers().between(0, all.size() - 1)).ofSizeBetween(1, 4))
                .checkAssert(picks -> {
                    List<Metric<Interaction, ?, Estimate>> metrics = picks.stream().distinct().map(all::get).toList();
                    Set<Column> columns = EnumSet.of(Column.TOUCHPOINT);
                    metrics.forEach(m -> columns.addAll(ColumnMetrics.columns(m)));
                    InteractionColumns projected = projected(columns).columns();
                    GroupedStates expected = ColumnMetrics.accumulateAll(FULL.columns(), metrics, Dimension.TOUCHPOINT);
                    GroupedStates actual = ColumnMetrics.accumulateAll(projected, metrics, Dimension.TOUCHPOINT);
                    metrics.forEach(m -> assertEquals(expected.states(m), actual.states(m), m.name()));
                });
    }

    @Test
    void filter_onAColumnKept_sameRowsAsOnTheFullImport() {
        InteractionFilter answered = InteractionFilter.all().whereNot(InteractionFilter.Field.OUTCOME, "abandoned")
                .until(java.time.LocalDate.of(2026, 6, 4));
        Set<Column> columns = EnumSet.of(Column.WAIT);
        columns.addAll(answered.columns());
        InteractionColumns projected = answered.apply(projected(columns).columns());

        assertEquals(EnumSet.of(Column.OUTCOME, Column.TIMESTAMP), answered.columns());
        assertEquals(ColumnMetrics.accumulate(answered.apply(FULL.columns()), Metrics.waitMean()),
                ColumnMetrics.accumulate(projected, Metrics.waitMean()));
    }

    @Test
    void columns_ofIssueAndCaseTimeMetrics_theIssueColumns() {
        assertEquals(EnumSet.of(Column.CASE, Column.TIMESTAMP, Column.CHANNEL, Column.OUTCOME),
                ColumnMetrics.columns(Metrics.fcr()));
        assertEquals(EnumSet.of(Column.CUSTOMER, Column.REASON, Column.TIMESTAMP, Column.CHANNEL, Column.OUTCOME),
                ColumnMetrics.columns(Metrics.repeatContactRate(FcrPolicy.DEFAULT.withSameIssue(
                        FcrPolicy.SameIssue.CUSTOMER_AND_REASON))));
        assertEquals(EnumSet.of(Column.CASE, Column.TIMESTAMP, Column.CHANNEL, Column.OUTCOME, Column.WAIT,
                Column.HANDLE), ColumnMetrics.columns(Metrics.resolutionTime(90)));
        assertEquals(EnumSet.of(Column.SURVEY), ColumnMetrics.columns(Metrics.nps()));
        assertEquals(EnumSet.of(Column.WAIT), ColumnMetrics.columns(Metrics.waitPercentile(90)));
    }

    //-----------------------------------------------------------------------
    // a column left out
    //-----------------------------------------------------------------------
    @Test
    void evaluate_metricReadingAColumnLeftOut_throwsNamingMetricAndColumns() {
        InteractionColumns surveyOnly = projected(EnumSet.of(Column.SURVEY, Column.OUTCOME)).columns();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ColumnMetrics.evaluate(surveyOnly, Metrics.fcr()));
        assertEquals("metric 'fcr' reads columns that these columns were imported without: timestamp, channel, case"
                + " (import them with ColumnsReader.withColumns)", e.getMessage());
        IllegalArgumentException wait = assertThrows(IllegalArgumentException.class,
                () -> ColumnMetrics.accumulateAll(surveyOnly, List.of(Metrics.nps(), Metrics.waitMean())));
        assertEquals("metric 'wait-mean' reads columns that these columns were imported without: wait"
                + " (import them with ColumnsReader.withColumns)", wait.getMessage());
    }

    @Test
    void evaluate_groupedByAColumnLeftOut_throwsNamingTheGrouping() {
        InteractionColumns surveyOnly = projected(EnumSet.of(Column.SURVEY)).columns();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ColumnMetrics.evaluate(surveyOnly, Metrics.nps(), Dimension.TOUCHPOINT));
        assertEquals("grouping by [TOUCHPOINT] reads columns that these columns were imported without: touchpoint"
                + " (import them with ColumnsReader.withColumns)", e.getMessage());
    }

    @Test
    void apply_filterOnAColumnLeftOut_throwsNamingTheFilter() {
        InteractionColumns surveyOnly = projected(EnumSet.of(Column.SURVEY)).columns();
        InteractionFilter phone = InteractionFilter.all().where("channel=phone");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> phone.apply(surveyOnly));
        assertEquals("filter channel=phone reads columns that these columns were imported without: channel"
                + " (import them with ColumnsReader.withColumns)", e.getMessage());
    }

    @Test
    void directlyFollows_withoutIdsAndTimes_throwsRatherThanFindingNoJourney() {
        InteractionColumns surveyOnly = projected(EnumSet.of(Column.SURVEY, Column.TOUCHPOINT)).columns();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DirectlyFollowsGraph.of(surveyOnly, Grouping.BY_CASE));
        assertEquals("journey discovery reads columns that these columns were imported without: customer"
                + " (import them with ColumnsReader.withColumns)", e.getMessage());
    }

    @Test
    void toString_namesTheColumnsKept() {
        assertEquals("lenient columns reader of touchpoint, survey",
                ColumnsReader.lenient().withColumns(EnumSet.of(Column.SURVEY, Column.TOUCHPOINT)).toString());
    }
}
