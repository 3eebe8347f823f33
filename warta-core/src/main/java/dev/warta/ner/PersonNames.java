package dev.warta.ner;

import dev.warta.model.EntityType;
import dev.warta.model.Mention;
import dev.warta.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
     * Peskov"), of a first name that begins no other person's name ("Sjafrie told reporters" after
     * "Sjafrie Sjamsoeddin") and of a person's initials ("DS"), in text order. A word the text also writes in lower case is no sure sign of
     * the person ("Hakim" of "Arif Rahman Hakim" is also a judge).
     */
    static List<Mention> withRepeatedSurnames(String text, List<Mention> mentions) {
        Set<String> names = new HashSet<>();
        Map<String, Integer> firstNames = new HashMap<>();
        for (Mention m : mentions) {
            String name = m.span().of(text);
            int last = name.lastIndexOf(' ');
            if (m.type() == EntityType.PERSON && last < 0 && SpanRepair.isAcronym(name) && name.length() >= 2) {
                // "berinisial DS" then "usai DS menjalani pemeriksaan": initials stand for the person throughout
                names.add(name);
            }
            if (m.type() != EntityType.PERSON || last < 0) {
                continue;
            }
            String surname = name.substring(last + 1);
            if (distinctive(text, surname)) {
                names.add(surname);
            }
            String first = name.substring(0, name.indexOf(' '));
            if (distinctive(text, first)) {
                firstNames.merge(first, 1, Integer::sum);
            }
        }
        firstNames.forEach((first, persons) -> {
            if (persons == 1) {
                names.add(first);
            }
        });
        List<Mention> out = new ArrayList<>(mentions);
        for (String name : names) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                Span span = new Span(at, at + name.length());
                if (Words.isWordAt(text, span) && out.stream().noneMatch(m -> overlaps(m.span(), span))) {
                    out.add(new Mention(span, EntityType.PERSON));
                }
            }
        }
        out.sort(Comparator.comparingInt(m -> m.span().start()));
        return out;
    }

    private static boolean distinctive(String text, String word) {
        return word.length() > 3 && Character.isUpperCase(word.charAt(0))
                && !Words.occursAsWord(text, word.toLowerCase(Locale.ROOT));
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
