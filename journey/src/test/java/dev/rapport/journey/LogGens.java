package dev.rapport.journey;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.rapport.core.Channel;
import dev.rapport.core.Interaction;
import dev.rapport.core.Outcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.quicktheories.core.Gen;

/** Generators of interaction lists for the properties. */
final class LogGens {

    static final List<String> TOUCHPOINTS = List.of("faq", "chat", "phone-support", "email-support", "survey");

    private LogGens() {
    }

    /**
     * Up to 60 interactions of 4 customers in 6 cases over 5 touchpoints. With {@code distinct}, every timestamp
     * differs; otherwise many collide.
     */
    static Gen<List<Interaction>> interactions(boolean distinct) {
        return lists().of(integers().between(0, 1_000_000)).ofSizeBetween(0, 60).map(seeds -> {
            List<Interaction> result = new ArrayList<>();
            for (int i = 0; i < seeds.size(); i++) {
                int seed = seeds.get(i);
                long second = distinct ? (seed % 1000) * 1000L + i : seed % 7;
                result.add(Interaction.builder("i" + i, "c" + seed % 4, Instant.ofEpochSecond(1_700_000_000 + second),
                        TOUCHPOINTS.get(seed / 7 % 5), seed % 3 == 0 ? Channel.PHONE : Channel.WEB)
                        .caseId("k" + seed / 13 % 6).outcome(Outcome.values()[seed / 17 % 5]).build());
            }
            return result;
        });
    }

    /** The same elements in an order drawn from {@code seed}. */
    static <T> List<T> shuffled(List<T> list, long seed) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, new Random(seed));
        return copy;
    }
}
