package dev.warta.model;

/** Why a piece of the input was left out of the article text. */
public enum RemovalKind {
    RELATED, VIDEO, AD, PROMO, SOCIAL, PAGINATION, CREDIT, TIMESTAMP, FOOTER, SEPARATOR
}
