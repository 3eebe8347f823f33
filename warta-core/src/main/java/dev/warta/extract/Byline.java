package dev.warta.extract;

import java.util.List;

/** Names from one place on a page, and what kind of place it is. */
record Byline(List<String> names, Source source) {
    /** Where a name was found, which decides what a site or team name counts for. */
    enum Source {
        /** JSON-LD author node: one node, one author. */
        PERSON_NODE,
        /** JSON-LD author string. */
        PERSON,
        /** JSON-LD author that is an organization (not the publisher): an author only when no person is named. */
        ORGANIZATION,
        /** Meta tags. */
        METADATA,
        /** An element that holds only the name (rel=author, an author link, a "name" element). */
        MARKED,
        /** Byline text, where a single word is too weak to be a name. */
        TEXT,
        /** A line whose writer's label ("By", "Written by") says a name follows: one word is a name too. */
        CREDIT;

        boolean isJsonLd() {
            return this == PERSON || this == PERSON_NODE || this == ORGANIZATION;
        }

        boolean isVisible() {
            return this == MARKED || this == TEXT || this == CREDIT;
        }
    }
}
