package dev.warta.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads {@code token<TAB>tag} lines with a blank line between sentences. Lines are split on the
 * TAB only, because some corpora (NERP) have tokens with spaces ("luar negeri", "jakarta pusat").
 */
public final class CoNLL {
    private static final Pattern TAG = Pattern.compile("O|[BI]-[A-Za-z]+");

    private CoNLL() {
    }

    public static List<TaggedSentence> read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses {@code text}; {@code source} names it in the failure for a malformed line. */
    public static List<TaggedSentence> parse(String text, String source) {
        List<TaggedSentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                if (!tokens.isEmpty()) {
                    sentences.add(new TaggedSentence(tokens, tags));
                    tokens.clear();
                    tags.clear();
                }
                continue;
            }
            int tab = line.indexOf('\t');
            String tag = tab < 0 ? "" : line.substring(tab + 1).strip();
            if (tab <= 0 || !TAG.matcher(tag).matches()) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": expected token<TAB>BIO tag, got \""
                        + line + "\"");
            }
            tokens.add(line.substring(0, tab));
            tags.add(tag);
        }
        if (!tokens.isEmpty()) {
            sentences.add(new TaggedSentence(tokens, tags));
        }
        return sentences;
    }
}
