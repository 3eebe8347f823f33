package dev.warta.model;

import java.util.List;

/**
 * A fully analysed document: the article and its annotation layers. All spans of the layers
 * are offsets into {@code article.text()}. {@code input} is the decoded input text that
 * {@link Evidence.Origin#INPUT} evidence points into.
 */
public record Document(String id, SourceRef source, String input, Article article, List<Sentence> sentences,
                       List<DateMention> dates, List<Entity> entities, List<Quote> quotes, List<Event> events)
        implements AnalysisResult {
    public Document {
        sentences = List.copyOf(sentences);
        dates = List.copyOf(dates);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
    }
}
