package dev.warta.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.warta.lang.Language;
import dev.warta.lang.Languages;
import dev.warta.model.EntityType;
import dev.warta.model.Mention;
import dev.warta.model.Span;
import dev.warta.segment.RuleSegmenter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaggerRecognizerTest {
    private static final Languages LANGUAGES = Languages.discover();

    private static List<Mention> mentions(String text) {
        Language id = LANGUAGES.get("id").orElseThrow();
        var sentences = new RuleSegmenter().segment(text, List.of(new Span(0, text.length())), id);
        return new TaggerRecognizer(NerTagger.shipped(), LANGUAGES.all()).mentions(text, sentences);
    }

    @Test
    void honorificsAndTitlesAreNotPartOfAName() {
        String text = "Bapak H. Ahmad Subagyo, S.H. mengatakan Prof. Dr. Siti Nurhaliza akan hadir di Bandung.";
        assertThat(mentions(text)).extracting(m -> m.type(), m -> m.span().of(text)).contains(
                tuple(EntityType.PERSON, "Ahmad Subagyo"), tuple(EntityType.PERSON, "Siti Nurhaliza"),
                tuple(EntityType.LOCATION, "Bandung"));
    }

    @Test
    void mentionOffsetsPointIntoTheText() {
        String text = "Presiden Prabowo Subianto bertemu Perdana Menteri Anwar Ibrahim di Jakarta.";
        assertThat(mentions(text)).extracting(m -> m.span().of(text))
                .contains("Prabowo Subianto", "Anwar Ibrahim", "Jakarta");
    }
}
