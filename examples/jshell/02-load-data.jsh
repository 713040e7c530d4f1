// Load interactions: write the sample retailer's log as canonical CSV, import it, and discover the journeys.
// Run: jshell --class-path "$(cat examples/target/classpath.txt)" examples/jshell/startup.jsh examples/jshell/02-load-data.jsh

Path csv = Files.createTempFile("interactions", ".csv");
SampleData.of(5_000).writeCsv(csv);

ImportResult imported = EventLogReader.strict().csv(csv);
System.out.println(imported.summary().rowsRead() + " rows read, " + imported.summary().accepted() + " accepted");

JourneyLog journeys = JourneyLog.of(imported, Grouping.BY_CUSTOMER);
System.out.println(journeys.size() + " customer journeys");

var discovered = DirectlyFollowsGraph.of(journeys);
discovered.topVariants(3).forEach(System.out::println);

var conformance = ConformanceReport.of(SampleData.journeyMap(), journeys);
System.out.printf("fitness against the designed journey: %.3f%n", conformance.fitness());
/exit
