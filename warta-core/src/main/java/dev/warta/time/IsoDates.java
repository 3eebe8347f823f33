package dev.warta.time;

import dev.warta.model.DatePrecision;
import dev.warta.model.DateValue;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reads the ISO 8601 dates that containers and page metadata state ("2025-11-19T15:20:00+07:00"). */
public final class IsoDates {
    private IsoDates() {
    }

    /** The value of an ISO date or date-time, or null when the text is not one. */
    public static DateValue parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            OffsetDateTime o = OffsetDateTime.parse(t);
            return new DateValue(o.getYear(), o.getMonthValue(), o.getDayOfMonth(), o.toLocalTime().withSecond(0)
                    .withNano(0), o.getOffset(), DatePrecision.MINUTE);
        } catch (DateTimeParseException e) {
            // try the forms without an offset
        }
        try {
            LocalDateTime l = LocalDateTime.parse(t);
            return new DateValue(l.getYear(), l.getMonthValue(), l.getDayOfMonth(),
                    l.toLocalTime().withSecond(0).withNano(0), null, DatePrecision.MINUTE);
        } catch (DateTimeParseException e) {
            // try a plain date
        }
        try {
            return DateValue.ofDay(LocalDate.parse(t));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
