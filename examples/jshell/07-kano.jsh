// Kano: what delights. Read a survey tool's export of paired answers (one row per respondent and feature), classify
// each feature by the evaluation table, and draw the Kano chart of CS+ against |CS-|.
// Run: jshell --class-path "$(cat examples/target/classpath.txt)" examples/jshell/startup.jsh examples/jshell/07-kano.jsh

System.out.println("like / live-with: " + KanoCategory.of(KanoAnswer.LIKE, KanoAnswer.LIVE_WITH));
// The export: 6 features x 40 respondents of a helpdesk app (from the repository root, or from examples/ in the test)
Path export = Path.of("metrics/src/test/resources/kano/helpdesk-app-kano.csv");
if (!Files.exists(export)) export = Path.of("..").resolve(export);
var answers = KanoReader.strict().csv(export);
System.out.println(answers.summary());
var kano = KanoAnalysis.of(answers.responses());
System.out.print(kano);
var queue = kano.feature("Queue position in the app").orElseThrow();
System.out.println("CS+ " + queue.satisfaction() + ", CS- " + queue.dissatisfaction());

// Tallies merge exactly: one per survey wave, combined in any order.
var half = answers.responses().size() / 2;
var merged = KanoTally.of(answers.responses().subList(0, half)).merge(KanoTally.of(answers.responses().subList(half, answers.responses().size())));
System.out.println("merged tally same as one pass: " + merged.equals(KanoTally.of(answers.responses())));

Path svg = Files.writeString(Files.createTempFile("kano", ".svg"), kano.toSvg());
System.out.println("chart written: " + Files.readString(svg).contains("One-dimensional"));
System.out.print(kano.table(Locale.forLanguageTag("pt")).lines().limit(2).collect(Collectors.joining("\n", "", "\n")));
/exit
