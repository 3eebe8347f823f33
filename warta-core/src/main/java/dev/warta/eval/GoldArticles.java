package dev.warta.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warta.Warta;
import dev.warta.model.ContentType;
import dev.warta.model.Document;
import dev.warta.model.RawDocument;
import dev.warta.model.SourceMetadata;
import dev.warta.model.SourceRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The articles of a gold folder like id-articles-dev: {@code NN.gold.json} beside {@code NN.txt}, {@code NN.html}. */
record GoldArticles(Path dir) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One article: its name ("05"), its gold annotation and its folder. */
    record Article(String name, JsonNode gold, Path dir) {
        Path file(String suffix) {
            return dir.resolve(name + suffix);
        }

        /** The plain text of the article, analysed. */
        Document analyzeText(Warta warta) throws IOException {
            Path txt = file(".txt");
            return warta.analyze(new RawDocument(SourceRef.file(txt.toString()), ContentType.TEXT,
                    Files.readString(txt, StandardCharsets.UTF_8), SourceMetadata.NONE));
        }
    }

    /** The articles in name order that have a file with {@code suffix} and a language in {@code languages} (all when empty). */
    List<Article> with(String suffix, List<String> languages) throws IOException {
        List<Path> golds;
        try (Stream<Path> s = Files.list(dir)) {
            golds = s.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        }
        List<Article> out = new ArrayList<>();
        for (Path gold : golds) {
            Article a = new Article(gold.getFileName().toString().replace(".gold.json", ""), JSON.readTree(gold.toFile()),
                    dir);
            if (Files.exists(a.file(suffix))
                    && (languages.isEmpty() || languages.contains(a.gold().path("language").asText()))) {
                out.add(a);
            }
        }
        return out;
    }
}
