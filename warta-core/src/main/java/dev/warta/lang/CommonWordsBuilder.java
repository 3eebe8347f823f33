package dev.warta.lang;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Rebuilds a language's {@code common-words.txt.gz}: the words that a folder of plain texts in that language
 * writes in lower case in at least {@code minDocuments} of its texts. A name is capitalised wherever it
 * stands, so the list holds the language's common words ("law", "mining", "cup") and no person's name; the
 * entity rules use it to tell "Mining Law" from "Sarah Lim". Sorted, with a fixed gzip header: the same
 * texts give the same bytes.
 */
public final class CommonWordsBuilder {
    public static final String RESOURCE = "common-words.txt.gz";
    private static final Pattern WORD = Pattern.compile("[\\p{Ll}]{2,}(?![\\p{L}\\p{N}])");

    private CommonWordsBuilder() {
    }

    /** Writes the list from every {@code *.txt} under {@code texts} to {@code out}; returns its size. */
    public static int build(Path texts, int minDocuments, Path out) throws IOException {
        Map<String, Integer> documents = new HashMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(texts)) {
            files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path file : files) {
            for (String word : lowerCaseWords(Files.readString(file, StandardCharsets.UTF_8))) {
                documents.merge(word, 1, Integer::sum);
            }
        }
        Set<String> common = new TreeSet<>();
        documents.forEach((word, n) -> {
            if (n >= minDocuments) {
                common.add(word);
            }
        });
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8))) {
            w.write("# Words written in lower case in at least " + minDocuments + " texts; see CommonWordsBuilder.\n");
            for (String word : common) {
                w.write(word);
                w.write('\n');
            }
        }
        return common.size();
    }

    /** The words of {@code text} written wholly in lower case, not glued to a capital ("iPhone", "McDonald"). */
    static Set<String> lowerCaseWords(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (m.start() == 0 || !Character.isLetterOrDigit(text.charAt(m.start() - 1))) {
                out.add(m.group());
            }
        }
        return out;
    }
}
