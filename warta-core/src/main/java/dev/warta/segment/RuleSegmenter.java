package dev.warta.segment;

import dev.warta.lang.Language;
import dev.warta.model.Sentence;
import dev.warta.model.Span;
import dev.warta.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rule-based sentence splitting over tokens. A sentence ends at a paragraph end, or after
 * '.', '!', '?' or '…' (and any closing quotes or brackets after it) when a space follows and the
 * next token starts a sentence: an upper-case letter, a digit or an opening quote or bracket. It does
 * not end after an abbreviation of the language that never ends one ("Dr.", "No."), after an initial
 * ("H.", "A.S."), or inside a quotation that runs on into its attribution ("…," kata dia). After an
 * abbreviation that may end one ("dll.", "Tbk.") only a capital or a quote starts the next sentence,
 * since a bracket or a number there usually goes on with the same one ("Tbk. (BBCA)").
 */
public final class RuleSegmenter implements Segmenter {
    private static final Set<String> TERMINALS = Set.of(".", "!", "?", "…");
    private static final Set<String> CLOSERS = Set.of("\"", "”", "’", "'", ")", "]", "»");
    private static final Set<String> QUOTES = Set.of("\"", "“", "‘", "'", "«");
    private static final Set<String> OTHER_OPENERS = Set.of("(", "[", "-", "–");

    private final Tokenizer tokenizer = new Tokenizer();

    @Override
    public List<Sentence> segment(String text, List<Span> paragraphs, Language language) {
        List<Sentence> sentences = new ArrayList<>();
        for (Span p : paragraphs) {
            List<Token> tokens = tokenizer.tokenize(text, p.start(), p.end(), language);
            List<String> words = tokens.stream().map(t -> t.span().of(text)).toList();
            boolean[] quoted = Quotations.attributed(text, tokens);
            int begin = 0;
            for (int i = 0; i < tokens.size(); i++) {
                int end = quoted[i] ? -1 : endOfSentenceAt(tokens, words, i, language);
                if (end >= 0) {
                    sentences.add(sentence(tokens.subList(begin, end + 1)));
                    begin = end + 1;
                    i = end;
                }
            }
            if (begin < tokens.size()) {
                sentences.add(sentence(tokens.subList(begin, tokens.size())));
            }
        }
        return sentences;
    }

    /** The index of the last token of a sentence ending at token i, or -1. */
    private static int endOfSentenceAt(List<Token> tokens, List<String> words, int i, Language language) {
        String t = words.get(i);
        boolean abbreviation = !TERMINALS.contains(t) && t.endsWith(".");
        if (!TERMINALS.contains(t) && !(abbreviation && mayEnd(t, language))) {
            return -1;
        }
        int last = i;
        while (last + 1 < tokens.size() && TERMINALS.contains(words.get(last + 1))) {
            last++;
        }
        while (last + 1 < tokens.size() && CLOSERS.contains(words.get(last + 1))
                && adjacent(tokens.get(last), tokens.get(last + 1))) {
            last++;
        }
        if (last + 1 >= tokens.size() || adjacent(tokens.get(last), tokens.get(last + 1))) {
            return -1; // the paragraph end closes it, or the period is inside a word
        }
        return startsSentence(words.get(last + 1), abbreviation) ? last : -1;
    }

    /**
     * Whether a token with its own period ("dll.", "p.m.") may end a sentence: not a listed
     * abbreviation that never does, nor an initial or initialism, which is mostly followed by a name.
     */
    private static boolean mayEnd(String token, Language language) {
        String word = token.substring(0, token.length() - 1);
        if (language.abbreviations().contains(word)) {
            return false;
        }
        if (language.terminalAbbreviations().contains(word)) {
            return true;
        }
        return !(Character.isUpperCase(word.charAt(0)) && (word.length() == 1 || word.contains(".")));
    }

    private static boolean startsSentence(String token, boolean afterAbbreviation) {
        int c = token.codePointAt(0);
        if (Character.isUpperCase(c) || QUOTES.contains(token)) {
            return true;
        }
        return !afterAbbreviation && (Character.isDigit(c) || OTHER_OPENERS.contains(token));
    }

    private static boolean adjacent(Token a, Token b) {
        return a.span().end() == b.span().start();
    }

    private static Sentence sentence(List<Token> tokens) {
        return new Sentence(new Span(tokens.getFirst().span().start(), tokens.getLast().span().end()), tokens);
    }
}
