package dev.warta.event;

import dev.warta.model.Entity;
import dev.warta.model.EventActor;
import dev.warta.model.Span;

/**
 * A possible participant in a sentence: words [from, to), the text naming it, its entity if any, its code;
 * {@code bothSides} when the words stand for the two sides of an interaction told before ("kedua pihak").
 */
record Actor(int from, int to, Span span, Entity entity, String code, boolean bothSides) {
    /** Letters of the country part of an actor code ("IDN" of "IDNCOP"). */
    static final int COUNTRY_CODE = 3;
    /** The role part of a country's code when the country acts as its government ("IDNGOV"). */
    static final String GOVERNMENT = "GOV";

    Actor(int from, int to, Span span, Entity entity, String code) {
        this(from, to, span, entity, code, false);
    }

    EventActor toEventActor() {
        return new EventActor(entity == null ? null : entity.id(), span, code);
    }

    boolean sameAs(Actor other) {
        return other != null && (entity != null ? other.entity != null && entity.id().equals(other.entity.id())
                : other.entity == null && span.equals(other.span));
    }
}
