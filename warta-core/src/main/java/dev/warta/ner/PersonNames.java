package dev.warta.ner;

import dev.warta.model.EntityType;
import dev.warta.model.Mention;
import dev.warta.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * When two names of a document name one person: "Putin" and "Vladimir Putin", "Perry" and "Perry Warjiyo";
 * and the repeats of a last name the tagger left out.
 */
final class PersonNames {
    private PersonNames() {
    }

    /**
     * The mentions with the untagged repeats of a person's last name ("Peskov menegaskan" after "Dmitry
     * Peskov"), in text order.
     */
    static List<Mention> withRepeatedSurnames(String text, List<Mention> mentions) {
        Set<String> surnames = new HashSet<>();
        for (Mention m : mentions) {
            String name = m.span().of(text);
            int space = name.lastIndexOf(' ');
            if (m.type() == EntityType.PERSON && space > 0 && name.length() - space > 3
                    && Character.isUpperCase(name.charAt(space + 1))) {
                String surname = name.substring(space + 1);
                // "Hakim" of "Arif Rahman Hakim" is also a judge: a word the text writes in lower case is no
                // sure sign of the person
                if (!Words.occursAsWord(text, surname.toLowerCase(Locale.ROOT))) {
                    surnames.add(surname);
                }
            }
        }
        List<Mention> out = new ArrayList<>(mentions);
        for (String surname : surnames) {
            for (int at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
                Span span = new Span(at, at + surname.length());
                if (Words.isWordAt(text, span) && mentions.stream().noneMatch(m -> overlaps(m.span(), span))) {
                    out.add(new Mention(span, EntityType.PERSON));
                }
            }
        }
        out.sort(Comparator.comparingInt(m -> m.span().start()));
        return out;
    }

    private static boolean overlaps(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    /**
     * The group among {@code persons} that {@code name} names: one with a name ending with it, or that it
     * ends with ("Yudhi Sadewa" then "Purbaya Yudhi Sadewa"); else the only one whose first words it is
     * ("Ade Ary" of "Ade Ary Syam Indradi").
     */
    static <G> G sameAs(List<G> persons, Function<G, Set<String>> namesOf, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (G g : persons) {
            for (String n : namesOf.apply(g)) {
                String other = n.toLowerCase(Locale.ROOT);
                if (other.endsWith(" " + lower) || lower.endsWith(" " + other)) {
                    return g;
                }
            }
        }
        List<G> byFirstWords = persons.stream().filter(g -> namesOf.apply(g).stream()
                .anyMatch(n -> n.toLowerCase(Locale.ROOT).startsWith(lower + " "))).toList();
        return byFirstWords.size() == 1 ? byFirstWords.getFirst() : null;
    }
}
