// Write the HTML report: scorecard by quarter with significance, journey map with scores, importance and
// performance, customers at risk, funnel and the directly-follows graph, in one self-contained file.
// Run: jshell --class-path "$(cat examples/target/classpath.txt)" examples/jshell/startup.jsh examples/jshell/05-report.jsh

List<Interaction> interactions = SampleData.of(20_000).interactions().collect(Collectors.toList());
var report = Report.of(SampleData.journeyMap(), Report.serviceQuality(), interactions).withStage("support");
System.out.println(report.summary());

Path html = report.write(Files.createTempFile("rapport-report", ".html"));
System.out.println("report written: " + (Files.size(html) > 10_000));
/exit
