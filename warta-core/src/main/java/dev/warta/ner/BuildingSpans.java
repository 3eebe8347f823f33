package dev.warta.ner;

import dev.warta.model.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * Buildings and the institutions in them. A building that stands for an institution is an organization
 * ("Kremlin", "Gedung Putih"), split off a person span it was read into ("Kremlin Dmitry Peskov"). After
 * a building word stands the organization it houses ("Kantor Kemenko Perekonomian", "Gedung MK").
 */
final class BuildingSpans {
    private final NameWords names;

    BuildingSpans(NameWords names) {
        this.names = names;
    }

    List<TokenMention> apply(List<String> words, List<TokenMention> spans) {
        List<TokenMention> out = new ArrayList<>(spans.stream().flatMap(s -> withoutBuilding(words, s).stream())
                .toList());
        for (int i = 0; i < words.size(); i++) {
            int last = names.metonyms.longestAt(words, i);
            if (last >= 0 && standsAlone(words, out, last)) {
                out = replace(out, new TokenMention(i, last, EntityType.ORGANIZATION));
                i = last;
            }
        }
        return out;
    }

    /**
     * "Kantor Kemenko Perekonomian", "Gedung MK": after the building word stands an organization's name or
     * abbreviation, which is the organization; the building stays a place when the tagger said so
     * ("di Gedung DPR/MPR"). "Gedung Merah Putih" is a building only.
     */
    private List<TokenMention> withoutBuilding(List<String> words, TokenMention s) {
        int next = s.first() + 1;
        if (s.last() < next || !names.buildings.contains(words.get(s.first()))
                || names.organizationHeads.longestAt(words, next) < 0 && !SpanRepair.isAcronym(words.get(next))) {
            return List.of(s);
        }
        TokenMention organization = new TokenMention(next, s.last(), EntityType.ORGANIZATION);
        return s.type() == EntityType.LOCATION ? List.of(s, organization) : List.of(organization);
    }

    /** "Istana Bogor" is a palace by name; "Istana" before a verb or a person is the presidency. */
    private static boolean standsAlone(List<String> words, List<TokenMention> spans, int last) {
        int next = last + 1;
        return next >= words.size() || !Words.startsUpper(words.get(next))
                || spans.stream().anyMatch(s -> s.type() == EntityType.PERSON && s.covers(next));
    }

    /** Puts {@code name} in place of the spans it overlaps, keeping the rest of a person's ("Dmitry Peskov"). */
    private static List<TokenMention> replace(List<TokenMention> spans, TokenMention name) {
        List<TokenMention> out = new ArrayList<>();
        for (TokenMention s : spans) {
            if (!s.overlaps(name.first(), name.last())) {
                out.add(s);
            } else if (s.type() == EntityType.PERSON) {
                if (s.first() < name.first()) {
                    out.add(new TokenMention(s.first(), name.first() - 1, s.type()));
                }
                if (s.last() > name.last()) {
                    out.add(new TokenMention(name.last() + 1, s.last(), s.type()));
                }
            }
        }
        out.add(name);
        return out;
    }
}
