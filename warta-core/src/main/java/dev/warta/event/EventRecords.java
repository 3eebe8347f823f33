package dev.warta.event;

import dev.warta.lang.ClauseWords;
import dev.warta.model.Article;
import dev.warta.model.DateMention;
import dev.warta.model.EntityType;
import dev.warta.model.Event;
import dev.warta.model.EventLocation;
import dev.warta.model.Sentence;
import dev.warta.model.Span;
import dev.warta.text.Mentions;
import dev.warta.text.Words;
import java.util.List;

/**
 * Builds the event records of one sentence: the act's codes, its date (the first the sentence states, else the
 * article's), where it happens (the first place the sentence puts something in) and its provenance, the spans of
 * the trigger and of the evidence from trigger to source and target.
 */
final class EventRecords {
    private final Article article;
    private final Sentence sentence;
    private final Words w;
    private final List<DateMention> dates;
    private final EventLocation location;

    EventRecords(Article article, Sentence sentence, Words w, List<DateMention> dates, Mentions mentions,
                 ClauseWords words) {
        this.article = article;
        this.sentence = sentence;
        this.w = w;
        this.dates = dates;
        this.location = location(w, mentions, words);
    }

    /** Where the sentence's events happen, or null when it names no place. */
    EventLocation location() {
        return location;
    }

    /** The event of trigger {@code t}, coded {@code c}, done by {@code source} to {@code target} (null when none). */
    Event of(Trigger t, CameoCodes.Code c, Actor source, Actor target) {
        Span trigger = new Span(w.span(t.from()).start(), w.span(t.to() - 1).end());
        DateMention stated = statedDate();
        return new Event(source.toEventActor(), target == null ? null : target.toEventActor(), c.code(),
                c.plover(), c.ploverMode(), c.quadClass(), c.goldstein(),
                stated != null ? stated.value() : article.published(),
                stated != null ? Event.DateBasis.TEXT : Event.DateBasis.ARTICLE,
                location, trigger, evidence(trigger, source, target));
    }

    /** The first date the sentence states to the day, or null. */
    private DateMention statedDate() {
        for (DateMention d : dates) {
            if (sentence.span().contains(d.span()) && d.value() != null && d.value().date() != null) {
                return d;
            }
        }
        return null;
    }

    /** The first place the sentence puts something in ("di Jakarta", "in Jakarta"). */
    private static EventLocation location(Words w, Mentions mentions, ClauseWords words) {
        for (int i = 0; i + 1 < w.size(); i++) {
            if (words.locatives().contains(w.word(i))) {
                Mentions.Located m = mentions.startingAt(w.span(i + 1).start());
                if (m != null && m.entity().type() == EntityType.LOCATION) {
                    return new EventLocation(m.entity().id(), m.mention().span());
                }
            }
        }
        return null;
    }

    private static Span evidence(Span trigger, Actor source, Actor target) {
        int start = Math.min(trigger.start(), source.span().start());
        int end = Math.max(trigger.end(), source.span().end());
        if (target != null) {
            start = Math.min(start, target.span().start());
            end = Math.max(end, target.span().end());
        }
        return new Span(start, end);
    }
}
