package dev.warta.lang;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The event triggers of a language: surface word sequences with a CAMEO code and a frame, read from
 * {@code event-verbs.tsv} ({@code pattern<TAB>cameo<TAB>frame<TAB>gloss}). Matching is on lower-cased
 * surface tokens, longest pattern first, so a phrase ("menggelar unjuk rasa") wins over its verb.
 */
public final class EventLexicon {
    /** One trigger pattern. */
    public record Trigger(List<String> words, String cameo, EventFrame frame) {
    }

    private final Map<String, List<Trigger>> byFirstWord;

    private EventLexicon(Map<String, List<Trigger>> byFirstWord) {
        this.byFirstWord = byFirstWord;
    }

    static EventLexicon read(Class<?> owner, String resource) {
        Map<String, List<Trigger>> byFirst = new HashMap<>();
        for (String line : WordList.read(owner, resource)) {
            String[] cells = line.split("\t");
            if (cells.length < 3 || !cells[1].strip().matches("\\d{2,4}")) {
                throw new IllegalStateException("bad line in " + resource + ": " + line);
            }
            List<String> words = Arrays.asList(cells[0].strip().toLowerCase(Locale.ROOT).split("\\s+"));
            Trigger t = new Trigger(List.copyOf(words), cells[1].strip(),
                    EventFrame.valueOf(cells[2].strip().toUpperCase(Locale.ROOT)));
            byFirst.computeIfAbsent(words.getFirst(), k -> new ArrayList<>()).add(t);
        }
        byFirst.values().forEach(list -> list.sort((a, b) -> b.words().size() - a.words().size()));
        Map<String, List<Trigger>> frozen = new HashMap<>();
        byFirst.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new EventLexicon(Map.copyOf(frozen));
    }

    /** The longest trigger starting at {@code words[at]}, or null; {@code words} are lower case. */
    public Trigger match(List<String> words, int at) {
        for (Trigger t : byFirstWord.getOrDefault(words.get(at), List.of())) {
            if (at + t.words().size() <= words.size() && words.subList(at, at + t.words().size()).equals(t.words())) {
                return t;
            }
        }
        return null;
    }

    public int size() {
        return byFirstWord.values().stream().mapToInt(List::size).sum();
    }
}
