package dev.rapport.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rapport.core.Channel;
import dev.rapport.core.Interaction;
import dev.rapport.core.Outcome;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class BreakdownTest {

    // Sunday 3 January 2021, 23:30 UTC: ISO week 2020-W53; already Monday 4 January (2021-W01) in Paris
    private static final Interaction LATE_SUNDAY = Interaction.builder("i-1", "c-1",
            Instant.parse("2021-01-03T23:30:00Z"), "phone", Channel.PHONE).outcome(Outcome.RESOLVED).build();

    @Test
    void byWeek_isoWeekInZone() {
        assertEquals("2020-W53", Breakdown.byWeek(ZoneOffset.UTC).groupOf(LATE_SUNDAY));
        assertEquals("2021-W01", Breakdown.byWeek(ZoneId.of("Europe/Paris")).groupOf(LATE_SUNDAY));
    }

    @Test
    void byMonthAndQuarter_calendarPeriods() {
        assertEquals("2021-01", Breakdown.byMonth(ZoneOffset.UTC).groupOf(LATE_SUNDAY));
        assertEquals("2021-Q1", Breakdown.byQuarter(ZoneOffset.UTC).groupOf(LATE_SUNDAY));
    }

    @Test
    void agent_missing_noneGroup() {
        assertEquals(Breakdown.NONE, Breakdown.agent().groupOf(LATE_SUNDAY));
        assertEquals("phone", Breakdown.channel().groupOf(LATE_SUNDAY));
    }
}
