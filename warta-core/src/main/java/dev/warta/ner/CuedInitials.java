package dev.warta.ner;

import dev.warta.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Persons the press names by their initials only, where a word introduces them ("berinisial DS",
 * "tersangka HS"), with the initials listed after them ("TS dan MDA", "RWS, LH").
 */
final class CuedInitials {
    /** Longer runs of capitals are acronyms of organizations, not a person's initials. */
    private static final int MAX_LETTERS = 4;
    private final NameWords names;

    CuedInitials(NameWords names) {
        this.names = names;
    }

    List<TokenMention> apply(List<String> words, List<TokenMention> spans) {
        List<TokenMention> out = spans;
        for (int i = 1; i < words.size(); i++) {
            if (!names.initialsCues.contains(words.get(i - 1).toLowerCase(Locale.ROOT)) || !initials(words.get(i))
                    || named(spans, i)) {
                continue;
            }
            out = out == spans ? new ArrayList<>(spans) : out;
            person(out, i);
            // "TS dan MDA", "RWS, LH": the list goes on over a comma or a conjunction
            while (i + 2 < words.size() && names.listJoiners.contains(words.get(i + 1)) && initials(words.get(i + 2))
                    && !named(spans, i + 2)) {
                i += 2;
                person(out, i);
            }
        }
        return out;
    }

    /** The token is a person, also where the tagger took the initials alone for an organization. */
    private static void person(List<TokenMention> spans, int token) {
        spans.removeIf(s -> s.first() == token && s.last() == token);
        spans.add(new TokenMention(token, token, EntityType.PERSON));
    }

    private static boolean initials(String word) {
        return word.length() >= 2 && word.length() <= MAX_LETTERS && SpanRepair.isAcronym(word);
    }

    /** Inside a name longer than the initials, or a person already. */
    private static boolean named(List<TokenMention> spans, int token) {
        return spans.stream().anyMatch(s -> s.covers(token) && (s.first() < s.last() || s.type() == EntityType.PERSON));
    }
}
