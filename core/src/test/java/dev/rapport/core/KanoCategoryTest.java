package dev.rapport.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class KanoCategoryTest {

    //-----------------------------------------------------------------------
    // of: the evaluation table of Berger et al. (1993), row by row as printed there
    //-----------------------------------------------------------------------
    @Test
    void of_everyPairOfTheTable() {
        String[] table = {"QAAAO", "RIIIM", "RIIIM", "RIIIM", "RRRRQ"};
        KanoAnswer[] answers = KanoAnswer.values();
        for (int f = 0; f < 5; f++) {
            for (int d = 0; d < 5; d++) {
                assertEquals(String.valueOf(table[f].charAt(d)), KanoCategory.of(answers[f], answers[d]).letter(),
                        answers[f] + " / " + answers[d]);
            }
        }
        assertEquals(KanoCategory.ATTRACTIVE, KanoCategory.of(KanoAnswer.LIKE, KanoAnswer.LIVE_WITH));
        assertEquals(KanoCategory.ONE_DIMENSIONAL, KanoCategory.of(KanoAnswer.LIKE, KanoAnswer.DISLIKE));
        assertEquals(KanoCategory.MUST_BE, KanoCategory.of(KanoAnswer.NEUTRAL, KanoAnswer.DISLIKE));
    }

    //-----------------------------------------------------------------------
    // parse: words, codes, full answers, any case; bad text quoted
    //-----------------------------------------------------------------------
    @Test
    void parse_wordsCodesAndFullAnswers() {
        assertEquals(KanoAnswer.LIVE_WITH, KanoAnswer.parse(" Live with "));
        assertEquals(KanoAnswer.LIVE_WITH, KanoAnswer.parse("live_with"));
        assertEquals(KanoAnswer.LIVE_WITH, KanoAnswer.parse("I can live with it that way"));
        assertEquals(KanoAnswer.EXPECT, KanoAnswer.parse("MUST-BE"));
        assertEquals(KanoAnswer.EXPECT, KanoAnswer.parse("It must be that way"));
        assertEquals(KanoAnswer.DISLIKE, KanoAnswer.parse("5"));
        assertEquals(KanoAnswer.LIKE, KanoAnswer.parse("1"));
        assertEquals(Optional.empty(), KanoAnswer.parseOptional("  "));
    }

    @Test
    void parse_notAnAnswer_rejectedWithTheText() {
        var e = assertThrows(IllegalArgumentException.class, () -> KanoAnswer.parse("6"));
        assertEquals("'6' is not a Kano answer; expected like, expect, neutral, live-with, dislike or a code 1 to 5",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> KanoAnswer.parse(""));
        assertEquals("'' is not a Kano answer; expected like, expect, neutral, live-with, dislike or a code 1 to 5",
                e.getMessage());
    }

    //-----------------------------------------------------------------------
    // responses, features and questionnaires
    //-----------------------------------------------------------------------
    @Test
    void response_unknownAnswer_hasNoCategory() {
        KanoResponse skipped = new KanoResponse("r-1", "Live chat", Optional.of(KanoAnswer.LIKE), Optional.empty());
        assertEquals(Optional.empty(), skipped.category());
        assertEquals("r-1 on Live chat: like / ?", skipped.toString());
        assertEquals(Optional.of(KanoCategory.QUESTIONABLE),
                KanoResponse.of("r-1", "Live chat", KanoAnswer.LIKE, KanoAnswer.LIKE).category());
    }

    @Test
    void response_featureWithSpaces_rejectedWithTheName() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> KanoResponse.of("r-1", " Live chat", KanoAnswer.LIKE, KanoAnswer.LIKE));
        assertEquals("a Kano feature name must be non-blank without surrounding spaces, was ' Live chat'",
                e.getMessage());
    }

    @Test
    void questionnaire_featureTwice_rejectedWithBothNames() {
        KanoFeature chat = KanoFeature.of("Live chat", "If you can chat with an agent, how do you feel?",
                "If you cannot chat with an agent, how do you feel?");
        var e = assertThrows(IllegalArgumentException.class,
                () -> KanoQuestionnaire.of("Helpdesk app", java.util.List.of(chat, chat)));
        assertEquals("Kano questionnaire 'Helpdesk app' asks about feature 'Live chat' twice", e.getMessage());
        assertEquals(java.util.List.of("Live chat"),
                KanoQuestionnaire.of("Helpdesk app", java.util.List.of(chat)).featureNames());
    }
}
