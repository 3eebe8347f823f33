package dev.warta.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every language fills the word lists the quote and event stages read, so a stage never meets a gap. */
class LanguageDataTest {
    private final List<Language> languages = Languages.discover().all();

    @Test
    void everyLanguageGivesEveryKeyOfItsWordTables() {
        Class<?> reference = Languages.discover().get("id").orElseThrow().getClass();
        List<String> speech = KeyedWords.read(reference, "speech-words.txt").keys();
        List<String> clauses = KeyedWords.read(reference, "clause-words.txt").keys();
        for (Language l : languages) {
            assertThat(KeyedWords.read(l.getClass(), "speech-words.txt").keys()).as(l.code()).isEqualTo(speech);
            assertThat(KeyedWords.read(l.getClass(), "clause-words.txt").keys()).as(l.code()).isEqualTo(clauses);
        }
    }

    @Test
    void everyLanguageHasTriggersSpeechVerbsAndActors() {
        for (Language l : languages) {
            assertThat(l.events().size()).as(l.code()).isGreaterThan(300);
            assertThat(l.speech().after()).as(l.code()).isNotEmpty();
            assertThat(l.speech().before()).as(l.code()).isNotEmpty();
            assertThat(l.clauses().negators()).as(l.code()).isNotEmpty();
            assertThat(l.actors().names()).as(l.code()).isNotEmpty();
            assertThat(l.actors().agents()).as(l.code()).isNotEmpty();
        }
    }

    @Test
    void longestTriggerWins() {
        Language id = Languages.discover().get("id").orElseThrow();
        EventLexicon.Trigger t = id.events().match(List.of("buruh", "menggelar", "unjuk", "rasa"), 1).trigger();
        assertThat(t).isNotNull();
        assertThat(t.words()).containsExactly("menggelar", "unjuk", "rasa");
        assertThat(t.cameo()).startsWith("14");
        assertThat(id.events().match(List.of("rumah", "itu"), 0)).isNull();
    }
}
