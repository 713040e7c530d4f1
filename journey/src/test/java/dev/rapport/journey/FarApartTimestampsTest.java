package dev.rapport.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rapport.data.ColumnsReader;
import dev.rapport.data.EventLogReader;
import dev.rapport.data.ImportResult;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A year typed as {@code 0026} next to {@code 2026}: the two contacts of case k1 are 2,000 years apart, more than the
 * 292 years that {@code Duration.toNanos()} holds. The readers accept both rows, so discovery and case times must
 * compute them, and the per-object and columnar graphs must agree (the per-object path used to throw
 * {@code ArithmeticException: long overflow}).
 */
class FarApartTimestampsTest {

    private static final Path FILE = ImportedJourneysTest.resource("typo-year.csv");

    @Test
    void directlyFollows_objectsAndColumnsAgreeOnAGapOfTwoThousandYears() {
        ImportResult read = EventLogReader.strict().csv(FILE);
        DirectlyFollowsGraph objects = DirectlyFollowsGraph.of(JourneyLog.of(read, Grouping.BY_CASE));
        DirectlyFollowsGraph columns = DirectlyFollowsGraph.of(ColumnsReader.strict().csv(FILE).columns(),
                Grouping.BY_CASE);
        assertEquals(objects, columns);
        double gap = Duration.between(Instant.parse("0026-01-05T09:00:00Z"), Instant.parse("2026-01-06T10:00:00Z"))
                .toMillis() / 1000.0;
        // two moves faq -> phone-support: 30 minutes and about 2,000 years; the median of two is their midpoint
        assertEquals((1800 + gap) / 2, objects.edge("faq", "phone-support").orElseThrow().medianSeconds(),
                1e-3 * gap);
    }

    @Test
    void caseTimes_computeTheLongCase() {
        JourneyLog byCase = JourneyLog.of(EventLogReader.strict().csv(FILE), Grouping.BY_CASE);
        CaseTimes times = CaseTimes.of(SampleMaps.support(), byCase);
        Duration k1 = times.stageDurations().get("k1").get("support");
        // from 0026-01-05 09:00 to the end of t2: 2026-01-06 10:00 + 45 s + 300 s
        assertEquals(Duration.between(Instant.parse("0026-01-05T09:00:00Z"), Instant.parse("2026-01-06T10:05:45Z")),
                k1);
    }
}
