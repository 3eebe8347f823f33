package dev.warta.ner;

import dev.warta.lang.Language;
import java.util.List;

/**
 * What the language packs say about names and titles, read once (the English common words alone are
 * 12,000 entries from a gzip) and shared by the recognizers and the grouper of one pipeline.
 */
public final class NameLexicon {
    final NameWords words;
    final Titles titles;

    private NameLexicon(NameWords words, Titles titles) {
        this.words = words;
        this.titles = titles;
    }

    public static NameLexicon of(List<Language> languages) {
        return new NameLexicon(new NameWords(languages), new Titles(languages));
    }
}
