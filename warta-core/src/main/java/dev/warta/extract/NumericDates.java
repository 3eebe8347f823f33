package dev.warta.extract;

import dev.warta.model.DateValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written in digits alone that the language calendars leave to the page: "2025.12.17",
 * "2025/12/17", "23.07.2025", "02-12-2025" (day first, as where dots and dashes are used), and
 * "12/15/2025" when only the month can come first. A date that reads both ways with slashes is left
 * alone.
 */
final class NumericDates {
    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final String NUMBER = "(\\d{1,2})";
    // not part of a longer run of numbers: a version "1.2.2025.3", a phone number
    private static final String BEFORE = "(?<![\\d.,/-])";
    private static final String AFTER = "(?![\\d]|[.,/-]\\d)";
    private static final Pattern YEAR_FIRST = Pattern.compile(BEFORE + YEAR + "([./])" + NUMBER + "\\2" + NUMBER + AFTER);
    private static final Pattern YEAR_LAST = Pattern.compile(BEFORE + NUMBER + "([./-])" + NUMBER + "\\2" + YEAR + AFTER);

    private NumericDates() {
    }

    /** The first such date in {@code text}, or null. */
    static DateValue first(String text) {
        Matcher m = firstMatch(text);
        return m == null ? null : m.pattern() == YEAR_FIRST ? day(m.group(1), m.group(3), m.group(4)) : yearLast(m);
    }

    /** {@code text} without its first such date ("Elliot Raba 23.07.2025" gives "Elliot Raba "), or null. */
    static String without(String text) {
        Matcher m = firstMatch(text);
        return m == null ? null : text.substring(0, m.start()) + " " + text.substring(m.end());
    }

    /** The matcher of the first date in digits that is a date, positioned on it; null when there is none. */
    private static Matcher firstMatch(String text) {
        Matcher ymd = YEAR_FIRST.matcher(text);
        Matcher dmy = YEAR_LAST.matcher(text);
        boolean a = ymd.find() && day(ymd.group(1), ymd.group(3), ymd.group(4)) != null;
        boolean b = dmy.find() && yearLast(dmy) != null;
        if (a && b) {
            return ymd.start() < dmy.start() ? ymd : dmy;
        }
        return a ? ymd : b ? dmy : null;
    }

    private static DateValue yearLast(Matcher m) {
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(3));
        boolean slash = m.group(2).equals("/");
        if (second > 12 && first <= 12) {
            return day(m.group(4), m.group(1), m.group(3)); // "12/15/2025", "12-15-2025"
        }
        return slash && first <= 12 ? null : day(m.group(4), m.group(3), m.group(1));
    }

    private static DateValue day(String y, String m, String d) {
        try {
            return DateValue.ofDay(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
