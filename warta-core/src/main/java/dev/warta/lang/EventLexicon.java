package dev.warta.lang;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

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
    private final Function<String, List<String>> activeForms;

    private EventLexicon(Map<String, List<Trigger>> byFirstWord, Function<String, List<String>> activeForms) {
        this.byFirstWord = byFirstWord;
        this.activeForms = activeForms;
    }

    /**
     * Reads the lexicon; {@code activeForms} gives the active forms a passive word may come from
     * ("dipukul" -> "memukul"), so a verb listed only in the active also triggers in the passive.
     */
    static EventLexicon read(Class<?> owner, String resource, Function<String, List<String>> activeForms) {
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
        return new EventLexicon(Map.copyOf(frozen), activeForms);
    }

    /** The longest trigger starting at {@code words[at]}, or null; {@code words} are lower case. */
    public Trigger match(List<String> words, int at) {
        Trigger listed = listed(words, at, words.get(at));
        if (listed != null) {
            return listed;
        }
        for (String active : activeForms.apply(words.get(at))) {
            Trigger t = listed(words, at, active);
            if (t != null && t.frame() == EventFrame.ACTIVE) {
                return new Trigger(t.words(), t.cameo(), EventFrame.PASSIVE);
            }
        }
        return null;
    }

    private Trigger listed(List<String> words, int at, String first) {
        for (Trigger t : byFirstWord.getOrDefault(first, List.of())) {
            int n = t.words().size();
            if (at + n <= words.size() && words.subList(at + 1, at + n).equals(t.words().subList(1, n))) {
                return t;
            }
        }
        return null;
    }

    public int size() {
        return byFirstWord.values().stream().mapToInt(List::size).sum();
    }
}
