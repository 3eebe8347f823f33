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
 * '.', '!', '?' or '…' (and any closing quotes or brackets after it) when the next token starts
 * a sentence: an upper-case letter, a digit or an opening quote. It does not end after an
 * abbreviation of the language that never ends one ("Dr.", "No."), after an initial ("H."),
 * or inside a quotation that continues with a lower-case speech verb ("…," kata dia).
 */
public final class RuleSegmenter implements Segmenter {
    private static final Set<String> CLOSERS = Set.of("\"", "”", "’", "'", ")", "]", "»");
    private static final Set<String> OPENERS = Set.of("\"", "“", "‘", "'", "(", "[", "«");

    private final Tokenizer tokenizer = new Tokenizer();

    @Override
    public List<Sentence> segment(String text, List<Span> paragraphs, Language language) {
        List<Sentence> sentences = new ArrayList<>();
        for (Span p : paragraphs) {
            List<Token> tokens = tokenizer.tokenize(text, p.start(), p.end(), language);
            int begin = 0;
            for (int i = 0; i < tokens.size(); i++) {
                int end = endOfSentenceAt(text, tokens, i, language);
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
    private static int endOfSentenceAt(String text, List<Token> tokens, int i, Language language) {
        String t = text(text, tokens.get(i));
        boolean terminal = t.equals(".") || t.equals("!") || t.equals("?") || t.equals("…")
                || (t.endsWith(".") && t.length() > 1 && ends(t, language));
        if (!terminal) {
            return -1;
        }
        int last = i;
        while (last + 1 < tokens.size() && isTerminalPunct(text(text, tokens.get(last + 1)))) {
            last++;
        }
        while (last + 1 < tokens.size() && CLOSERS.contains(text(text, tokens.get(last + 1)))
                && adjacent(tokens.get(last), tokens.get(last + 1))) {
            last++;
        }
        if (last + 1 >= tokens.size()) {
            return -1; // the paragraph end closes it
        }
        if (t.equals(".") && i > 0 && adjacent(tokens.get(i - 1), tokens.get(i))
                && protects(text(text, tokens.get(i - 1)), language)) {
            return -1;
        }
        String next = text(text, tokens.get(last + 1));
        return startsSentence(next) && !adjacent(tokens.get(last), tokens.get(last + 1)) ? last : -1;
    }

    /** A token with its own period ("dll.", "Tbk.") ends a sentence; "Dr." and initials do not. */
    private static boolean ends(String token, Language language) {
        String word = token.substring(0, token.length() - 1);
        if (language.abbreviations().contains(word)) {
            return false;
        }
        return !(word.length() == 1 && Character.isUpperCase(word.charAt(0)));
    }

    private static boolean protects(String before, Language language) {
        return language.abbreviations().contains(before);
    }

    private static boolean isTerminalPunct(String t) {
        return t.equals(".") || t.equals("!") || t.equals("?") || t.equals("…");
    }

    private static boolean startsSentence(String token) {
        int c = token.codePointAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || OPENERS.contains(token)
                || token.equals("Rp") || token.equals("-") || token.equals("–");
    }

    private static boolean adjacent(Token a, Token b) {
        return a.span().end() == b.span().start();
    }

    private static String text(String text, Token t) {
        return text.substring(t.span().start(), t.span().end());
    }

    private static Sentence sentence(List<Token> tokens) {
        return new Sentence(new Span(tokens.getFirst().span().start(), tokens.getLast().span().end()), tokens);
    }
}
