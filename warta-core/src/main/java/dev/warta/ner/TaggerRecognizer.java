package dev.warta.ner;

import dev.warta.model.EntityType;
import dev.warta.model.Mention;
import dev.warta.model.Sentence;
import dev.warta.model.Span;
import dev.warta.model.Token;
import dev.warta.lang.Language;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Mentions from the BIO tags that the sequence tagger gives each sentence's tokens. A person's name
 * leaves out the honorifics and titles around it ("Bapak", "H.", "Dr.", "S.H."), which the tagger may
 * take in.
 */
public final class TaggerRecognizer implements EntityRecognizer {
    private final NerTagger tagger;
    private final Set<String> honorifics = new HashSet<>();

    public TaggerRecognizer(NerTagger tagger, List<Language> languages) {
        this.tagger = tagger;
        languages.forEach(l -> honorifics.addAll(l.honorifics()));
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
                    Mention m = mention(text, tokens, start, i - 1, type);
                    if (m != null) {
                        out.add(m);
                    }
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

    private Mention mention(String text, List<Token> tokens, int first, int last, String type) {
        if (type.equals("PER")) {
            while (first <= last && isHonorific(text, tokens, first)) {
                first++;
            }
            while (last >= first && (isHonorific(text, tokens, last) || tokens.get(last).span().of(text).equals(","))) {
                last--;
            }
            if (first > last) {
                return null;
            }
        }
        Span span = new Span(tokens.get(first).span().start(), tokens.get(last).span().end());
        return new Mention(span, switch (type) {
            case "PER" -> EntityType.PERSON;
            case "ORG" -> EntityType.ORGANIZATION;
            default -> EntityType.LOCATION;
        });
    }

    /** The token is an honorific, with or without the period the tokenizer may have left apart. */
    private boolean isHonorific(String text, List<Token> tokens, int i) {
        String word = tokens.get(i).span().of(text);
        return honorifics.contains(word) || honorifics.contains(word + ".");
    }
}
