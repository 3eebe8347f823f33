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
 * persons' initials after the words that introduce them ({@link CuedInitials}), outlets the languages list
 * ({@link OutletSpans}), and two organizations joined in one word split ("TNI-Polri").
 */
public final class TaggerRecognizer implements EntityRecognizer {
    private final NerTagger tagger;
    private final SpanRepair repair;
    private final BuildingSpans buildings;
    private final OrganizationSpans organizations;
    private final CuedPlaces cuedPlaces;
    private final CuedInitials cuedInitials;
    private final OutletSpans outlets;

    public TaggerRecognizer(NerTagger tagger, List<Language> languages) {
        this(tagger, languages, NameLexicon.of(languages));
    }

    public TaggerRecognizer(NerTagger tagger, List<Language> languages, NameLexicon lexicon) {
        this.tagger = tagger;
        NameWords names = lexicon.words;
        this.repair = new SpanRepair(names);
        this.buildings = new BuildingSpans(names);
        this.organizations = new OrganizationSpans(names);
        this.cuedPlaces = new CuedPlaces(names);
        this.cuedInitials = new CuedInitials(names);
        this.outlets = new OutletSpans(languages);
    }

    @Override
    public List<Mention> mentions(String text, List<Sentence> sentences) {
        List<Mention> out = new ArrayList<>();
        boolean cased = isCased(text, sentences);
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            List<String> words = tokens.stream().map(t -> t.span().of(text)).toList();
            List<TokenMention> spans = repair.repair(words, spans(tagger.tag(words)), cased);
            spans = outlets.apply(words, cuedInitials.apply(words, cuedPlaces.apply(words, organizations.apply(words,
                    buildings.apply(words, spans)))));
            for (TokenMention m : spans.stream().sorted(Comparator.comparingInt(TokenMention::first)).toList()) {
                Span span = new Span(tokens.get(m.first()).span().start(), tokens.get(m.last()).span().end());
                if (!cased || !commonWordOpening(text, m, words)) {
                    out.addAll(pair(text, new Mention(span, m.type())));
                }
            }
        }
        return out;
    }

    /** "TNI-Polri", "DPR/MPR": two organizations written as one word, one of them an acronym, are two. */
    private static List<Mention> pair(String text, Mention m) {
        String name = m.span().of(text);
        int joint = Math.max(name.indexOf('-'), name.indexOf('/'));
        if (m.type() != EntityType.ORGANIZATION || joint <= 0 || name.indexOf(' ') >= 0 || joint + 1 >= name.length()) {
            return List.of(m);
        }
        String left = name.substring(0, joint);
        String right = name.substring(joint + 1);
        if (!Words.startsUpper(right) || !SpanRepair.isAcronym(left) && !SpanRepair.isAcronym(right)) {
            return List.of(m);
        }
        int start = m.span().start();
        return List.of(new Mention(new Span(start, start + joint), EntityType.ORGANIZATION),
                new Mention(new Span(start + joint + 1, m.span().end()), EntityType.ORGANIZATION));
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
