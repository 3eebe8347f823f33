package dev.warta.lang;

import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;

/**
 * Calendar words of a language, keys lower-case: month names and abbreviations to 1-12,
 * weekday names, time-zone abbreviations to offsets, and words that introduce a time ("pukul").
 * {@code modifiedWords} label the date a page was last changed ("updated", "diperbarui"), in its text
 * and in the class names of its markup; {@code firstPublishedWords} state that a page first appeared on
 * the date that follows ("originally published", "pertama kali tayang"). Both lower case.
 */
public record CalendarWords(Map<String, Integer> months, Set<String> weekdays, Map<String, ZoneOffset> zones,
                            Set<String> timeMarkers, Set<String> modifiedWords, Set<String> firstPublishedWords) {

    /** {@code monthNames[i]} holds every spelling of month i + 1 ("februari", "feb", "pebruari"). */
    public static CalendarWords of(String[][] monthNames, Set<String> weekdays, Map<String, ZoneOffset> zones,
                                   Set<String> timeMarkers, Set<String> modifiedWords, Set<String> firstPublishedWords) {
        Map<String, Integer> months = new java.util.HashMap<>();
        for (int m = 0; m < monthNames.length; m++) {
            for (String n : monthNames[m]) {
                months.put(n, m + 1);
            }
        }
        return new CalendarWords(Map.copyOf(months), Set.copyOf(weekdays), Map.copyOf(zones), Set.copyOf(timeMarkers),
                Set.copyOf(modifiedWords), Set.copyOf(firstPublishedWords));
    }
}
