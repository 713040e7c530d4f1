package dev.rapport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rapport.core.Channel;
import dev.rapport.core.Initiator;
import dev.rapport.core.Interaction;
import dev.rapport.core.Mode;
import dev.rapport.core.Outcome;
import dev.rapport.core.SurveyScores;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** An independent reading of the canonical CSV, written from the header's documentation, for checking the writer. */
final class SampleCsv {

    private SampleCsv() {
    }

    static List<Interaction> parse(String text) {
        String[] lines = text.split("\n");
        String[] header = lines[0].split(",", -1);
        assertEquals(SampleData.CSV_COLUMNS, List.of(header));
        List<Interaction> interactions = new ArrayList<>();
        for (int n = 1; n < lines.length; n++) {
            String[] v = lines[n].split(",", -1);
            Interaction.Builder builder = Interaction.builder(v[0], v[1], Instant.parse(v[3]), v[4], Channel.parse(v[6]))
                    .stage(v[5]).mode(Mode.valueOf(v[7].toUpperCase(Locale.ROOT)))
                    .outcome(Outcome.parse(v[10])).segment(v[12])
                    .initiator(Initiator.valueOf(v[13].toUpperCase(Locale.ROOT)));
            // an empty duration cell is an unknown value: the builder leaves it unknown
            if (!v[8].isEmpty()) {
                builder.waitSeconds(Double.parseDouble(v[8]));
            }
            if (!v[9].isEmpty()) {
                builder.handleSeconds(Double.parseDouble(v[9]));
            }
            if (!v[2].isEmpty()) {
                builder.caseId(v[2]);
            }
            if (!v[11].isEmpty()) {
                builder.agent(v[11]);
            }
            if (!v[14].isEmpty()) {
                builder.reason(v[14]);
            }
            SurveyScores survey = SurveyScores.none();
            if (!v[15].isEmpty()) {
                survey = survey.withNps(Integer.parseInt(v[15]));
            }
            if (!v[16].isEmpty()) {
                survey = survey.withCsat(Integer.parseInt(v[16]));
            }
            if (!v[17].isEmpty()) {
                survey = survey.withCes(Integer.parseInt(v[17]));
            }
            for (int c = 18; c < header.length; c++) {
                if (!v[c].isEmpty()) {
                    survey = survey.withRating(header[c].substring("rating_".length()), Integer.parseInt(v[c]));
                }
            }
            interactions.add(builder.survey(survey).build());
        }
        return interactions;
    }
}
