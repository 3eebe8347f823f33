package dev.warta.model;

/** A token of the article text. */
public record Token(Span span) {
    public Token(int start, int end) {
        this(new Span(start, end));
    }
}
