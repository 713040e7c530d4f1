// Millions of rows: read a CSV log straight into columns, score it in one pass, discover the journeys,
// and check that the columns give what the per-object path gives.
// Run: jshell --class-path "$(cat examples/target/classpath.txt)" examples/jshell/startup.jsh examples/jshell/06-bulk-columns.jsh

Path csv = Files.createTempFile("interactions", ".csv");
SampleData.of(200_000).writeCsv(csv);

ColumnsImport imported = ColumnsReader.strict().csv(csv);
System.out.println(imported.summary());
InteractionColumns columns = imported.columns();

var card = Scorecard.builder("Contact centre").
        kpi("nps", Direction.HIGHER_IS_BETTER, 30, 10, 0).
        kpi("csat", Direction.HIGHER_IS_BETTER, 0.70, 0.60, 0.45).
        kpi("wait-p90", Direction.LOWER_IS_BETTER, 300, 600, 1200).
        kpi(Kpi.of("abandonment-rate", Direction.LOWER_IS_BETTER, 0.02, 0.03, 0.05).withWeight(2)).
        build();
var metrics = MetricRegistry.builtIn();
System.out.println(card.evaluate(columns, metrics, Breakdown.channel()));

var fused = ColumnMetrics.accumulateAll(columns, List.of(Metrics.nps(), Metrics.transferRate()), InteractionColumns.Dimension.CHANNEL);
System.out.println(fused);

var dfg = DirectlyFollowsGraph.of(columns, Grouping.BY_CASE);
System.out.println(dfg.journeys() + " journeys, " + dfg.pairs() + " directly-follows pairs");
dfg.topVariants(3).forEach(System.out::println);

// the same numbers through the per-object path
List<Interaction> interactions = EventLogReader.strict().csv(csv).interactions();
System.out.println("scorecard same as per object: "
        + card.evaluate(columns, metrics, Breakdown.channel()).equals(card.evaluate(interactions, metrics, Breakdown.channel())));
System.out.println("graph same as per object: " + dfg.equals(DirectlyFollowsGraph.of(JourneyLog.of(interactions, Grouping.BY_CASE))));
/exit
