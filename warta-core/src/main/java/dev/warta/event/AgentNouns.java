package dev.warta.event;

import dev.warta.lang.ActorWords;
import dev.warta.text.Words;
import java.util.Set;

/**
 * The agent nouns of one sentence's language as the actor readers look them up: a plural stands for its singular
 * ("protesters" for "protester"), and an agent phrase may run over several words ("pendukung pasangan calon").
 */
final class AgentNouns {
    private final Words w;
    private final ActorWords words;
    private final Set<String> pluralSuffixes;

    AgentNouns(Words w, ActorWords words, Set<String> pluralSuffixes) {
        this.w = w;
        this.words = words;
        this.pluralSuffixes = pluralSuffixes;
    }

    /** Words of the agent phrase starting at word {@code at}, 0 if none. */
    int wordsAt(int at) {
        return w.phraseAt(at, phrase -> words.agents().containsKey(singular(phrase)));
    }

    /** The agent word a plural stands for ("protesters" -> "protester"), or the phrase itself. */
    String singular(String phrase) {
        if (words.agents().containsKey(phrase)) {
            return phrase;
        }
        for (String suffix : pluralSuffixes) {
            String stem = phrase.endsWith(suffix) ? phrase.substring(0, phrase.length() - suffix.length()) : phrase;
            if (words.agents().containsKey(stem)) {
                return stem;
            }
        }
        return phrase;
    }
}
