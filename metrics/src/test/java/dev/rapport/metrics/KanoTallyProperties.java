package dev.rapport.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.rapport.core.KanoAnswer;
import dev.rapport.core.KanoResponse;
import dev.rapport.core.RapportJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The laws of {@link KanoTally}: an exact, order- and shard-independent merge, exact JSON and binary forms. */
class KanoTallyProperties {

    private static final List<String> FEATURES = List.of("Live chat", "Queue position", "Call-back", "Video");
    private static final KanoAnswer[] ANSWERS = KanoAnswer.values();

    /** A response: one of four features, each answer one of five or (value 5) unknown. */
    static Gen<KanoResponse> responses() {
        return integers().between(0, FEATURES.size() - 1).zip(integers().between(0, 5), integers().between(0, 5),
                (f, a, b) -> new KanoResponse("r", FEATURES.get(f), answer(a), answer(b)));
    }

    private static Optional<KanoAnswer> answer(int i) {
        return i == 5 ? Optional.empty() : Optional.of(ANSWERS[i]);
    }

    static Gen<List<KanoResponse>> surveys() {
        return lists().of(responses()).ofSizeBetween(0, 40);
    }

    static Gen<KanoTally> tallies() {
        return surveys().map(KanoTally::of);
    }

    @Test
    void merge_associativeCommutativeWithIdentity() {
        qt().withExamples(200).forAll(tallies(), tallies(), tallies()).checkAssert((a, b, c) -> {
            assertEquals(a.merge(b).merge(c), a.merge(b.merge(c)));
            assertEquals(a.merge(b), b.merge(a));
            assertEquals(a, a.merge(KanoTally.empty()));
            assertEquals(a, KanoTally.empty().merge(a));
        });
    }

    @Test
    void shards_anyOrderAndCut_sameTallyAsOneLoop() {
        qt().withExamples(150).forAll(surveys(), integers().between(1, 7)).checkAssert((survey, shards) -> {
            KanoTally oneLoop = KanoTally.empty();
            for (KanoResponse r : survey) {
                oneLoop = oneLoop.add(r);
            }
            assertEquals(KanoTally.of(survey), oneLoop);
            List<KanoTally> parts = new ArrayList<>();
            for (int s = 0; s < shards; s++) {
                List<KanoResponse> shard = new ArrayList<>();
                for (int i = s; i < survey.size(); i += shards) {
                    shard.add(survey.get(i));
                }
                parts.add(KanoTally.of(shard));
            }
            KanoTally forward = parts.stream().reduce(KanoTally.empty(), KanoTally::merge);
            KanoTally backward = KanoTally.empty();
            for (int s = parts.size() - 1; s >= 0; s--) {
                backward = backward.merge(parts.get(s));
            }
            assertEquals(oneLoop, forward);
            assertEquals(oneLoop, backward);
            assertEquals(oneLoop, survey.parallelStream().collect(KanoTally.metric().collector()));
            long answered = oneLoop.features().values().stream().mapToLong(KanoTally.Counts::answered).sum();
            assertEquals(survey.size(), answered);
        });
    }

    @Test
    void json_andStateCodec_roundTripExactly() {
        qt().withExamples(150).forAll(tallies()).checkAssert(tally -> {
            String json = RapportJson.mapper().writeValueAsString(tally);
            assertEquals(tally, RapportJson.mapper().readValue(json, KanoTally.class), json);
            byte[] bytes = StateCodec.encode(KanoTally.metric(), tally);
            KanoTally back = StateCodec.decode(KanoTally.metric(), bytes);
            assertEquals(tally, back);
            assertArrayEquals(bytes, StateCodec.encode(KanoTally.metric(), back));
        });
    }

    @Test
    void json_fieldNames() {
        KanoTally tally = KanoTally.of(List.of(KanoResponse.of("r-1", "Live chat", KanoAnswer.LIKE,
                KanoAnswer.LIVE_WITH)));
        assertEquals("{\"features\":{\"Live chat\":{\"attractive\":1,\"one_dimensional\":0,\"must_be\":0,"
                + "\"indifferent\":0,\"reverse\":0,\"questionable\":0,\"unknown\":0}}}",
                RapportJson.mapper().writer().withoutFeatures(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(tally));
    }

    @Test
    void counts_negative_rejectedWithTheCounts() {
        var e = assertThrows(IllegalArgumentException.class, () -> new KanoTally.Counts(1, -2, 0, 0, 0, 0, 0));
        assertEquals("Kano counts must not be negative, were A 1 O -2 M 0 I 0 R 0 Q 0 unknown 0", e.getMessage());
    }

    @Test
    void stateCodec_truncated_rejectedNamingTheMetric() {
        byte[] bytes = StateCodec.encode(KanoTally.metric(), KanoTally.of(List.of(KanoResponse.of("r-1", "Chat",
                KanoAnswer.LIKE, KanoAnswer.DISLIKE))));
        var e = assertThrows(IllegalArgumentException.class, () -> StateCodec.decode(KanoTally.metric(),
                java.util.Arrays.copyOf(bytes, bytes.length - 1)));
        assertEquals("state of metric 'kano' is truncated (byte " + (bytes.length - 1) + " of " + (bytes.length - 1)
                + ")", e.getMessage());
    }
}
