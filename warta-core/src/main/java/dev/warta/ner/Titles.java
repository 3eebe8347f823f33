package dev.warta.ner;

import dev.warta.lang.Language;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The titles of every language that stand before a person's name, matched in any case, with their gloss. */
final class Titles {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private final Map<String, String> glosses = new HashMap<>();
    private final Pattern title;
    /** The words that titles begin with, by length and first letter: most words begin none. */
    private final Map<Integer, List<String>> firstWords;

    Titles(List<Language> languages) {
        languages.forEach(l -> glosses.putAll(l.roleTitles()));
        String titles = glosses.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(t -> Pattern.quote(t).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
        firstWords = glosses.keySet().stream().map(t -> t.split(" ")[0]).distinct()
                .collect(Collectors.groupingBy(w -> key(w.length(), w.charAt(0))));
        title = Pattern.compile("(?:" + (titles.isEmpty() ? "(?!)" : titles) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The end of the longest title that starts at {@code at} and ends by {@code limit}, or -1. */
    int end(String text, int at, int limit) {
        if (!startsTitle(text, at)) {
            return -1;
        }
        Matcher m = title.matcher(text).region(at, limit).useTransparentBounds(true);
        return m.lookingAt() ? m.end() : -1;
    }

    /** The word at {@code at} is the first word of some title; asked of most words, so it allocates nothing. */
    boolean startsTitle(String text, int at) {
        int end = at;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        for (String word : firstWords.getOrDefault(key(end - at, text.charAt(at)), List.of())) {
            if (text.regionMatches(true, at, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    private static int key(int length, char first) {
        return length * 65536 + Character.toLowerCase(first);
    }

    String gloss(String written) {
        return glosses.get(oneSpaced(written).toLowerCase(Locale.ROOT));
    }

    /** "Juru  bicara" as "Juru bicara": a title written across a line break is one title. */
    static String oneSpaced(String s) {
        return SPACES.matcher(s).replaceAll(" ");
    }
}
