package dev.rapport.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** A JSON round trip is exact for every core type. */
class RapportJsonProperties {

    private static <T> void roundTrips(Gen<T> values, Class<T> type) {
        qt().withExamples(300).forAll(values).checkAssert(value -> {
            String json = RapportJson.write(value);
            assertEquals(value, RapportJson.read(json, type), json);
        });
    }

    @Test
    void channel_roundTrips() {
        roundTrips(RapportGens.channels(), Channel.class);
    }

    @Test
    void stage_roundTrips() {
        roundTrips(RapportGens.stages(), Stage.class);
    }

    @Test
    void touchpoint_roundTrips() {
        roundTrips(RapportGens.touchpoints(), Touchpoint.class);
    }

    @Test
    void persona_roundTrips() {
        roundTrips(RapportGens.personas(), Persona.class);
    }

    @Test
    void serviceDimension_roundTrips() {
        roundTrips(RapportGens.dimensions(), ServiceDimension.class);
    }

    @Test
    void scale_roundTrips() {
        roundTrips(RapportGens.scales(), Scale.class);
    }

    @Test
    void expectation_roundTrips() {
        roundTrips(RapportGens.expectations(), Expectation.class);
    }

    @Test
    void delivery_roundTrips() {
        roundTrips(RapportGens.gaps().map((ExpectationGap g) -> g.delivery()), Delivery.class);
    }

    @Test
    void expectationGap_roundTrips() {
        roundTrips(RapportGens.gaps(), ExpectationGap.class);
    }

    @Test
    void servicePromise_roundTrips() {
        roundTrips(RapportGens.promises(), ServicePromise.class);
    }

    @Test
    void fulfilment_roundTrips() {
        roundTrips(RapportGens.fulfilments(), Fulfilment.class);
    }

    @Test
    void promiseOutcome_roundTrips() {
        roundTrips(RapportGens.promiseOutcomes(), PromiseOutcome.class);
    }

    @Test
    void surveyScores_roundTrips() {
        roundTrips(RapportGens.surveys(), SurveyScores.class);
    }

    @Test
    void interaction_roundTrips() {
        roundTrips(RapportGens.interactions(), Interaction.class);
    }

    @Test
    void subject_roundTrips() {
        roundTrips(RapportGens.subjects(), Subject.class);
    }

    @Test
    void surveyResponse_roundTrips() {
        roundTrips(RapportGens.surveyResponses(), SurveyResponse.class);
    }
}
