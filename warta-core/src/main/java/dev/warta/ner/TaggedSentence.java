package dev.warta.ner;

import java.util.List;

/** A sentence of tokens with one BIO tag per token ("O", "B-PER", "I-LOC", ...). */
public record TaggedSentence(List<String> tokens, List<String> tags) {
    public TaggedSentence {
        tokens = List.copyOf(tokens);
        tags = List.copyOf(tags);
        if (tokens.size() != tags.size()) {
            throw new IllegalArgumentException(tokens.size() + " tokens but " + tags.size() + " tags");
        }
    }
}
