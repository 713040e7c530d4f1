package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

/**
 * When a help desk is open, so that an SLA can be measured in business hours as help desks do: a time zone,
 * opening hours per weekday (one span per day; closed on days without one) and holidays.
 * <pre>{@code
 * BusinessCalendar desk = BusinessCalendar.of(ZoneId.of("Europe/Berlin"))
 *         .withHours(LocalTime.of(9, 0), LocalTime.of(17, 0), MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY)
 *         .withHoliday(LocalDate.of(2026, 12, 25));
 * desk.businessTime(friday4pm, monday10am)   // PT2H
 * }</pre>
 * Daylight-saving changes are honoured: opening hours are local wall-clock times.
 * This type is immutable and thread-safe.
 *
 * @param zone  the time zone of the opening hours, not null
 * @param hours  the opening span of each open weekday, open before close, not null
 * @param holidays  the dates on which the desk is closed, not null
 */
public record BusinessCalendar(ZoneId zone, Map<DayOfWeek, Span> hours, Set<LocalDate> holidays) {

    /**
     * Opening hours on one day, from {@code open} (inclusive) to {@code close} (exclusive), local time.
     *
     * @param open  the opening time, not null
     * @param close  the closing time, after the opening time, not null
     */
    public record Span(LocalTime open, LocalTime close) {
        public Span {
            checkNotNull(open, "open");
            checkNotNull(close, "close");
            checkArgument(open.isBefore(close), "opening time %s must be before closing time %s", open, close);
        }
    }

    public BusinessCalendar {
        checkNotNull(zone, "zone");
        hours = ImmutableSortedMap.copyOf(checkNotNull(hours, "hours"));
        holidays = ImmutableSortedSet.copyOf(checkNotNull(holidays, "holidays"));
    }

    /** A calendar in the given zone that is never open until hours are added. */
    public static BusinessCalendar of(ZoneId zone) {
        return new BusinessCalendar(zone, Map.of(), Set.of());
    }

    /** Returns a copy open from {@code open} to {@code close} on each of the given weekdays. */
    public BusinessCalendar withHours(LocalTime open, LocalTime close, DayOfWeek... days) {
        Span span = new Span(open, close);
        checkArgument(checkNotNull(days, "days").length > 0, "name at least one weekday for hours %s to %s", open,
                close);
        ImmutableSortedMap.Builder<DayOfWeek, Span> copy = ImmutableSortedMap.naturalOrder();
        Map<DayOfWeek, Span> merged = new java.util.EnumMap<>(DayOfWeek.class);
        merged.putAll(hours);
        for (DayOfWeek day : days) {
            merged.put(checkNotNull(day, "day"), span);
        }
        return new BusinessCalendar(zone, copy.putAll(merged).buildOrThrow(), holidays);
    }

    /** Returns a copy closed on the given date. */
    public BusinessCalendar withHoliday(LocalDate date) {
        return new BusinessCalendar(zone, hours,
                ImmutableSortedSet.<LocalDate>naturalOrder().addAll(holidays).add(checkNotNull(date, "date")).build());
    }

    /**
     * The time the desk was open between two instants.
     *
     * @param from  the start, not null
     * @param to  the end, not before the start, not null
     * @return the open time in between, never negative
     * @throws IllegalArgumentException if {@code to} is before {@code from}, quoting both
     */
    public Duration businessTime(Instant from, Instant to) {
        checkNotNull(from, "from");
        checkNotNull(to, "to");
        checkArgument(!to.isBefore(from), "end %s must not be before start %s", to, from);
        if (hours.isEmpty()) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate date = from.atZone(zone).toLocalDate(); !date.isAfter(last); date = date.plusDays(1)) {
            Span span = hours.get(date.getDayOfWeek());
            if (span == null || holidays.contains(date)) {
                continue;
            }
            Instant open = date.atTime(span.open()).atZone(zone).toInstant();
            Instant close = date.atTime(span.close()).atZone(zone).toInstant();
            Instant start = open.isAfter(from) ? open : from;
            Instant end = close.isBefore(to) ? close : to;
            if (end.isAfter(start)) {
                total = total.plus(Duration.between(start, end));
            }
        }
        return total;
    }

    /** The open time between two instants in seconds, as a double (for duration metrics). */
    public double businessSeconds(Instant from, Instant to) {
        Duration d = businessTime(from, to);
        return d.getSeconds() + d.getNano() / 1e9;
    }
}
