// Compute a scorecard over interactions: KPIs with targets and thresholds, overall and by channel,
// and this quarter against the last one.
// Run: jshell --class-path "$(cat examples/target/classpath.txt)" examples/jshell/startup.jsh examples/jshell/03-scorecard.jsh

List<Interaction> interactions = SampleData.of(20_000).interactions().collect(Collectors.toList());
List<Interaction> support = interactions.stream().filter(i -> i.stage().equals(Optional.of("support"))).
        
        collect(Collectors.toList());

var card = Scorecard.builder("Contact centre").
        kpi("csat", Direction.HIGHER_IS_BETTER, 0.70, 0.60, 0.45).
        kpi("resolution-rate", Direction.HIGHER_IS_BETTER, 0.65, 0.50, 0.40).
        kpi(Kpi.of("abandonment-rate", Direction.LOWER_IS_BETTER, 0.02, 0.03, 0.05).withWeight(2)).
        build();
var metrics = MetricRegistry.builtIn();

System.out.println(card.evaluate(support, metrics, Breakdown.channel()));

Instant q3 = Instant.parse("2026-07-01T00:00:00Z");
var before = support.stream().filter(i -> i.timestamp().isBefore(q3)).collect(Collectors.toList());
var after = support.stream().filter(i -> !i.timestamp().isBefore(q3)).collect(Collectors.toList());
System.out.println(card.compare(before, after, metrics));
/exit
