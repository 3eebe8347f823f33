package dev.warta.ner;

import dev.warta.model.EntityType;
import dev.warta.model.Mention;
import dev.warta.model.Sentence;
import dev.warta.model.Span;
import dev.warta.model.Token;
import java.util.ArrayList;
import java.util.List;

/** Mentions from the BIO tags that the sequence tagger gives each sentence's tokens. */
public final class TaggerRecognizer implements EntityRecognizer {
    private final NerTagger tagger;

    public TaggerRecognizer(NerTagger tagger) {
        this.tagger = tagger;
    }

    @Override
    public List<Mention> mentions(String text, List<Sentence> sentences) {
        List<Mention> out = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            List<String> words = tokens.stream().map(t -> t.span().of(text)).toList();
            List<String> tags = tagger.tag(words);
            int start = -1;
            String type = null;
            for (int i = 0; i <= tokens.size(); i++) {
                String tag = i < tags.size() ? tags.get(i) : "O";
                boolean continues = type != null && tag.equals("I-" + type);
                if (type != null && !continues) {
                    out.add(mention(tokens, start, i - 1, type));
                    type = null;
                }
                if (tag.startsWith("B-") || (tag.startsWith("I-") && type == null)) {
                    start = i;
                    type = tag.substring(2);
                }
            }
        }
        return out;
    }

    private static Mention mention(List<Token> tokens, int first, int last, String type) {
        Span span = new Span(tokens.get(first).span().start(), tokens.get(last).span().end());
        return new Mention(span, switch (type) {
            case "PER" -> EntityType.PERSON;
            case "ORG" -> EntityType.ORGANIZATION;
            default -> EntityType.LOCATION;
        });
    }
}
