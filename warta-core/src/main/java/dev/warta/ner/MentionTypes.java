package dev.warta.ner;

import dev.warta.gazetteer.PlaceIds;
import dev.warta.model.EntityType;
import dev.warta.model.Mention;
import dev.warta.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Types the tagger gets wrong that the rest of the document or the gazetteer sets right: an
 * organization of this document read as a person ("KPK" alone, "BI Perry Warjiyo"); a country read as an
 * organization ("Indonesia") stays a place with its link; a country before a person's name is not part
 * of it ("Jepang Sanae Takaichi"); an abbreviation before a place is that place's branch of an
 * organization ("BPBD Pasaman Barat"). Initials of a person ("tersangka HS") stay persons unless the
 * document gives them to an organization.
 */
final class MentionTypes {
    private final PlaceIds places;

    MentionTypes(PlaceIds places) {
        this.places = places;
    }

    List<Mention> retype(String text, List<Mention> mentions, Abbreviations abbreviations) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            String name = m.span().of(text);
            int space = name.indexOf(' ');
            String first = space < 0 ? name : name.substring(0, space);
            String rest = space < 0 ? "" : name.substring(space + 1).strip();
            int restStart = m.span().end() - rest.length();
            if (m.type() == EntityType.PERSON && space > 0 && holdsOrganization(rest, abbreviations)) {
                // "Direktur [Operasi Laut Bakamla] Bambang Sudrajat": words of an affiliation, not a person
                continue;
            } else if (m.type() == EntityType.ORGANIZATION && isPlace(name)) {
                out.add(new Mention(m.span(), EntityType.LOCATION));
            } else if (m.type() == EntityType.PERSON && (space < 0 ? abbreviations.namesOrganization(first)
                    : abbreviations.namesOrganizationInContext(first))) {
                split(out, m.span(), first.length(), EntityType.ORGANIZATION, restStart, EntityType.PERSON);
            } else if (m.type() == EntityType.PERSON && rest.contains(" ") && isPlace(first)) {
                split(out, m.span(), first.length(), EntityType.LOCATION, restStart, EntityType.PERSON);
            } else if (m.type() == EntityType.LOCATION && SpanRepair.isAcronym(first) && !rest.isEmpty()
                    && !isPlace(name) && isPlace(rest)) {
                out.add(new Mention(m.span(), EntityType.ORGANIZATION));
                out.add(new Mention(new Span(restStart, m.span().end()), EntityType.LOCATION));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    private static boolean holdsOrganization(String words, Abbreviations abbreviations) {
        for (String w : words.split(" ")) {
            if (abbreviations.namesOrganization(w)) {
                return true;
            }
        }
        return false;
    }

    boolean isPlace(String name) {
        return places.wikidata(name).isPresent();
    }

    /** The first word as one type, the rest (if any) as another. */
    private static void split(List<Mention> out, Span span, int firstLength, EntityType firstType, int restStart,
                              EntityType restType) {
        out.add(new Mention(new Span(span.start(), span.start() + firstLength), firstType));
        if (restStart < span.end() && restStart > span.start() + firstLength) {
            out.add(new Mention(new Span(restStart, span.end()), restType));
        }
    }
}
