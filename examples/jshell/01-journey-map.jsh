// Build a journey map in a few lines, check what a consultant asks of it, and save it as JSON.
// Run: jshell --class-path "$(cat examples/target/classpath.txt)" examples/jshell/startup.jsh examples/jshell/01-journey-map.jsh

var map = JourneyMap.builder("returns", Persona.of("online-shopper").withName("Online shopper")).
        name("Returning an online order").
        stages(Stage.PURCHASE, Stage.SUPPORT, Stage.LOYALTY).
        touchpoint("order-page", Channel.WEB, Stage.PURCHASE, t -> t.automated().entry().emotion(1)).
        touchpoint("returns-form", Channel.WEB, Stage.SUPPORT, t -> t.automated().emotion(-1).
                painPoint("asks for the order number twice")).
        touchpoint("returns-desk", Channel.IN_PERSON, Stage.SUPPORT, t -> t.emotion(0)).
        touchpoint("refund-email", Channel.EMAIL, Stage.LOYALTY, t -> t.automated().exit().emotion(2).momentOfTruth()).
        path("order-page", "returns-form", "refund-email").
        path("order-page", "returns-desk", "refund-email").
        build();

System.out.println("entry points: " + map.entryPoints().stream().map(MapTouchpoint::id).collect(Collectors.toList()));
System.out.println("paths: " + map.allPaths());
System.out.println("automated: " + map.touchpointsServed(Mode.AUTOMATED).size() + " of " + map.touchpoints().size());

Path file = Files.createTempFile("returns-map", ".json");
Files.writeString(file, map.toJson());
System.out.println("read back equal: " + JourneyMap.read(file).equals(map));
System.out.println(map.toMermaidJourney());
/exit
