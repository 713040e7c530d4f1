package dev.rapport.metrics;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    static final BusinessCalendar DESK = BusinessCalendar.of(ZoneId.of("Europe/Berlin"))
            .withHours(LocalTime.of(9, 0), LocalTime.of(17, 0), MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY)
            .withHoliday(LocalDate.of(2026, 12, 25));

    @Test
    void businessTime_overAWeekend_countsOnlyOpenHours() {
        // Friday 2026-01-09 16:00 Berlin (15:00Z) to Monday 2026-01-12 10:00 Berlin (09:00Z): 1 h + 1 h.
        assertEquals(Duration.ofHours(2), DESK.businessTime(Instant.parse("2026-01-09T15:00:00Z"),
                Instant.parse("2026-01-12T09:00:00Z")));
    }

    @Test
    void businessTime_overAHoliday_skipsIt() {
        // Thursday 2026-12-24 16:30 to Monday 2026-12-28 09:30 (Berlin, UTC+1): 0.5 h + Friday is a holiday + 0.5 h.
        assertEquals(Duration.ofHours(1), DESK.businessTime(Instant.parse("2026-12-24T15:30:00Z"),
                Instant.parse("2026-12-28T08:30:00Z")));
    }

    @Test
    void businessTime_withinOneDay_isTheElapsedTime() {
        assertEquals(1800.5, DESK.businessSeconds(Instant.parse("2026-01-05T10:00:00Z"),
                Instant.parse("2026-01-05T10:30:00.500Z")), 1e-9);
    }

    @Test
    void businessTime_acrossDaylightSaving_usesWallClockHours() {
        // Monday 2026-03-30 is after the switch to UTC+2: 09:00-17:00 local is 07:00Z-15:00Z.
        assertEquals(Duration.ofHours(8), DESK.businessTime(Instant.parse("2026-03-30T00:00:00Z"),
                Instant.parse("2026-03-30T23:00:00Z")));
    }

    @Test
    void businessTime_endBeforeStart_rejectedWithBoth() {
        var e = assertThrows(IllegalArgumentException.class, () -> DESK.businessTime(
                Instant.parse("2026-01-05T10:00:00Z"), Instant.parse("2026-01-05T09:00:00Z")));
        assertEquals("end 2026-01-05T09:00:00Z must not be before start 2026-01-05T10:00:00Z", e.getMessage());
    }

    @Test
    void span_closeBeforeOpen_rejectedWithBoth() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new BusinessCalendar.Span(LocalTime.of(17, 0), LocalTime.of(9, 0)));
        assertEquals("opening time 17:00 must be before closing time 09:00", e.getMessage());
    }
}
