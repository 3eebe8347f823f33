package dev.warta.event;

import dev.warta.lang.Language;
import dev.warta.model.Article;
import dev.warta.model.DateMention;
import dev.warta.model.Entity;
import dev.warta.model.Event;
import dev.warta.model.Quote;
import dev.warta.model.Sentence;
import java.util.List;

/** Finds the political events an article reports and codes them in CAMEO and PLOVER. */
public interface EventCoder {

    /** Events of the article, in text order; spans are offsets into {@code article.text()}. */
    List<Event> code(Article article, List<Sentence> sentences, List<DateMention> dates, List<Entity> entities,
                     List<Quote> quotes, Language language);
}
