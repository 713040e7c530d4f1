// Plug in your own scoring strategy: a lambda, registered under a name that scorecard JSON can use.
// Run: jshell --class-path "$(cat examples/target/classpath.txt)" examples/jshell/startup.jsh examples/jshell/04-custom-scoring.jsh

ScoringStrategy allOrNothing = results -> Scores.eachKpi(results, r -> r.targetMet() ? 100 : 0);
var strategies = ScoringStrategies.builtIn().with("all-or-nothing", allOrNothing);

var card = Scorecard.builder("Phone line").
        kpi("csat", Direction.HIGHER_IS_BETTER, 0.45, 0.42, 0.35).
        kpi("abandonment-rate", Direction.LOWER_IS_BETTER, 0.10, 0.12, 0.15).
        scoring("all-or-nothing").
        build();

List<Interaction> phone = SampleData.of(20_000).interactions().
        filter(i -> i.touchpoint().equals("phone-support")).collect(Collectors.toList());
var tally = card.tally(phone, MetricRegistry.builtIn());
System.out.println(tally.result(strategies));
System.out.println("weakest link instead: " + tally.result(ScoringStrategy.weakestLink()).overall());
/exit
