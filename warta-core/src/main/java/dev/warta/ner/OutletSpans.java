package dev.warta.ner;

import dev.warta.lang.Language;
import dev.warta.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * News outlets and agencies the languages list, capitalised inside a sentence, are organizations the tagger
 * may have left out ("Mengutip Bernama, ...", "Melansir Antara, ..."); a sentence's first word may be a
 * common word that shares an outlet's name ("Antara lain ...").
 */
final class OutletSpans {
    private final NameWords.Phrases outlets = new NameWords.Phrases();

    OutletSpans(List<Language> languages) {
        languages.forEach(l -> l.outletNames().forEach(outlets::add));
    }

    List<TokenMention> apply(List<String> words, List<TokenMention> spans) {
        List<String> lower = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        List<TokenMention> out = spans;
        for (int i = 1; i < words.size(); i++) {
            int last = Words.startsUpper(words.get(i)) ? outlets.longestAt(lower, i) : -1;
            if (last >= 0 && unnamed(spans, i, last)) {
                out = out == spans ? new ArrayList<>(spans) : out;
                out.add(new TokenMention(i, last, EntityType.ORGANIZATION));
                i = last;
            }
        }
        return out;
    }

    private static boolean unnamed(List<TokenMention> spans, int from, int to) {
        return spans.stream().noneMatch(s -> s.overlaps(from, to));
    }
}
