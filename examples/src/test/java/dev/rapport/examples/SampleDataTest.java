package dev.rapport.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.core.Channel;
import dev.rapport.core.Initiator;
import dev.rapport.core.Interaction;
import dev.rapport.core.Outcome;
import dev.rapport.data.EventLogReader;
import dev.rapport.data.ImportResult;
import dev.rapport.journey.ConformanceReport;
import dev.rapport.journey.Grouping;
import dev.rapport.journey.JourneyLog;
import dev.rapport.journey.JourneyMap;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDataTest {

    private static final SampleData SAMPLE_20K = SampleData.of(20_000);
    private static final List<Interaction> INTERACTIONS_20K =
            SAMPLE_20K.interactions().collect(Collectors.toList());

    static byte[] csv(SampleData data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        data.writeCsv(out);
        return out.toByteArray();
    }

    //-----------------------------------------------------------------------
    // writeCsv
    //-----------------------------------------------------------------------
    @Test
    void writeCsv_sameSeed_identicalBytes() {
        assertArrayEquals(csv(SampleData.of(3_000).withSeed(7)), csv(SampleData.of(3_000).withSeed(7)));
    }

    @Test
    void writeCsv_otherSeed_otherRows() {
        assertFalse(Arrays.equals(csv(SampleData.of(3_000).withSeed(7)), csv(SampleData.of(3_000).withSeed(8))));
    }

    @Test
    void writeCsv_startsWithTheCanonicalHeader() {
        String text = new String(csv(SampleData.of(10)), StandardCharsets.US_ASCII);
        assertEquals("interaction_id,customer_id,case_id,timestamp,touchpoint,stage,channel,mode,wait_seconds,"
                + "handle_seconds,outcome,agent,segment,initiator,reason,nps,csat,ces,rating_reliability,rating_timeliness,"
                + "rating_personalization,rating_approachability,rating_flexibility,rating_above-and-beyond",
                text.substring(0, text.indexOf('\n')));
    }

    @Test
    void writeCsv_writesExactlyTheRowsAskedFor() {
        for (int rows : new int[] {0, 1, 2, 17, 999}) {
            String text = new String(csv(SampleData.of(rows)), StandardCharsets.US_ASCII);
            assertEquals(rows + 1, text.split("\n").length, "rows " + rows);
            assertTrue(text.endsWith("\n"));
        }
    }

    @Test
    void writeCsv_toFile_returnsTheCountAndWritesTheSameBytes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("interactions.csv");
        assertEquals(500, SampleData.of(500).writeCsv(file));
        assertArrayEquals(csv(SampleData.of(500)), Files.readAllBytes(file));
    }

    @Test
    void writeCsv_everyLineHasEveryColumn() {
        String[] lines = new String(csv(SampleData.of(2_000)), StandardCharsets.US_ASCII).split("\n");
        for (String line : lines) {
            assertEquals(SampleData.CSV_COLUMNS.size(), line.split(",", -1).length, line);
        }
    }

    @Test
    void writeCsv_journeyImporterReadsItBackExactly(@TempDir Path dir) {
        Path file = dir.resolve("sample.csv");
        SampleData.of(5_000).writeCsv(file);
        ImportResult imported = EventLogReader.strict().csv(file);
        assertEquals(5_000, imported.summary().rowsRead());
        assertEquals(5_000, imported.summary().accepted());
        List<Interaction> generated = SampleData.of(5_000).interactions().collect(Collectors.toList());
        for (int i = 0; i < generated.size(); i++) {
            assertEquals(generated.get(i), imported.interactions().get(i));
        }
    }

    @Test
    void journeyMap_isValidAndKnowsEveryGeneratedTouchpoint() {
        JourneyMap map = SampleData.journeyMap();
        assertEquals(21, map.touchpoints().size());
        for (Interaction interaction : INTERACTIONS_20K) {
            assertTrue(map.touchpoint(interaction.touchpoint()).isPresent(), interaction::toString);
        }
    }

    @Test
    void journeyMap_mostGeneratedMovesFollowTheMap() {
        ConformanceReport report = ConformanceReport.of(SampleData.journeyMap(),
                JourneyLog.of(INTERACTIONS_20K, Grouping.BY_CUSTOMER));
        assertTrue(report.fitness() > 0.7 && report.fitness() < 0.95, report::toString);
    }

    @Test
    void writeCsv_parsesBackToTheSameInteractions() {
        List<Interaction> parsed = SampleCsv.parse(new String(csv(SampleData.of(3_000)), StandardCharsets.US_ASCII));
        List<Interaction> generated = SampleData.of(3_000).interactions().collect(Collectors.toList());
        assertEquals(generated.size(), parsed.size());
        for (int i = 0; i < generated.size(); i++) {
            assertEquals(generated.get(i), parsed.get(i));
        }
    }

    //-----------------------------------------------------------------------
    // interactions
    //-----------------------------------------------------------------------
    @Test
    void interactions_idsCountUpAndTimesStayInThePeriod() {
        Instant from = Instant.parse("2026-04-01T00:00:00Z");
        Instant until = Instant.parse("2026-10-01T00:00:00Z");
        for (int i = 0; i < INTERACTIONS_20K.size(); i++) {
            Interaction interaction = INTERACTIONS_20K.get(i);
            assertEquals("i-" + (i + 1), interaction.interactionId());
            assertFalse(interaction.timestamp().isBefore(from), interaction::toString);
            assertTrue(interaction.timestamp().isBefore(until), interaction::toString);
        }
    }

    @Test
    void interactions_inTimeOrderWithinEachCustomer() {
        Map<String, Instant> last = new HashMap<>();
        for (Interaction interaction : INTERACTIONS_20K) {
            Instant previous = last.put(interaction.customerId(), interaction.timestamp());
            assertTrue(previous == null || !interaction.timestamp().isBefore(previous), interaction::toString);
        }
    }

    @Test
    void interactions_abandonmentRateOfThePhoneLineIsPlausible() {
        List<Interaction> calls = at("phone-support");
        double abandoned = share(calls, i -> i.outcome() == Outcome.ABANDONED);
        assertTrue(abandoned > 0.04 && abandoned < 0.2, "phone abandonment " + abandoned);
        assertTrue(calls.stream().filter(i -> i.outcome() == Outcome.ABANDONED)
                .allMatch(i -> i.agent().isEmpty() && i.handleSeconds().isEmpty() && i.waitSeconds().isPresent()
                        && i.survey().isEmpty()));
    }

    @Test
    void interactions_unknownWhereARealSystemRecordsNothing() {
        assertTrue(at("help-centre").stream().allMatch(i -> i.waitSeconds().isEmpty() && i.handleSeconds().isPresent()));
        assertTrue(at("phone-support").stream().filter(i -> i.outcome() != Outcome.ABANDONED)
                .allMatch(i -> i.waitSeconds().isPresent() && i.handleSeconds().isPresent()));
    }

    @Test
    void interactions_onlyAFractionIsSurveyed() {
        double surveyed = share(INTERACTIONS_20K, i -> !i.survey().isEmpty());
        assertTrue(surveyed > 0.05 && surveyed < 0.25, "surveyed share " + surveyed);
    }

    @Test
    void interactions_waitsAreLongTailed() {
        double[] waits = at("phone-support").stream().filter(i -> i.outcome() != Outcome.ABANDONED)
                .mapToDouble(i -> i.waitSeconds().orElseThrow()).sorted().toArray();
        double median = waits[waits.length / 2];
        double p99 = waits[waits.length * 99 / 100];
        assertTrue(p99 > 5 * median, "median " + median + ", p99 " + p99);
    }

    @Test
    void interactions_phoneWaitsGrowFromTheFirstQuarterToTheSecond() {
        Instant q3 = Instant.parse("2026-07-01T00:00:00Z");
        List<Interaction> calls = at("phone-support");
        double before = meanWait(calls.stream().filter(i -> i.timestamp().isBefore(q3)).collect(Collectors.toList()));
        double after = meanWait(calls.stream().filter(i -> !i.timestamp().isBefore(q3)).collect(Collectors.toList()));
        assertTrue(after > 1.2 * before, "mean wait Q2 " + before + " Q3 " + after);
    }

    @Test
    void interactions_transfersGoToTheSecondLineOnTheSameCase() {
        List<Interaction> all = INTERACTIONS_20K;
        int transfers = 0;
        for (int i = 0; i < all.size() - 1; i++) {
            Interaction interaction = all.get(i);
            if (interaction.outcome() == Outcome.TRANSFERRED) {
                transfers++;
                Interaction next = all.get(i + 1);
                assertEquals("phone-specialist", next.touchpoint(), interaction::toString);
                assertEquals(interaction.caseId(), next.caseId());
            }
        }
        assertTrue(transfers > 100, "transfers " + transfers);
    }

    @Test
    void interactions_unresolvedCasesComeBackWithinDays() {
        Map<String, List<Interaction>> cases = INTERACTIONS_20K.stream().filter(i -> i.caseId().isPresent())
                .collect(Collectors.groupingBy(i -> i.caseId().get()));
        long repeated = cases.values().stream().filter(contacts -> contacts.size() > 1).count();
        assertTrue(repeated > cases.size() / 5, repeated + " of " + cases.size() + " cases repeated");
        assertTrue(cases.values().stream().anyMatch(contacts -> contacts.size() > 2));
    }

    @Test
    void interactions_followUpsAreProactiveCallsByTheSpecialist() {
        List<Interaction> followUps = at("follow-up-call");
        assertTrue(followUps.size() > 20, "follow-ups " + followUps.size());
        for (Interaction followUp : followUps) {
            assertEquals(Initiator.COMPANY, followUp.initiator());
            assertEquals(Channel.PHONE, followUp.channel());
            assertTrue(followUp.agent().orElseThrow().startsWith("specialist-"), followUp::toString);
        }
    }

    @Test
    void interactions_longWaitsAndTransfersLowerTheScores() {
        List<Interaction> rated = INTERACTIONS_20K.stream().filter(i -> i.survey().csat().isPresent())
                .collect(Collectors.toList());
        double shortWaits = meanCsat(rated.stream().filter(i -> i.channel() == Channel.PHONE && i.waitSeconds().orElse(Double.NaN) < 60));
        double longWaits = meanCsat(rated.stream().filter(i -> i.channel() == Channel.PHONE && i.waitSeconds().orElse(Double.NaN) > 300));
        assertTrue(longWaits < shortWaits - 0.3, "CSAT short waits " + shortWaits + ", long waits " + longWaits);
        double firstLine = meanCsat(rated.stream().filter(i -> i.touchpoint().equals("phone-support")
                && i.outcome() == Outcome.RESOLVED));
        double afterTransfer = meanCsat(rated.stream().filter(i -> i.touchpoint().equals("phone-specialist")));
        assertTrue(afterTransfer < firstLine, "CSAT resolved first line " + firstLine + ", specialists " + afterTransfer);
    }

    @Test
    void interactions_everySegmentAndChannelOccurs() {
        assertEquals(5, INTERACTIONS_20K.stream().map(i -> i.segment().orElseThrow()).distinct().count());
        assertEquals(List.of("chat", "email", "in-person", "phone", "web"), INTERACTIONS_20K.stream()
                .map(i -> i.channel().id()).distinct().sorted().collect(Collectors.toList()));
    }

    @Test
    void interactions_streamAndIteratorAgree() {
        List<Interaction> iterated = new ArrayList<>();
        SampleData.of(300).iterator().forEachRemaining(iterated::add);
        assertEquals(SampleData.of(300).interactions().collect(Collectors.toList()), iterated);
    }

    //-----------------------------------------------------------------------
    // of, withPeriod
    //-----------------------------------------------------------------------
    @Test
    void of_negativeRows_rejectedWithTheValue() {
        var e = assertThrows(IllegalArgumentException.class, () -> SampleData.of(-1));
        assertEquals("the number of sample rows must not be negative, was -1", e.getMessage());
    }

    @Test
    void withPeriod_endBeforeStart_rejectedWithBothDays() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> SampleData.of(10).withPeriod(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1)));
        assertEquals("the sample period must end after it starts, was 2026-05-01 to 2026-04-01", e.getMessage());
    }

    @Test
    void withPeriod_keepsTimesInsideTheNewPeriod() {
        Instant until = Instant.parse("2026-01-08T00:00:00Z");
        assertTrue(SampleData.of(1_000).withPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 8))
                .interactions().allMatch(i -> i.timestamp().isBefore(until)
                        && !i.timestamp().isBefore(Instant.parse("2026-01-01T00:00:00Z"))));
    }

    @Test
    void toString_saysSizeSeedAndPeriod() {
        assertEquals("500 sample interactions, seed 42, 2026-04-01 to 2026-10-01", SampleData.of(500).toString());
    }

    //-----------------------------------------------------------------------
    private static List<Interaction> at(String touchpoint) {
        return INTERACTIONS_20K.stream().filter(i -> i.touchpoint().equals(touchpoint)).collect(Collectors.toList());
    }

    private static double share(List<Interaction> interactions, java.util.function.Predicate<Interaction> test) {
        return (double) interactions.stream().filter(test).count() / interactions.size();
    }

    private static double meanWait(List<Interaction> interactions) {
        return interactions.stream().map(Interaction::waitSeconds).filter(java.util.OptionalDouble::isPresent)
                .mapToDouble(java.util.OptionalDouble::getAsDouble).average().orElseThrow();
    }

    private static double meanCsat(java.util.stream.Stream<Interaction> interactions) {
        return interactions.mapToInt(i -> i.survey().csat().getAsInt()).average().orElseThrow();
    }
}
