package dev.warta.model;

/**
 * Why a piece of the input was left out of the article text. {@code LABEL} is a short line standing
 * before the lead (a section name, a kicker) that pages print above the story.
 */
public enum RemovalKind {
    RELATED, VIDEO, AD, PROMO, SOCIAL, PAGINATION, CREDIT, TIMESTAMP, FOOTER, SEPARATOR, LABEL
}
