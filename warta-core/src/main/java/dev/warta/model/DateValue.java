package dev.warta.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * A date, a date-time or a time as far as a text states it. Missing parts are null:
 * "(3/3)" has no year, "pukul 14.30 WIB" has no date, "Desember 2021" has no day.
 */
public record DateValue(Integer year, Integer month, Integer day, LocalTime time, ZoneOffset offset,
                        DatePrecision precision) {

    public static DateValue ofDay(LocalDate d) {
        return new DateValue(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), null, null, DatePrecision.DAY);
    }

    public boolean hasFullDate() {
        return year != null && month != null && day != null;
    }

    public LocalDate date() {
        return hasFullDate() ? LocalDate.of(year, month, day) : null;
    }

    /** ISO 8601: 2025-12-27, 2025-11-25T14:30+07:00, 2021-12, --03-03 (no year), T14:30+07:00. */
    public String iso() {
        StringBuilder b = new StringBuilder();
        if (year != null) {
            b.append(String.format("%04d", year));
            if (month != null) {
                b.append(String.format("-%02d", month));
                if (day != null) {
                    b.append(String.format("-%02d", day));
                }
            }
        } else if (month != null && day != null) {
            b.append(String.format("--%02d-%02d", month, day));
        }
        if (time != null) {
            b.append('T').append(String.format("%02d:%02d", time.getHour(), time.getMinute()));
            if (offset != null) {
                b.append(offset.getId().equals("Z") ? "Z" : offset.getId());
            }
        }
        return b.toString();
    }

    public DateValue withYear(int y) {
        return new DateValue(y, month, day, time, offset, precision);
    }

    public DateValue withTime(LocalTime t, ZoneOffset o) {
        return new DateValue(year, month, day, t, o, day != null ? DatePrecision.MINUTE : DatePrecision.TIME);
    }
}
