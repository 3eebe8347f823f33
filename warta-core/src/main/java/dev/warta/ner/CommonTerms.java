package dev.warta.ner;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Abbreviations a text defines for common nouns rather than names: the words before "(PSU)" are written in
 * lower case and their initials spell it ("pemungutan suara ulang (PSU)", "aparatur sipil negara (ASN)",
 * "pekerja migran Indonesia (PMI)"). Such an abbreviation names no organization, person or place.
 */
final class CommonTerms {
    private CommonTerms() {
    }

    static Set<String> in(String text) {
        Set<String> terms = new HashSet<>();
        for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
            String abbreviation = capitalsAt(text, open + 1);
            String[] before = abbreviation == null ? null : wordsBefore(text, open, abbreviation.length());
            if (before != null && Character.isLowerCase(before[0].charAt(0)) && spells(before, abbreviation)) {
                terms.add(abbreviation);
            }
        }
        return terms;
    }

    /** Two to six capitals closed by ")" at {@code from}, or null. */
    private static String capitalsAt(String text, int from) {
        int end = from;
        while (end < text.length() && end - from <= 6 && Character.isUpperCase(text.charAt(end))) {
            end++;
        }
        boolean closed = end < text.length() && text.charAt(end) == ')';
        return closed && end - from >= 2 && end - from <= 6 ? text.substring(from, end) : null;
    }

    /** The {@code n} words right before {@code end}, or null when there are fewer. */
    private static String[] wordsBefore(String text, int end, int n) {
        String[] words = new String[n];
        int at = end;
        for (int i = n - 1; i >= 0; i--) {
            while (at > 0 && Character.isWhitespace(text.charAt(at - 1))) {
                at--;
            }
            int wordEnd = at;
            while (at > 0 && Character.isLetter(text.charAt(at - 1))) {
                at--;
            }
            if (at == wordEnd) {
                return null;
            }
            words[i] = text.substring(at, wordEnd);
        }
        return words;
    }

    private static boolean spells(String[] words, String abbreviation) {
        for (int i = 0; i < words.length; i++) {
            if (Character.toUpperCase(words[i].charAt(0)) != abbreviation.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static boolean isTerm(Set<String> terms, String name) {
        return !terms.isEmpty() && terms.contains(name.strip().toUpperCase(Locale.ROOT)) && name.strip()
                .chars().allMatch(Character::isUpperCase);
    }
}
