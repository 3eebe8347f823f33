package dev.warta.ner;

import dev.warta.lang.Language;
import dev.warta.model.EntityType;
import dev.warta.model.Mention;
import dev.warta.model.Sentence;
import dev.warta.model.Span;
import dev.warta.model.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Mentions from the BIO tags that the sequence tagger gives each sentence's tokens, trimmed to the names
 * they hold ({@link SpanRepair}), with institutions and their buildings ({@link BuildingSpans}),
 * organization names completed ({@link OrganizationSpans}), places after place words ({@link CuedPlaces}) and
 * persons' initials after the words that introduce them ({@link CuedInitials}).
 */
public final class TaggerRecognizer implements EntityRecognizer {
    private final NerTagger tagger;
    private final SpanRepair repair;
    private final BuildingSpans buildings;
    private final OrganizationSpans organizations;
    private final CuedPlaces cuedPlaces;
    private final CuedInitials cuedInitials;

    public TaggerRecognizer(NerTagger tagger, List<Language> languages) {
        this.tagger = tagger;
        NameWords names = new NameWords(languages);
        this.repair = new SpanRepair(names);
        this.buildings = new BuildingSpans(names);
        this.organizations = new OrganizationSpans(names);
        this.cuedPlaces = new CuedPlaces(names);
        this.cuedInitials = new CuedInitials(names);
    }

    @Override
    public List<Mention> mentions(String text, List<Sentence> sentences) {
        List<Mention> out = new ArrayList<>();
        boolean cased = isCased(text, sentences);
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            List<String> words = tokens.stream().map(t -> t.span().of(text)).toList();
            List<TokenMention> spans = repair.repair(words, spans(tagger.tag(words)), cased);
            spans = cuedInitials.apply(words, cuedPlaces.apply(words, organizations.apply(words,
                    buildings.apply(words, spans))));
            for (TokenMention m : spans.stream().sorted(Comparator.comparingInt(TokenMention::first)).toList()) {
                Span span = new Span(tokens.get(m.first()).span().start(), tokens.get(m.last()).span().end());
                if (!cased || !commonWordOpening(text, m, words)) {
                    out.add(new Mention(span, m.type()));
                }
            }
        }
        return out;
    }

    /**
     * Most sentences begin with a capital: names are capitalised too, and a lower-case word the tagger
     * took for a name ("istana", "desa" of "desa Banjarbendo") is a common word. Text in lower case
     * throughout keeps the tagger's names.
     */
    private static boolean isCased(String text, List<Sentence> sentences) {
        long capitalised = sentences.stream().filter(s -> opensWithCapital(text, s.span())).count();
        return capitalised * 2 >= sentences.size();
    }

    private static boolean opensWithCapital(String text, Span s) {
        for (int i = s.start(); i < s.end(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return Character.isUpperCase(text.charAt(i));
            }
        }
        return false;
    }

    /**
     * "Patroli gabungan digelar ...": a lone word opening a sentence, which the text also writes in lower
     * case, is a common word capitalised by its place.
     */
    private static boolean commonWordOpening(String text, TokenMention m, List<String> words) {
        return m.first() == 0 && m.last() == 0 && Words.occursAsWord(text, words.get(0).toLowerCase(Locale.ROOT));
    }

    /** The spans of BIO tags; an I- tag without its B- starts a span too. */
    private static List<TokenMention> spans(List<String> tags) {
        List<TokenMention> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            if (type != null && !tag.equals("I-" + type)) {
                out.add(new TokenMention(start, i - 1, switch (type) {
                    case "PER" -> EntityType.PERSON;
                    case "ORG" -> EntityType.ORGANIZATION;
                    default -> EntityType.LOCATION;
                }));
                type = null;
            }
            if (tag.startsWith("B-") || (tag.startsWith("I-") && type == null)) {
                start = i;
                type = tag.substring(2);
            }
        }
        return out;
    }
}
