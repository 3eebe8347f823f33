package dev.warta.lang;

import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;

/**
 * Calendar words of a language, keys lower-case: month names and abbreviations to 1-12,
 * weekday names, time-zone abbreviations to offsets, and words that introduce a time ("pukul").
 */
public record CalendarWords(Map<String, Integer> months, Set<String> weekdays, Map<String, ZoneOffset> zones,
                            Set<String> timeMarkers) {
}
