package dev.warta.ner;

import dev.warta.model.EntityType;
import dev.warta.model.Mention;
import dev.warta.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * The mentions of a document as roles read them: which name an affiliation is, and the organizations an
 * affiliation adds when it is longer than any one name ("BPBD Kota Bekasi" over "BPBD" and "Kota Bekasi").
 */
final class Affiliations {
    private static final Comparator<Mention> ORDER = Comparator.comparingInt((Mention m) -> m.span().start())
            .thenComparing(m -> -m.span().end());
    private final List<Mention> mentions;

    private final Predicate<String> organizationWord;
    private final Predicate<String> placeName;

    Affiliations(List<Mention> mentions, Predicate<String> organizationWord, Predicate<String> placeName) {
        this.mentions = new ArrayList<>(mentions);
        this.organizationWord = organizationWord;
        this.placeName = placeName;
    }

    List<Mention> mentions() {
        mentions.sort(ORDER);
        return mentions;
    }

    /** The persons, in text order. */
    List<Mention> persons() {
        return mentions().stream().filter(m -> m.type() == EntityType.PERSON).toList();
    }

    /** Some name covers part of the span. */
    boolean named(Span s) {
        return mentions.stream().anyMatch(m -> overlaps(m.span(), s));
    }

    boolean isOrganization(String name) {
        return organizationWord.test(name);
    }

    boolean isPlace(String name) {
        return placeName.test(name);
    }

    void addPerson(Span name) {
        mentions.add(new Mention(name, EntityType.PERSON));
    }

    /** The place mention that starts right after {@code from} and its spaces, or null. */
    Mention placeAfter(String text, int from) {
        int start = from;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int at = start;
        return mentions.stream().filter(m -> m.type() == EntityType.LOCATION && m.span().start() == at)
                .findFirst().orElse(null);
    }

    /** The place mention as the place {@code rest} and the person {@code name}. */
    void splitOff(Mention place, Span rest, Span name) {
        replace(place, new Mention(rest, EntityType.LOCATION));
        addPerson(name);
    }

    /** The span of the mention that ends at {@code end}, or null. */
    Span mentionEndingAt(int end) {
        return mentions.stream().map(Mention::span).filter(m -> m.end() == end).findFirst().orElse(null);
    }

    /** The word lies inside the name of an organization or place. */
    boolean insideName(Span word) {
        return mentions.stream().anyMatch(m -> m.type() != EntityType.PERSON && m.span().contains(word));
    }

    /** "utusan khusus Presiden Putin": the affiliation ends with a person. */
    boolean endsWithPerson(Span of) {
        return person(of) != null;
    }

    boolean holdsPerson(Span of) {
        return mentions.stream().anyMatch(m -> m.type() == EntityType.PERSON && overlaps(of, m.span()));
    }

    /**
     * The role whose title ends at {@code title} and whose affiliation is written at {@code of}: a person
     * ending it, the one name it is, or a new organization over it; words before the first name join the
     * title.
     */
    RoleDraft resolve(String text, Span title, Span of, String gloss, Span evidence, Mention person) {
        Mention principal = person(of);
        if (of.length() == 0 || principal != null) {
            return draft(text, title, gloss, principal == null ? null : principal.span(), evidence, person);
        }
        List<Mention> inside = mentions.stream().filter(m -> m.type() != EntityType.PERSON
                && of.contains(m.span())).sorted(ORDER).toList();
        if (inside.isEmpty() && (organizationWord.test(of.of(text)) || placeName.test(of.of(text)))) {
            // "Ketua DPR Puan Maharani", "Perdana Menteri Jepang Sanae Takaichi": a name the document or the
            // gazetteer knows is the affiliation, though the tagger missed it
            add(new Mention(of, organizationWord.test(of.of(text)) ? EntityType.ORGANIZATION : EntityType.LOCATION));
            return draft(text, title, gloss, of, evidence, person);
        }
        if (inside.isEmpty() && !of.of(text).contains(" ") && of.end() <= person.span().start()) {
            // one other word between title and name is the name's first word the tagger left out, or its
            // initials ("Jaksa Agung ST Burhanuddin")
            Mention whole = new Mention(new Span(of.start(), person.span().end()), EntityType.PERSON);
            replace(person, whole);
            return draft(text, title, gloss, null, new Span(evidence.start(), whole.span().end()), whole);
        }
        if (inside.isEmpty()) {
            return draft(text, new Span(title.start(), of.end()), gloss, null, evidence, person);
        }
        Mention first = inside.getFirst();
        // words of the affiliation before its first name join the title; words before the affiliation do not
        Span fullTitle = new Span(title.start(), first.span().start() > of.start() ? Math.max(title.end(),
                first.span().start()) : title.end());
        Span rest = withoutAbbreviation(text, new Span(first.span().start(), of.end()));
        if (rest.equals(first.span()) || first.type() != EntityType.ORGANIZATION) {
            return draft(text, fullTitle, gloss, first.span(), evidence, person);
        }
        add(new Mention(rest, EntityType.ORGANIZATION));
        return draft(text, fullTitle, gloss, rest, evidence, person);
    }

    /** The person's mention without the words before {@code titleEnd}; null when nothing is left. */
    Mention withoutTitle(String text, Mention person, int titleEnd) {
        int start = titleEnd;
        while (start < person.span().end() && !Character.isLetter(text.charAt(start))) {
            start++;
        }
        Mention rest = start >= person.span().end() ? null : new Mention(new Span(start, person.span().end()),
                EntityType.PERSON);
        replace(person, rest);
        return rest;
    }

    private void replace(Mention old, Mention by) {
        int i = mentions.indexOf(old);
        if (by == null) {
            mentions.remove(i);
        } else {
            mentions.set(i, by);
        }
    }

    /** A final "(KPU)" is the abbreviation of the name before it, not part of it. */
    private static Span withoutAbbreviation(String text, Span s) {
        String written = s.of(text);
        int open = written.lastIndexOf('(');
        if (written.endsWith(")") && open > 0) {
            return new Span(s.start(), s.start() + written.substring(0, open).stripTrailing().length());
        }
        return s;
    }

    /** An organization found in an affiliation replaces the organizations inside it; places stay. */
    private void add(Mention organization) {
        if (mentions.stream().noneMatch(m -> m.span().equals(organization.span()))) {
            mentions.removeIf(m -> m.type() == EntityType.ORGANIZATION && organization.span().contains(m.span()));
            mentions.add(organization);
        }
    }

    private Mention person(Span of) {
        return of.length() == 0 ? null : mentions.stream().filter(m -> m.type() == EntityType.PERSON
                && m.span().end() == of.end() && of.contains(m.span())).findFirst().orElse(null);
    }

    private static RoleDraft draft(String text, Span title, String gloss, Span affiliation, Span evidence,
                                   Mention person) {
        return new RoleDraft(person, Titles.oneSpaced(title.of(text).strip()), gloss, affiliation, evidence);
    }

    private static boolean overlaps(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
