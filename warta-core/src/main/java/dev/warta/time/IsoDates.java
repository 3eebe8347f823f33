package dev.warta.time;

import dev.warta.model.DatePrecision;
import dev.warta.model.DateValue;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/**
 * Reads the ISO 8601 dates that containers and page metadata state ("2025-11-19T15:20:00+07:00"),
 * with the liberties that page metadata takes: a space for the 'T' and an offset without a colon.
 */
public final class IsoDates {
    private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendPattern("['T'][' ']").append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalEnd()
            .toFormatter();

    private IsoDates() {
    }

    /**
     * The value of an ISO 8601 date or date-time, or of an RFC 1123 date-time as feeds write it
     * ("Fri, 17 Jan 2025 08:30:00 +0700"); null when the text is neither.
     */
    public static DateValue parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        TemporalAccessor t;
        try {
            t = FORMAT.parseBest(text.strip(), OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
        } catch (DateTimeParseException e) {
            try {
                t = OffsetDateTime.parse(text.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
            } catch (DateTimeParseException notRfc) {
                return null;
            }
        }
        return switch (t) {
            case OffsetDateTime o -> new DateValue(o.getYear(), o.getMonthValue(), o.getDayOfMonth(),
                    o.toLocalTime().withSecond(0).withNano(0), o.getOffset(), DatePrecision.MINUTE);
            case LocalDateTime l -> new DateValue(l.getYear(), l.getMonthValue(), l.getDayOfMonth(),
                    l.toLocalTime().withSecond(0).withNano(0), null, DatePrecision.MINUTE);
            case LocalDate d -> DateValue.ofDay(d);
            default -> null;
        };
    }
}
