package dev.warta.ner;

import dev.warta.model.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * Trims the tagger's spans to the name they hold: honorifics and ranks around a person ("Bapak",
 * "Jenderal", "S.H.") or ending an organization's span, a parenthesis opened or closed outside the span
 * ("Badan Pengawas Pemilu (Bawaslu"), lower-case words before a name, a lone calendar word ("Sabtu").
 */
final class SpanRepair {
    private final NameWords names;

    SpanRepair(NameWords names) {
        this.names = names;
    }

    /** {@code cased}: names in this text are capitalised, and lower-case words that open a span are not names. */
    List<TokenMention> repair(List<String> words, List<TokenMention> spans, boolean cased) {
        List<TokenMention> out = new ArrayList<>();
        for (TokenMention s : atRanks(words, atCommas(words, spans))) {
            TokenMention t = balanced(words, trimmed(words, cased ? capitalised(words, s) : s));
            if (t == null || t.first() == t.last() && names.isCalendarWord(words.get(t.first()))) {
                continue;
            }
            out.add(t);
        }
        return out;
    }

    /**
     * Person and place spans split at their commas ("Kemlu, Yohanes Purba", "Nunukan, Kalimantan Utara");
     * an organization's name may hold a list ("Badan Meteorologi, Klimatologi, dan Geofisika").
     */
    private static List<TokenMention> atCommas(List<String> words, List<TokenMention> spans) {
        List<TokenMention> out = new ArrayList<>();
        for (TokenMention s : spans) {
            int from = s.first();
            for (int i = s.first(); i <= s.last() && s.type() != EntityType.ORGANIZATION; i++) {
                if (words.get(i).equals(",")) {
                    if (i > from) {
                        out.add(new TokenMention(from, i - 1, s.type()));
                    }
                    from = i + 1;
                }
            }
            if (from <= s.last()) {
                out.add(new TokenMention(from, s.last(), s.type()));
            }
        }
        return out;
    }

    /**
     * "Polda Metro Jaya Kombes Pol Ade | Ary Syam Indradi": an organization or place span running on over a
     * rank ends before it, and the name after the ranks is a person's, joined to the person span that may
     * follow. A rank word in an organization's own name stays ("Konsulat Jenderal RI").
     */
    private List<TokenMention> atRanks(List<String> words, List<TokenMention> spans) {
        List<TokenMention> out = new ArrayList<>();
        TokenMention carried = null;
        for (TokenMention s : spans) {
            if (carried != null && s.type() == EntityType.PERSON && s.first() == carried.last() + 1) {
                s = new TokenMention(carried.first(), s.last(), EntityType.PERSON);
            } else if (carried != null) {
                out.add(carried);
            }
            carried = null;
            int rank = s.type() == EntityType.PERSON ? -1 : firstRank(words, s);
            if (rank < 0) {
                out.add(s);
                continue;
            }
            out.add(new TokenMention(s.first(), rank - 1, s.type()));
            int name = rank;
            while (name <= s.last() && names.isHonorific(words.get(name))) {
                name++;
            }
            carried = name <= s.last() ? new TokenMention(name, s.last(), EntityType.PERSON) : null;
        }
        if (carried != null) {
            out.add(carried);
        }
        return out;
    }

    /** The first rank inside the span after its first word that no organization word ends with, or -1. */
    private int firstRank(List<String> words, TokenMention s) {
        for (int i = s.first() + 1; i < s.last(); i++) {
            if (names.isHonorific(words.get(i)) && !endsOrganizationWord(words, s.first(), i)) {
                return i;
            }
        }
        return -1;
    }

    private boolean endsOrganizationWord(List<String> words, int from, int i) {
        for (int j = from; j < i; j++) {
            if (names.organizationHeads.longestAt(words, j) == i) {
                return true;
            }
        }
        return false;
    }

    /** "desa Banjarbendo" as "Banjarbendo"; null when no capitalised word is left. */
    private static TokenMention capitalised(List<String> words, TokenMention s) {
        int first = s.first();
        while (first <= s.last() && !Words.startsUpper(words.get(first))) {
            first++;
        }
        return first > s.last() ? null : new TokenMention(first, s.last(), s.type());
    }

    /** Two or more capitals and nothing else: "BI", "KPK", not "Ir." or "A". */
    static boolean isAcronym(String word) {
        return word.length() >= 2 && word.chars().allMatch(Character::isUpperCase);
    }

    private TokenMention trimmed(List<String> words, TokenMention s) {
        if (s == null) {
            return null;
        }
        int first = s.first();
        int last = s.last();
        boolean person = s.type() == EntityType.PERSON;
        while (first <= last && person && names.isHonorific(words.get(first))) {
            first++;
        }
        while (last >= first && (names.isHonorific(words.get(last)) || words.get(last).equals(","))) {
            last--;
        }
        return first > last ? null : new TokenMention(first, last, s.type());
    }

    /** Cuts a span at a parenthesis whose partner lies outside it. */
    private static TokenMention balanced(List<String> words, TokenMention s) {
        if (s == null) {
            return null;
        }
        int first = s.first();
        int last = s.last();
        int open = -1;
        for (int i = first; i <= last; i++) {
            if (words.get(i).equals("(")) {
                open = i;
            } else if (words.get(i).equals(")")) {
                if (open < 0) {
                    first = i + 1;
                }
                open = -1;
            }
        }
        if (open >= 0) {
            last = open - 1;
        }
        return first > last ? null : new TokenMention(first, last, s.type());
    }
}
