package dev.warta.time;

import dev.warta.lang.CalendarWords;
import dev.warta.model.DateMention;
import dev.warta.model.DatePrecision;
import dev.warta.model.DateValue;
import dev.warta.model.Span;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds date and time expressions ("Sabtu (27/12/2025)", "Selasa, 25 Nov 2025 14:30 WIB",
 * "24/02/2025, 16:45 WIB", "29 Oktober 2013", "pukul 14.30 WIB", "November 3, 2025") and resolves them
 * to {@link DateValue}s.
 * The patterns are general; the words (months, weekdays, zones, "pukul") come from the languages.
 * A date without a year takes the year that puts it closest before the reference date, if one is given.
 */
public final class DateFinder {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    // what stands between a date and its time on timestamp lines ("Senin, 24/02/2025 | 16:45 WIB")
    private static final Pattern JOIN = Pattern.compile("[\\s,|\\-–—]*(?:(?:sekitar|pada|at|around|pkl\\.?)\\s+)?",
            FLAGS);

    private final Map<String, Integer> months = new HashMap<>();
    private final Map<String, ZoneOffset> zones = new HashMap<>();
    private final Set<String> anchorWords = new HashSet<>();
    private final List<DatePattern> datePatterns;
    private final Pattern weekdayBefore;
    private final Pattern timePattern;

    public DateFinder(List<CalendarWords> calendars) {
        Set<String> weekdays = new HashSet<>();
        Set<String> markers = new HashSet<>();
        for (CalendarWords c : calendars) {
            months.putAll(c.months());
            zones.putAll(c.zones());
            weekdays.addAll(c.weekdays());
            markers.addAll(c.timeMarkers());
        }
        String mon = alternation(months.keySet());
        String zone = alternation(zones.keySet());
        weekdayBefore = Pattern.compile("\\b(?:" + alternation(weekdays) + ")\\s*,?\\s*$", FLAGS);
        datePatterns = List.of(
                new DatePattern(Pattern.compile("\\((?<d>\\d{1,2})/(?<m>\\d{1,2})(?:/(?<y>\\d{4}|\\d{2}))?\\)",
                        FLAGS), false, true),
                // not part of a longer number or code ("Nomor 7/1/PBI/2005")
                new DatePattern(Pattern.compile("(?<![\\d/.])\\b(?<d>\\d{1,2})/(?<m>\\d{1,2})/(?<y>\\d{4})(?![/\\d])",
                        FLAGS), false, true),
                new DatePattern(Pattern.compile("\\b(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})\\b", FLAGS), false, true),
                // "19 Dec 2025", "19 Dec, 2025", "12th February 2025"
                new DatePattern(Pattern.compile("\\b(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<mon>" + mon
                        + ")\\.?(?:,?\\s+(?<y>\\d{4}))?\\b", FLAGS), true, true),
                new DatePattern(Pattern.compile("\\b(?<mon>" + mon + ")\\.?\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?"
                        + "(?:,?\\s+(?<y>\\d{4}))?\\b(?!\\s*[.,]\\d)", FLAGS), true, true),
                new DatePattern(Pattern.compile("\\b(?<mon>" + mon + ")\\s+(?<y>\\d{4})\\b", FLAGS), true, false));
        anchorWords.addAll(months.keySet());
        anchorWords.addAll(markers);
        // a clock time after "pukul"/"at", or before a time zone; "jam 12.500" is a count, not a time
        timePattern = Pattern.compile("(?:\\b(?:" + alternation(markers) + ")\\s+(?<h1>\\d{1,2})[.:](?<m1>\\d{2})"
                + "(?!\\d)(?:\\s*(?<z1>" + zone + ")\\b)?)"
                + "|(?:\\b(?<h2>\\d{1,2})[.:](?<m2>\\d{2})\\s*(?<z2>" + zone + ")\\b)", FLAGS);
    }

    /** A date pattern and what it has: a month name (else a month number), a day. */
    private record DatePattern(Pattern pattern, boolean namedMonth, boolean hasDay) {
    }

    private static String alternation(Set<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /**
     * All date and time expressions of {@code text}, in order, without overlaps. The patterns are
     * tried only where an expression can start (an opening bracket, a number, a month name, "pukul"),
     * which keeps the cost proportional to the dates, not to the length of the text times the patterns.
     */
    public List<DateMention> find(String text, LocalDate reference) {
        List<DateMention> dates = new ArrayList<>();
        List<DateMention> times = new ArrayList<>();
        List<Matcher> matchers = datePatterns.stream().map(p -> bounded(p.pattern().matcher(text))).toList();
        Matcher time = bounded(timePattern.matcher(text));
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (!isAnchor(text, i)) {
                continue;
            }
            for (int k = 0; k < matchers.size(); k++) {
                Matcher m = matchers.get(k).region(i, n);
                if (m.lookingAt()) {
                    DateValue v = dateOf(datePatterns.get(k), m, reference);
                    if (v != null) {
                        dates.add(new DateMention(new Span(withWeekday(text, m.start()), m.end()), v));
                    }
                }
            }
            if (time.region(i, n).lookingAt()) {
                DateValue v = timeOf(time);
                if (v != null) {
                    times.add(new DateMention(new Span(time.start(), time.end()), v));
                }
            }
        }
        return merge(text, withoutOverlaps(dates), withoutOverlaps(times));
    }

    private static Matcher bounded(Matcher m) {
        return m.useTransparentBounds(true).useAnchoringBounds(false);
    }

    private boolean isAnchor(String text, int i) {
        char c = text.charAt(i);
        if (c == '(') {
            return true;
        }
        if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
            return false;
        }
        if (Character.isDigit(c)) {
            return true;
        }
        if (!Character.isLetter(c)) {
            return false;
        }
        int j = i;
        while (j < text.length() && Character.isLetter(text.charAt(j)) && j - i < 12) {
            j++;
        }
        return anchorWords.contains(text.substring(i, j).toLowerCase(Locale.ROOT));
    }

    /** Extends a date back over its weekday: "Sabtu (27/12/2025)", "Selasa, 25 Nov 2025". */
    private int withWeekday(String text, int start) {
        Matcher w = weekdayBefore.matcher(text).region(Math.max(0, start - 16), start);
        return w.find() ? w.start() : start;
    }

    /** The first expression that covers the whole of {@code text} but for spaces and punctuation. */
    public DateMention whole(String text, LocalDate reference) {
        List<DateMention> found = find(text, reference);
        if (found.size() != 1) {
            return null;
        }
        DateMention d = found.getFirst();
        String rest = text.substring(0, d.span().start()) + text.substring(d.span().end());
        return rest.replaceAll("[\\s,.\\-–|/]", "").isEmpty() ? d : null;
    }

    private DateValue dateOf(DatePattern p, Matcher m, LocalDate reference) {
        Integer day = p.hasDay() ? number(m.group("d")) : null;
        Integer year = number(m.group("y"));
        Integer month = p.namedMonth() ? monthOf(m.group("mon"), year != null) : number(m.group("m"));
        if (year != null && year < 100) {
            year += 2000;
        }
        if (month == null || (year != null && (year < 1900 || year > 2100))) {
            return null;
        }
        if (day == null) {
            return year == null ? null : new DateValue(year, month, null, null, null, DatePrecision.MONTH);
        }
        if (!valid(year == null ? 2024 : year, month, day)) {
            return null;
        }
        DateValue v = new DateValue(year, month, day, null, null, DatePrecision.DAY);
        return year == null && reference != null ? v.withYear(nearestYear(month, day, reference)) : v;
    }

    private Integer monthOf(String word, boolean withYear) {
        // a month name in lower case is more often a word ("mar", "des", "march 5") than a month,
        // unless a year follows a full name ("29 oktober 2013")
        if (!Character.isUpperCase(word.charAt(0)) && (word.length() <= 3 || !withYear)) {
            return null;
        }
        return months.get(word.toLowerCase(Locale.ROOT));
    }

    private DateValue timeOf(Matcher m) {
        String h = m.group("h1") != null ? m.group("h1") : m.group("h2");
        String min = m.group("h1") != null ? m.group("m1") : m.group("m2");
        String z = m.group("h1") != null ? m.group("z1") : m.group("z2");
        int hour = Integer.parseInt(h);
        int minute = Integer.parseInt(min);
        if (hour > 24 || minute > 59) {
            return null;
        }
        LocalTime time = hour == 24 ? LocalTime.MIDNIGHT : LocalTime.of(hour, minute);
        ZoneOffset offset = z == null ? null : zones.get(z.toLowerCase(Locale.ROOT));
        return new DateValue(null, null, null, time, offset, DatePrecision.TIME);
    }

    /** Joins a time to the date just before it ("Rabu (9/4/2025) pukul 05.12 WIB"). */
    private List<DateMention> merge(String text, List<DateMention> dates, List<DateMention> times) {
        List<DateMention> out = new ArrayList<>(dates);
        for (DateMention t : times) {
            if (out.stream().anyMatch(d -> overlaps(d.span(), t.span()))) {
                continue;
            }
            DateMention before = out.stream()
                    .filter(d -> d.span().end() <= t.span().start() && d.value().day() != null
                            && d.value().time() == null)
                    .max(Comparator.comparingInt(d -> d.span().end())).orElse(null);
            if (before != null && t.span().start() - before.span().end() <= 14
                    && JOIN.matcher(text.substring(before.span().end(), t.span().start())).matches()) {
                out.remove(before);
                out.add(new DateMention(new Span(before.span().start(), t.span().end()),
                        before.value().withTime(t.value().time(), t.value().offset())));
            } else {
                out.add(t);
            }
        }
        out.sort(Comparator.comparing(DateMention::span));
        return out;
    }

    private static List<DateMention> withoutOverlaps(List<DateMention> found) {
        List<DateMention> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt((DateMention d) -> d.span().length()).reversed()
                .thenComparing(DateMention::span));
        List<DateMention> kept = new ArrayList<>();
        for (DateMention d : sorted) {
            if (kept.stream().noneMatch(k -> overlaps(k.span(), d.span()))) {
                kept.add(d);
            }
        }
        kept.sort(Comparator.comparing(DateMention::span));
        return kept;
    }

    private static boolean overlaps(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    private static Integer number(String digits) {
        return digits == null ? null : Integer.valueOf(digits);
    }

    private static boolean valid(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** The year that puts day/month nearest to the reference, preferring the past (news reports what happened). */
    static int nearestYear(int month, int day, LocalDate reference) {
        int best = reference.getYear();
        long bestScore = Long.MAX_VALUE;
        for (int y = reference.getYear() - 1; y <= reference.getYear() + 1; y++) {
            if (!valid(y, month, day)) {
                continue;
            }
            long diff = ChronoUnit.DAYS.between(reference, LocalDate.of(y, month, day));
            long score = diff > 7 ? diff * 3 : Math.abs(diff);
            if (score < bestScore) {
                bestScore = score;
                best = y;
            }
        }
        return best;
    }
}
