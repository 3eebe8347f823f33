package dev.warta.segment;

import dev.warta.lang.Language;
import dev.warta.model.Sentence;
import dev.warta.model.Span;
import java.util.List;

/** Splits the paragraphs of a text into sentences of tokens. */
public interface Segmenter {
    List<Sentence> segment(String text, List<Span> paragraphs, Language language);
}
