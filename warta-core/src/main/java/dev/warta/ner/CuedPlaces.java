package dev.warta.ner;

import dev.warta.model.EntityType;
import java.util.ArrayList;
import java.util.List;

/** Places the tagger left out where a word introduces them ("wilayah Donbas", "kawasan Puncak"). */
final class CuedPlaces {
    private final NameWords names;

    CuedPlaces(NameWords names) {
        this.names = names;
    }

    /** A capitalised word after a place cue, in no name yet, is a place, with the capitalised words after it. */
    List<TokenMention> apply(List<String> words, List<TokenMention> spans) {
        List<TokenMention> out = spans;
        for (int i = 0; i + 1 < words.size(); i++) {
            int name = names.placeCues.longestAt(words, i) + 1;
            if (name > 0 && name < words.size() && Words.startsUpper(words.get(name)) && unnamed(spans, name)) {
                int last = name;
                while (last + 1 < words.size() && Words.startsUpper(words.get(last + 1)) && unnamed(spans, last + 1)) {
                    last++;
                }
                out = out == spans ? new ArrayList<>(spans) : out;
                out.add(new TokenMention(name, last, EntityType.LOCATION));
                i = last;
            }
        }
        return out;
    }

    private static boolean unnamed(List<TokenMention> spans, int token) {
        return spans.stream().noneMatch(s -> s.covers(token));
    }
}
