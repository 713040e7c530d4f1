package dev.rapport.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.rapport.core.Interaction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SampleDataProperties {

    @Test
    void anySeedAndSize_givesExactlyThatManyRows() {
        qt().withExamples(60).forAll(longs().all(), integers().between(0, 400)).checkAssert((seed, rows) -> {
            SampleData data = SampleData.of(rows).withSeed(seed);
            assertEquals((long) rows, data.interactions().count());
            assertEquals(rows + 1, new String(SampleDataTest.csv(data), StandardCharsets.US_ASCII).split("\n").length);
        });
    }

    @Test
    void anySeed_isReproducible() {
        qt().withExamples(30).forAll(longs().all()).checkAssert(seed -> {
            SampleData data = SampleData.of(200).withSeed(seed);
            assertArrayEquals(SampleDataTest.csv(data), SampleDataTest.csv(data));
        });
    }

    @Test
    void anySeed_csvAndInteractionsAgree() {
        qt().withExamples(30).forAll(longs().all()).checkAssert(seed -> {
            SampleData data = SampleData.of(150).withSeed(seed);
            List<Interaction> generated = data.interactions().collect(Collectors.toList());
            List<Interaction> parsed = SampleCsv.parse(new String(SampleDataTest.csv(data), StandardCharsets.US_ASCII));
            for (int i = 0; i < generated.size(); i++) {
                assertEquals(generated.get(i), parsed.get(i));
            }
        });
    }

    @Test
    void aLongerRun_startsWithTheShorterOne() {
        qt().withExamples(30).forAll(longs().all(), integers().between(0, 300)).checkAssert((seed, rows) -> {
            List<Interaction> shorter = SampleData.of(rows).withSeed(seed).interactions().collect(Collectors.toList());
            List<Interaction> longer = SampleData.of(rows + 50L).withSeed(seed).interactions().limit(rows)
                    .collect(Collectors.toList());
            assertEquals(shorter, longer);
        });
    }
}
