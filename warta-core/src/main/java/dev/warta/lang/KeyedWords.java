package dev.warta.lang;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a word-list resource of lines {@code key: entry | entry | ...}, entries lower-cased (an entry
 * may hold several words). A key a language does not fill is an empty set, so a stage asks for what it
 * knows and a language without such words simply never matches.
 */
public final class KeyedWords {
    private final Map<String, Set<String>> lists;

    private KeyedWords(Map<String, Set<String>> lists) {
        this.lists = lists;
    }

    public static KeyedWords read(Class<?> owner, String resource) {
        Map<String, Set<String>> lists = new HashMap<>();
        for (String line : WordList.read(owner, resource)) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalStateException("line without 'key:' in " + resource + ": " + line);
            }
            Set<String> entries = Arrays.stream(line.substring(colon + 1).split("\\|"))
                    .map(w -> w.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))
                    .filter(w -> !w.isEmpty()).collect(Collectors.toUnmodifiableSet());
            lists.merge(line.substring(0, colon).strip(), entries, (a, b) -> {
                throw new IllegalStateException("key given twice in " + resource + ": " + line);
            });
        }
        return new KeyedWords(Map.copyOf(lists));
    }

    public Set<String> get(String key) {
        return lists.getOrDefault(key, Set.of());
    }

    /** Keys present in the resource, for checking that a language fills what a stage reads. */
    public List<String> keys() {
        return lists.keySet().stream().sorted().toList();
    }
}
