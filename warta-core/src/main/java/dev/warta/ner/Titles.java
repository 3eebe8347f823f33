package dev.warta.ner;

import dev.warta.lang.Language;
import dev.warta.lang.WordList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The titles of every language that stand before a person's name, matched in any case, with their gloss; a
 * title may follow the language's title modifiers ("former", "Vice", "mantan"), which make another title of it.
 */
final class Titles {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String MODIFIERS = "title-modifiers.txt";
    private final Map<String, String> glosses = new HashMap<>();
    private final Map<String, String> modifiers = new HashMap<>();
    private final Pattern title;
    /** The words that titles begin with, by length and first letter: most words begin none. */
    private final Map<Integer, List<String>> firstWords;

    Titles(List<Language> languages) {
        languages.forEach(l -> glosses.putAll(l.roleTitles()));
        languages.forEach(l -> modifiers.putAll(modifiers(l)));
        String titles = alternatives(glosses.keySet());
        String mods = modifiers.isEmpty() ? "" : "(?:(?:" + alternatives(modifiers.keySet()) + ")\\s+)*";
        firstWords = java.util.stream.Stream.concat(glosses.keySet().stream(), modifiers.keySet().stream())
                .map(t -> t.split(" ")[0]).distinct()
                .collect(Collectors.groupingBy(w -> key(w.length(), w.charAt(0))));
        title = Pattern.compile(mods + "(?:" + (titles.isEmpty() ? "(?!)" : titles) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The longest first, spaces matching any run of white space. */
    private static String alternatives(java.util.Set<String> phrases) {
        return phrases.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(t -> Pattern.quote(t).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
    }

    /** "former | former", "wakil | deputy": words that make a title another without being one. */
    private static Map<String, String> modifiers(Language language) {
        Map<String, String> out = new HashMap<>();
        if (language.getClass().getResource(MODIFIERS) != null) {
            for (String line : WordList.read(language.getClass(), MODIFIERS)) {
                String[] parts = line.split("\\s*\\|\\s*");
                out.put(parts[0].toLowerCase(Locale.ROOT), parts.length > 1 ? parts[1] : parts[0]);
            }
        }
        return out;
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

    /** The gloss of a title as written, its modifiers glossed before it ("former Vice Minister"). */
    String gloss(String written) {
        String rest = oneSpaced(written).toLowerCase(Locale.ROOT);
        StringBuilder mods = new StringBuilder();
        while (!glosses.containsKey(rest)) {
            String mod = modifierOpening(rest);
            if (mod == null) {
                return null;
            }
            mods.append(modifiers.get(mod)).append(' ');
            rest = rest.substring(mod.length() + 1);
        }
        return mods + glosses.get(rest);
    }

    /** The longest modifier that opens {@code title} and is followed by more words ("pelaksana tugas"), or null. */
    private String modifierOpening(String title) {
        String found = null;
        for (String mod : modifiers.keySet()) {
            if (title.startsWith(mod + " ") && (found == null || mod.length() > found.length())) {
                found = mod;
            }
        }
        return found;
    }

    /** "Juru  bicara" as "Juru bicara": a title written across a line break is one title. */
    static String oneSpaced(String s) {
        return SPACES.matcher(s).replaceAll(" ");
    }
}
