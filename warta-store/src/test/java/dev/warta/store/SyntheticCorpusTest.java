package dev.warta.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warta.model.RawDocument;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The generator over this checkout's own sentences (the tests run in warta-store, so the checkout is ".."). */
class SyntheticCorpusTest {
    private static final Path CHECKOUT = Path.of("..");

    @Test
    void theSameSeedMakesTheSameArticlesAndAnotherSeedOthers() throws Exception {
        List<String> first = texts(SyntheticCorpus.fromProject(CHECKOUT, 7), 200);
        assertThat(texts(SyntheticCorpus.fromProject(CHECKOUT, 7), 200)).isEqualTo(first);
        assertThat(texts(SyntheticCorpus.fromProject(CHECKOUT, 8), 200)).isNotEqualTo(first);
        // article i alone is article i of the run
        assertThat(SyntheticCorpus.fromProject(CHECKOUT, 7).document(123).content()).isEqualTo(first.get(123));
    }

    @Test
    void articlesHaveTheirOwnUrlALeadADayOf2025AndALanguage() throws Exception {
        List<RawDocument> docs = SyntheticCorpus.fromProject(CHECKOUT, 1).documents(200).toList();
        assertThat(docs).hasSize(200);
        assertThat(docs).extracting(d -> d.metadata().url()).doesNotHaveDuplicates()
                .contains("https://bench.example/a/0", "https://bench.example/a/199");
        assertThat(docs).extracting(d -> d.metadata().language()).containsOnly("id", "en").contains("id", "en");
        assertThat(docs).allSatisfy(d -> {
            assertThat(d.content()).matches("(?s)[A-Z]+(, | \\()[A-Z.]+\\)? - .*");
            assertThat(LocalDate.parse(d.metadata().published().substring(0, 10)).getYear()).isEqualTo(2025);
        });
        // spread over the year: 200 articles touch every month
        assertThat(docs.stream().map(d -> d.metadata().published().substring(5, 7)).distinct()).hasSize(12);
    }

    @Test
    void readsTheExampleArticlesAndBothGoldSets() throws Exception {
        SyntheticCorpus corpus = SyntheticCorpus.fromProject(CHECKOUT, 1);
        assertThat(corpus.sentenceCounts().get("en")).isGreaterThanOrEqualTo(100);
        assertThat(corpus.sentenceCounts().get("id")).isGreaterThan(320);
        assertThat(corpus.words()).contains("banjir", "presiden");
    }

    @Test
    void anArticleHasEightToTwentyDistinctSentencesOfThePool() {
        List<String> pool = IntStream.range(0, 40).mapToObj(i -> "Kalimat nomor " + i + " ada di sini.").toList();
        SyntheticCorpus corpus = new SyntheticCorpus(Map.of("id", pool), 3);
        for (int i = 0; i < 100; i++) {
            String text = corpus.document(i).content();
            long used = pool.stream().filter(text::contains).count();
            assertThat(used).isBetween(8L, 20L);
            assertThat(text.split("Kalimat")).hasSize((int) used + 1);
        }
    }

    @Test
    void proseLinesAreSplitIntoSentencesAndFurnitureIsLeftOut() {
        String text = "SEMARANG, WARTAJATENG.COM - Banjir merendam rumah di Genuk. Kepala BPBD, Dr. Rina, "
                + "mengatakan air masuk malam hari.\nBaca Juga:\nADVERTISEMENT\nPenulis: Adi Nugroho";
        assertThat(SyntheticCorpus.sentencesOf(text))
                .containsExactly("Banjir merendam rumah di Genuk.", "Kepala BPBD, Dr. Rina, mengatakan air masuk malam hari.");
        assertThat(SyntheticCorpus.languageOf("Warga yang mengungsi di balai")).isEqualTo("id");
        assertThat(SyntheticCorpus.languageOf("The minister said that the talks")).isEqualTo("en");
    }

    private static List<String> texts(SyntheticCorpus corpus, int n) {
        return corpus.documents(n).map(RawDocument::content).toList();
    }
}
