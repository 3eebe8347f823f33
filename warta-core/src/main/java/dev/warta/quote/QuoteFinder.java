package dev.warta.quote;

import dev.warta.lang.Language;
import dev.warta.model.Entity;
import dev.warta.model.Quote;
import dev.warta.model.Sentence;
import java.util.List;

/** Finds what was said in an article and who said it. */
public interface QuoteFinder {

    /** Quotes of {@code text}, in text order; spans are offsets into {@code text}. */
    List<Quote> find(String text, List<Sentence> sentences, List<Entity> entities, Language language);
}
