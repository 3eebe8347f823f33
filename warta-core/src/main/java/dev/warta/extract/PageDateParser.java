package dev.warta.extract;

import dev.warta.model.DateMention;
import dev.warta.model.DatePrecision;
import dev.warta.model.DateValue;
import dev.warta.time.DateFinder;
import dev.warta.time.IsoDates;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one date as pages write it in their metadata and markup: ISO 8601 and its variants, RFC 1123, epoch seconds, words. */
final class PageDateParser {
    private static final Pattern SPACE_BEFORE_OFFSET = Pattern.compile(
            "(\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?)\\s*(?:(?:GMT|UTC)\\s*)?([+-]\\d{2}(?::?\\d{2})?)$");
    private static final Pattern SHORT_OFFSET = Pattern.compile("([+-]\\d{2})$");
    private static final Pattern ZULU_WORD = Pattern.compile("(\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?)\\s*(?:GMT|UTC|Z)$");
    private static final Pattern SLASH_YMD = Pattern.compile("^(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})");
    private static final Pattern EPOCH = Pattern.compile("^\\d{10}(\\d{3})?$");
    private static final Pattern ISO_PREFIX = Pattern.compile(
            "^\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?");

    private final DateFinder finder;

    PageDateParser(DateFinder finder) {
        this.finder = finder;
    }

    /** A date as page metadata writes it: ISO 8601 and its variants, RFC 1123, epoch seconds, or words. */
    DateValue parse(String raw) {
        String s = MetaText.clean(raw);
        if (s == null || s.length() > 100) {
            return null;
        }
        DateValue d = sane(IsoDates.parse(s));
        if (d != null) {
            return d;
        }
        String t = SPACE_BEFORE_OFFSET.matcher(s).replaceFirst("$1$2");
        t = ZULU_WORD.matcher(t).replaceFirst("$1Z");
        t = SHORT_OFFSET.matcher(t).replaceFirst("$1:00");
        Matcher slash = SLASH_YMD.matcher(t);
        if (slash.find()) {
            t = String.format("%s-%02d-%02d", slash.group(1), Integer.parseInt(slash.group(2)),
                    Integer.parseInt(slash.group(3))) + t.substring(slash.end());
        }
        d = sane(IsoDates.parse(t));
        if (d != null) {
            return d;
        }
        Matcher iso = ISO_PREFIX.matcher(t);
        if (iso.find()) {
            d = sane(IsoDates.parse(iso.group()));
            if (d != null) {
                return d;
            }
        }
        try {
            ZonedDateTime z = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME);
            return new DateValue(z.getYear(), z.getMonthValue(), z.getDayOfMonth(),
                    z.toLocalTime().withSecond(0).withNano(0), z.getOffset(), DatePrecision.MINUTE);
        } catch (DateTimeException e) {
            // not RFC 1123
        }
        if (EPOCH.matcher(s).matches()) {
            long secs = Long.parseLong(s.length() == 13 ? s.substring(0, 10) : s);
            return sane(DateValue.ofDay(LocalDate.ofEpochDay(secs / 86400)));
        }
        return sane(firstFullDate(s));
    }

    /** The first full date that {@code text} writes in words. */
    DateValue firstFullDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (DateMention m : finder.find(text, null)) {
            if (m.value().hasFullDate()) {
                return m.value();
            }
        }
        return null;
    }

    /** {@code d} when it is a full date of a plausible year for a web page, else null. */
    static DateValue sane(DateValue d) {
        if (d == null || !d.hasFullDate() || d.year() < 1991 || d.year() > 2100) {
            return null;
        }
        return d;
    }
}
