package dev.warta.ner;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/** When two names of a document name one person: "Putin" and "Vladimir Putin", "Perry" and "Perry Warjiyo". */
final class PersonNames {
    private PersonNames() {
    }

    /**
     * The group among {@code persons} that {@code name} names: one with a name ending with it, or that it
     * ends with ("Yudhi Sadewa" then "Purbaya Yudhi Sadewa"); else the only one whose first word it is.
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
        if (lower.contains(" ")) {
            return null;
        }
        List<G> byFirstWord = persons.stream().filter(g -> namesOf.apply(g).stream()
                .anyMatch(n -> n.toLowerCase(Locale.ROOT).startsWith(lower + " "))).toList();
        return byFirstWord.size() == 1 ? byFirstWord.getFirst() : null;
    }
}
