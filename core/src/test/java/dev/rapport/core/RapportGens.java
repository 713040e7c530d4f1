package dev.rapport.core;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of realistic core values, shared by every property in this module's tests. */
final class RapportGens {

    private static final List<String> WORDS = List.of("faq", "checkout", "phone", "support", "store", "chat", "app",
            "refund", "delivery", "follow", "up", "vip", "care", "a1", "x");

    private RapportGens() {
    }

    /** A kebab-case id of one to three words. */
    static Gen<String> ids() {
        return lists().of(Generate.pick(WORDS)).ofSizeBetween(1, 3).map(words -> String.join("-", words));
    }

    /** Free text, including spaces, accents and punctuation. */
    static Gen<String> texts() {
        return Generate.pick(List.of("Frequently asked questions", "Caisse / checkout", "Délai de livraison",
                "\"quoted\" name", "line\nbreak", "a", "Tier-2 support {team}"));
    }

    static <T> Gen<Optional<T>> optionals(Gen<T> gen) {
        return booleans().all().zip(gen, (present, value) -> present ? Optional.of(value) : Optional.<T>empty());
    }

    static Gen<Channel> channels() {
        return Generate.oneOf(Generate.pick(Channel.standard()), ids().map((String id) -> Channel.of(id)));
    }

    static Gen<Stage> stages() {
        Gen<Stage> custom = ids().zip(texts(), integers().between(0, 100), Stage::of);
        return Generate.oneOf(Generate.pick(Stage.LIFECYCLE), Generate.pick(Stage.SERVICE_ENCOUNTER), custom);
    }

    static Gen<Touchpoint> touchpoints() {
        return rs -> new Touchpoint(ids().generate(rs), texts().generate(rs), channels().generate(rs),
                stages().generate(rs), Generate.enumValues(Mode.class).generate(rs),
                Generate.enumValues(Initiator.class).generate(rs), optionals(texts()).generate(rs),
                optionals(texts()).generate(rs));
    }

    static Gen<Persona> personas() {
        return ids().zip(texts(), texts(), lists().of(texts()).ofSizeBetween(0, 3), Persona::new);
    }

    static Gen<ServiceDimension> dimensions() {
        Gen<ServiceDimension> custom = ids().zip(texts(),
                lists().of(Generate.enumValues(Servqual.class)).ofSizeBetween(0, 3),
                (id, name, servqual) -> ServiceDimension.of(id, name, java.util.Set.copyOf(servqual)));
        return Generate.oneOf(Generate.pick(ServiceDimension.builtIn()), custom);
    }

    /** Standard and custom scales, bounded and unbounded, in both directions. */
    static Gen<Scale> scales() {
        Gen<Scale> custom = rs -> {
            double min = integers().between(-100, 100).generate(rs);
            double width = doubles().between(0.5, 1000).generate(rs);
            boolean unbounded = booleans().all().generate(rs);
            return Scale.of(ids().generate(rs), min, unbounded ? Double.POSITIVE_INFINITY : min + width,
                    Generate.enumValues(Direction.class).generate(rs), "units");
        };
        return Generate.oneOf(Generate.pick(Scale.standardScales()), custom);
    }

    /** A value on the scale (for unbounded scales, up to min + 10 000). */
    static Gen<Double> valuesOn(Scale scale) {
        double max = Double.isInfinite(scale.max()) ? scale.min() + 10_000 : scale.max();
        return doubles().between(scale.min(), max);
    }

    /** Valid expectations: both levels on the scale, adequate no better than desired. */
    static Gen<Expectation> expectations() {
        return scales().flatMap(scale -> valuesOn(scale).zip(valuesOn(scale), (a, b) -> {
            boolean aBetter = scale.direction().isBetter(a, b);
            return new Expectation(scale, aBetter ? b : a, aBetter ? a : b);
        }));
    }

    static Gen<ExpectationGap> gaps() {
        return expectations().flatMap(e -> valuesOn(e.scale()).map((Double v) -> e.evaluate(v)));
    }

    static Gen<Instant> instants() {
        return longs().between(1_600_000_000L, 1_900_000_000L).map((Long s) -> Instant.ofEpochSecond(s));
    }

    static Gen<BigDecimal> prices() {
        return integers().between(0, 100_000).map((Integer cents) -> BigDecimal.valueOf(cents, 2));
    }

    static Gen<ServicePromise> promises() {
        return texts().zip(optionals(instants()), optionals(texts()), optionals(prices()), ServicePromise::new);
    }

    static Gen<Fulfilment> fulfilments() {
        return optionals(texts()).zip(optionals(instants()), optionals(texts()), optionals(prices()),
                lists().of(texts()).ofSizeBetween(0, 2), Fulfilment::new);
    }

    static Gen<PromiseOutcome> promiseOutcomes() {
        return promises().zip(fulfilments(), PromiseOutcome::of);
    }

    static Gen<OptionalInt> answers(int min, int max) {
        return booleans().all().zip(integers().between(min, max),
                (present, value) -> present ? OptionalInt.of(value) : OptionalInt.empty());
    }

    static Gen<SurveyScores> surveys() {
        Gen<TreeMap<String, Integer>> ratings = lists().of(Generate.pick(ServiceDimension.builtIn()))
                .ofSizeBetween(0, 3).zip(integers().between(1, 5), (dims, rating) -> dims.stream()
                        .collect(Collectors.toMap(ServiceDimension::id, d -> rating, (a, b) -> a, TreeMap::new)));
        return answers(0, 10).zip(answers(1, 5), answers(1, 7), ratings, SurveyScores::new);
    }

    /** Seconds, unknown one time in four. */
    static Gen<OptionalDouble> seconds(Gen<Double> known) {
        return integers().between(0, 3).zip(known, (pick, value) -> pick == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(value));
    }

    static Gen<Interaction> interactions() {
        return rs -> new Interaction(ids().generate(rs), ids().generate(rs), optionals(ids()).generate(rs),
                instants().generate(rs), ids().generate(rs), optionals(ids()).generate(rs),
                channels().generate(rs), Generate.enumValues(Mode.class).generate(rs),
                Generate.enumValues(Initiator.class).generate(rs), seconds(doubles().between(0, 3600)).generate(rs),
                seconds(integers().between(0, 7200).map(Integer::doubleValue)).generate(rs), Generate.enumValues(Outcome.class).generate(rs),
                optionals(ids()).generate(rs), optionals(ids()).generate(rs), optionals(texts()).generate(rs),
                surveys().generate(rs));
    }

    static Gen<Subject> subjects() {
        return Generate.oneOf(Generate.constant(Subject.overall()), ids().map((String id) -> Subject.touchpoint(id)),
                dimensions().map((ServiceDimension d) -> Subject.dimension(d)));
    }

    static Gen<SurveyResponse> surveyResponses() {
        return rs -> {
            Scale scale = scales().generate(rs);
            return new SurveyResponse(ids().generate(rs), instants().generate(rs), subjects().generate(rs), scale,
                    valuesOn(scale).generate(rs), optionals(ids()).generate(rs));
        };
    }
}
