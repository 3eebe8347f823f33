package dev.warta.model;

import java.util.List;

/** A sentence of the article text and its tokens. */
public record Sentence(Span span, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }
}
