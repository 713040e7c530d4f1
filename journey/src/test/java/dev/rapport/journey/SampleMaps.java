package dev.rapport.journey;

import dev.rapport.core.Channel;
import dev.rapport.core.Expectation;
import dev.rapport.core.Persona;
import dev.rapport.core.Scale;
import dev.rapport.core.Stage;

/** The maps the tests share. */
final class SampleMaps {

    private SampleMaps() {
    }

    /** ad → faq → (chat | phone-support) → survey; chat may also hand over to phone-support. */
    static JourneyMap support() {
        return JourneyMap.builder("support", Persona.of("busy-parent"))
                .stages(Stage.AWARENESS, Stage.SUPPORT, Stage.LOYALTY)
                .touchpoint("ad", Channel.SOCIAL, Stage.AWARENESS, t -> t.automated().emotion(1))
                .touchpoint("faq", Channel.WEB, Stage.SUPPORT,
                        t -> t.automated().emotion(-1).painPoint("hard to find").goal("answer it myself"))
                .touchpoint("chat", Channel.CHAT, Stage.SUPPORT, t -> t.emotion(0).frontstage("greets")
                        .backstage("looks up order"))
                .touchpoint("phone-support", Channel.PHONE, Stage.SUPPORT, t -> t.emotion(2).momentOfTruth()
                        .expects("responsiveness", Expectation.of(Scale.CSAT, 3, 5)).opportunity("call back"))
                .touchpoint("survey", Channel.EMAIL, Stage.LOYALTY, t -> t.automated().emotion(1))
                .path("ad", "faq", "chat", "survey")
                .path("faq", "phone-support", "survey")
                .path("chat", "phone-support")
                .build();
    }
}
