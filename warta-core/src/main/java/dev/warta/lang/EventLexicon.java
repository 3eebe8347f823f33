package dev.warta.lang;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The event triggers of a language: surface word sequences with a CAMEO code and a frame, read from
 * {@code event-verbs.tsv} ({@code pattern<TAB>cameo<TAB>frame<TAB>gloss}). Matching is on lower-cased
 * surface tokens, longest pattern first, so a phrase ("menggelar unjuk rasa") wins over its verb.
 * A quantity may stand between a trigger pattern's first word and its second ("membongkar puluhan lapak",
 * "mengirimkan 10 ton bantuan"). From the first {@code *} (one to {@value #GAP_REACH} words, the object:
 * "menetapkan * sebagai tersangka") or bracket (a required object that is an actor of its own:
 * "membubarkan [massa]", "mengusir [duta besar]") on, the pattern must be there but is not part of the trigger, so the actor
 * finder reads the object. A row coded {@code -} is a phrase a trigger begins that tells no event
 * ("menahan suku bunga"), listed so that it wins over the trigger.
 */
public final class EventLexicon {
    /** Most words a {@code *} of a pattern stands for. */
    static final int GAP_REACH = 8;
    private static final String GAP = "*";
    /** The code column of a phrase that is no event, so that it wins over the trigger inside it. */
    private static final String NOT_AN_EVENT = "-";

    /** One trigger pattern; {@code head} of its words are the trigger itself, the rest only must follow. */
    public record Trigger(List<String> words, String cameo, EventFrame frame, int head) {
        /** False for a phrase listed because a trigger begins it but it tells no event ("menahan suku bunga"). */
        public boolean event() {
            return !cameo.equals(NOT_AN_EVENT);
        }
    }

    /**
     * A trigger found in a sentence: its pattern, the words the trigger covers there and the words the whole
     * pattern covers (its object too: "mengizinkan konvoi bantuan" is one act, not also an aid).
     */
    public record Match(Trigger trigger, int length, int extent) {
    }

    private final Map<String, List<Trigger>> byFirstWord;
    private final Function<String, List<String>> activeForms;
    private final Set<String> quantities;

    private final Set<String> enclitics;

    private EventLexicon(Map<String, List<Trigger>> byFirstWord, Function<String, List<String>> activeForms,
                         Set<String> quantities, Set<String> enclitics) {
        this.byFirstWord = byFirstWord;
        this.activeForms = activeForms;
        this.quantities = quantities;
        this.enclitics = enclitics;
    }

    /**
     * Reads the lexicon; {@code activeForms} gives the active forms a passive word may come from
     * ("dipukul" -> "memukul"), so a verb listed only in the active also triggers in the passive;
     * {@code quantities} are the words of a quantity ("puluhan", "dua") besides numerals; {@code enclitics} are
     * object pronouns a verb may carry ("-nya" of "memeriksanya"), so a one-word verb also triggers with them.
     */
    static EventLexicon read(Class<?> owner, String resource, Function<String, List<String>> activeForms,
                             Set<String> quantities, Set<String> enclitics) {
        Map<String, List<Trigger>> byFirst = new HashMap<>();
        for (String line : WordList.read(owner, resource)) {
            String[] cells = line.split("\t");
            if (cells.length < 3 || !cells[1].strip().matches("\\d{2,4}|" + NOT_AN_EVENT)) {
                throw new IllegalStateException("bad line in " + resource + ": " + line);
            }
            List<String> raw = Arrays.asList(cells[0].strip().toLowerCase(Locale.ROOT).split("\\s+"));
            int head = raw.size();
            List<String> words = new ArrayList<>();
            for (String word : raw) {
                if ((word.startsWith("[") || word.equals(GAP)) && head == raw.size()) {
                    head = words.size();
                }
                words.add(word.equals(GAP) ? word : word.replace("[", "").replace("]", ""));
            }
            if (head == 0 || words.getLast().equals(GAP)) {
                throw new IllegalStateException("pattern must start and end with a word in " + resource + ": " + line);
            }
            Trigger t = new Trigger(List.copyOf(words), cells[1].strip(),
                    EventFrame.valueOf(cells[2].strip().toUpperCase(Locale.ROOT)), head);
            byFirst.computeIfAbsent(words.getFirst(), k -> new ArrayList<>()).add(t);
        }
        byFirst.values().forEach(list -> list.sort((a, b) -> b.words().size() - a.words().size()));
        Map<String, List<Trigger>> frozen = new HashMap<>();
        byFirst.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new EventLexicon(Map.copyOf(frozen), activeForms, Set.copyOf(quantities), Set.copyOf(enclitics));
    }

    /** The longest trigger starting at {@code words[at]}, or null; {@code words} are lower case. */
    public Match match(List<String> words, int at) {
        Match listed = listed(words, at, words.get(at));
        if (listed != null) {
            return listed;
        }
        for (String active : activeForms.apply(words.get(at))) {
            Match m = listed(words, at, active);
            if (m != null && m.trigger().frame() == EventFrame.ACTIVE) {
                Trigger t = m.trigger();
                return new Match(new Trigger(t.words(), t.cameo(), EventFrame.PASSIVE, t.head()), m.length(), m.extent());
            }
        }
        return withEnclitic(words.get(at));
    }

    /** A one-word active verb carrying an object pronoun ("memeriksanya"), or null. */
    private Match withEnclitic(String word) {
        for (String enclitic : enclitics) {
            String stem = word.length() > enclitic.length() && word.endsWith(enclitic)
                    ? word.substring(0, word.length() - enclitic.length()) : null;
            for (Trigger t : stem == null ? List.<Trigger>of() : byFirstWord.getOrDefault(stem, List.of())) {
                if (t.words().size() == 1 && t.frame() == EventFrame.ACTIVE && t.event()) {
                    return new Match(t, 1, 1);
                }
            }
        }
        return null;
    }

    private Match listed(List<String> words, int at, String first) {
        for (Trigger t : byFirstWord.getOrDefault(first, List.of())) {
            int extent = extent(t, words, at);
            if (extent > 0) {
                return new Match(t, t.head() == t.words().size() ? extent : covered(t, words, at), extent);
            }
        }
        return null;
    }

    /** The words of the sentence pattern {@code t} covers from {@code at}, its object too, or 0 when it is not there. */
    private int extent(Trigger t, List<String> words, int at) {
        return walk(t, words, at, t.words().size());
    }

    /** The words of the sentence the trigger of {@code t} itself covers from {@code at}, the pattern being there. */
    private int covered(Trigger t, List<String> words, int at) {
        return walk(t, words, at, t.head());
    }

    /** Where the sentence stands, relative to {@code at}, once pattern word {@code upTo} is reached; 0 when it is not there. */
    private int walk(Trigger t, List<String> words, int at, int upTo) {
        List<String> pattern = t.words();
        int i = at + 1;
        for (int k = 1; k < pattern.size(); k++) {
            if (k == upTo) {
                return i - at;
            }
            if (k == 1 && t.event()) {
                // a phrase that is no event is held to its words: "menangkap tiga kapal ikan" is an arrest
                i = afterQuantity(words, i, pattern.get(1));
            }
            if (pattern.get(k).equals(GAP)) {
                String next = pattern.get(++k);
                int found = -1;
                for (int j = i + 1; j < words.size() && j <= i + GAP_REACH && found < 0; j++) {
                    found = words.get(j).equals(next) ? j : -1;
                }
                if (found < 0) {
                    return 0;
                }
                i = found;
            } else if (i >= words.size() || !words.get(i).equals(pattern.get(k))) {
                return 0;
            }
            i++;
        }
        return i - at;
    }

    /** Where the pattern goes on after a quantity at {@code i} and the one measure word after it ("10 ton"). */
    private int afterQuantity(List<String> words, int i, String wanted) {
        int j = i;
        while (j < words.size() && !words.get(j).equals(wanted)
                && (quantities.contains(words.get(j)) || numeral(words.get(j)))) {
            j++;
        }
        if (j == i) {
            return i;
        }
        return j + 1 < words.size() && !words.get(j).equals(wanted) && words.get(j + 1).equals(wanted) ? j + 1 : j;
    }

    private static boolean numeral(String word) {
        return !word.isEmpty() && Character.isDigit(word.charAt(0)) && word.chars().allMatch(c -> Character.isDigit(c)
                || c == '.' || c == ',');
    }

    public int size() {
        return byFirstWord.values().stream().mapToInt(List::size).sum();
    }
}
