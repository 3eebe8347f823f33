package dev.warta.ner;

import dev.warta.model.Mention;
import dev.warta.model.Sentence;
import java.util.List;

/** Finds the names of people, organizations and places in the sentences of a text. */
public interface EntityRecognizer {
    List<Mention> mentions(String text, List<Sentence> sentences);
}
