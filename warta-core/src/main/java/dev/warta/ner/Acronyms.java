package dev.warta.ner;

import dev.warta.model.EntityType;
import dev.warta.model.Mention;
import dev.warta.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Capitalised abbreviations the tagger read as persons although the document uses them for an
 * organization: "KPK" alone, or "BI" before a name ("Gubernur BI Perry Warjiyo"). Initials of a person
 * ("tersangka HS") stay persons unless the document gives them an organization.
 */
final class Acronyms {
    private Acronyms() {
    }

    static List<Mention> retype(String text, List<Mention> mentions, Abbreviations abbreviations) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            String name = m.span().of(text);
            int space = name.indexOf(' ');
            String first = space < 0 ? name : name.substring(0, space);
            if (m.type() != EntityType.PERSON || !abbreviations.namesOrganization(first)) {
                out.add(m);
            } else if (space < 0) {
                out.add(new Mention(m.span(), EntityType.ORGANIZATION));
            } else {
                int start = m.span().start();
                out.add(new Mention(new Span(start, start + space), EntityType.ORGANIZATION));
                int rest = start + space + 1;
                while (Character.isWhitespace(text.charAt(rest))) {
                    rest++;
                }
                out.add(new Mention(new Span(rest, m.span().end()), EntityType.PERSON));
            }
        }
        return out;
    }
}
