package dev.warta.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CoNLLTest {
    @Test
    void readsSentencesSplitOnTabOnly() {
        String text = "warga\tO\njakarta pusat\tB-LOC\nmenyambut\tO\n\n\nJoko\tB-PER\nWidodo\tI-PER\r\n";
        List<TaggedSentence> sentences = CoNLL.parse(text, "mem");
        assertThat(sentences).containsExactly(
                new TaggedSentence(List.of("warga", "jakarta pusat", "menyambut"), List.of("O", "B-LOC", "O")),
                new TaggedSentence(List.of("Joko", "Widodo"), List.of("B-PER", "I-PER")));
    }

    @Test
    void namesFileAndLineOfAMalformedLine() {
        assertThatThrownBy(() -> CoNLL.parse("Joko\tB-PER\n\nWidodo I-PER\n", "gold.conll"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("gold.conll:3:");
        assertThatThrownBy(() -> CoNLL.parse("Joko\tPERSON\n", "gold.conll"))
                .hasMessageStartingWith("gold.conll:1:");
        assertThatThrownBy(() -> CoNLL.parse("\tO\n", "gold.conll"))
                .hasMessageStartingWith("gold.conll:1:");
    }
}
