package dev.warta.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warta.Warta;
import dev.warta.model.ContentType;
import dev.warta.model.Document;
import dev.warta.model.RawDocument;
import dev.warta.model.SourceMetadata;
import dev.warta.model.SourceRef;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real Lucene index under a temporary data directory, filled with articles written for the test. */
class CorpusStoreTest {
    private static final String FLOOD = "Banjir merendam ratusan rumah warga di Kecamatan Genuk, Kota Semarang, Jawa Tengah, "
            + "setelah hujan deras mengguyur sejak Senin malam. Ketinggian air mencapai satu meter di sejumlah titik.\n"
            + "Kepala Badan Penanggulangan Bencana Daerah Kota Semarang Endro Pudyo Martantono mengatakan petugas "
            + "mengevakuasi 230 warga ke balai kelurahan dan masjid terdekat. Dapur umum didirikan di dua lokasi.\n"
            + "Wali Kota Semarang Agustina Wilujeng meminta warga di bantaran sungai tetap waspada karena hujan "
            + "diperkirakan masih turun hingga akhir pekan.";
    private static final String MEETING = "Presiden Prabowo Subianto bertemu dengan Perdana Menteri Malaysia Anwar Ibrahim "
            + "di Kuala Lumpur untuk membahas perlindungan pekerja migran dan perbatasan kedua negara.\n"
            + "Kedua pemimpin sepakat mempercepat perundingan batas laut di Laut Sulawesi.";
    private static Warta warta;

    @TempDir
    Path data;

    @BeforeAll
    static void create() {
        warta = Warta.create();
    }

    private static Document doc(String url, String published, String text) {
        return warta.analyze(new RawDocument(new SourceRef("test.jsonl", 1, url), ContentType.TEXT, text,
                new SourceMetadata(url, null, published, "id", null)));
    }

    @Test
    void searchFindsArticlesWithFiltersAndFacets() throws Exception {
        try (CorpusStore store = CorpusStore.open(data)) {
            store.add(doc("https://contoh.id/banjir", "2025-03-04T10:00:00+07:00", FLOOD));
            store.add(doc("https://contoh.id/prabowo-anwar", "2025-06-12T09:00:00+07:00", MEETING));
            store.commit();
            SearchResult r = store.search(SearchRequest.of("banjir Semarang"));
            assertThat(r.total()).isEqualTo(1);
            assertThat(r.hits().getFirst().snippet()).contains("«Banjir»");
            SearchResult all = store.search(SearchRequest.of(""));
            assertThat(all.total()).isEqualTo(2);
            assertThat(all.hits().getFirst().published()).startsWith("2025-06-12");
            assertThat(all.facets().get("month")).extracting(SearchResult.FacetCount::value)
                    .containsExactlyInAnyOrder("2025-03", "2025-06");
            assertThat(all.facets().get("entity")).extracting(SearchResult.FacetCount::value).contains("Anwar Ibrahim");
            var byEntity = new SearchRequest(null, null, null, null, null, "anwar ibrahim", null, null, 0, 10);
            assertThat(store.search(byEntity).total()).isEqualTo(1);
            var byEvent = new SearchRequest(null, null, null, null, null, null, "CONSULT", null, 0, 10);
            assertThat(store.search(byEvent).hits()).extracting(SearchResult.Hit::url)
                    .containsExactly("https://contoh.id/prabowo-anwar");
            var byDate = new SearchRequest(null, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31), null, null, null,
                    null, null, 0, 10);
            assertThat(store.search(byDate).hits()).extracting(SearchResult.Hit::url)
                    .containsExactly("https://contoh.id/banjir");
        }
    }

    @Test
    void addingTheSameDocumentTwiceAddsNothingAndSurvivesReopening() throws Exception {
        try (CorpusStore store = CorpusStore.open(data)) {
            assertThat(store.add(doc("https://contoh.id/banjir", null, FLOOD)).kind()).isEqualTo(IngestOutcome.Kind.ADDED);
            assertThat(store.add(doc("https://contoh.id/banjir", null, FLOOD)).kind())
                    .isEqualTo(IngestOutcome.Kind.ALREADY_STORED);
            store.commit();
        }
        try (CorpusStore store = CorpusStore.open(data)) {
            assertThat(store.articles()).isEqualTo(1);
            assertThat(store.add(doc("https://contoh.id/banjir", null, FLOOD)).kind())
                    .isEqualTo(IngestOutcome.Kind.ALREADY_STORED);
            assertThat(store.article(doc("https://contoh.id/banjir", null, FLOOD).id())).isPresent();
        }
    }

    @Test
    void anExactCopyIsStoredOnceWithBothSources() throws Exception {
        try (CorpusStore store = CorpusStore.open(data)) {
            IngestOutcome first = store.add(doc("https://portal-a.id/banjir", null, FLOOD));
            IngestOutcome copy = store.add(doc("https://portal-b.id/read/banjir-semarang", null, FLOOD));
            store.commit();
            assertThat(copy.kind()).isEqualTo(IngestOutcome.Kind.EXACT_COPY);
            assertThat(copy.articleId()).isEqualTo(first.articleId());
            assertThat(store.articles()).isEqualTo(1);
            assertThat(store.sources(first.articleId())).hasSize(2).anyMatch(s -> s.contains("portal-b.id"));
        }
    }

    @Test
    void aSyndicatedCopyWithSmallEditsJoinsTheDuplicateGroup() throws Exception {
        String edited = FLOOD.replace("ratusan rumah", "sedikitnya 400 rumah").replace("Dapur umum", "Posko dan dapur umum")
                + "\nBaca Juga: Hujan Deras, Sejumlah Jalan di Semarang Tergenang";
        try (CorpusStore store = CorpusStore.open(data)) {
            IngestOutcome origin = store.add(doc("https://portal-a.id/banjir", "2025-03-04T10:00:00+07:00", FLOOD));
            IngestOutcome copy = store.add(doc("https://portal-c.id/banjir", "2025-03-04T13:00:00+07:00", edited));
            IngestOutcome other = store.add(doc("https://portal-a.id/prabowo", "2025-06-12T09:00:00+07:00", MEETING));
            store.commit();
            assertThat(copy.kind()).isEqualTo(IngestOutcome.Kind.ADDED);
            assertThat(copy.duplicateGroup()).isEqualTo(origin.articleId());
            assertThat(other.duplicateGroup()).isEqualTo(other.articleId());
            assertThat(store.copies(copy.articleId())).as("the earliest published first")
                    .containsExactly(origin.articleId(), copy.articleId());
            assertThat(store.search(SearchRequest.of("Genuk")).hits()).allMatch(h -> h.copies() == 1);
        }
    }

    @Test
    void aCopyAddedAfterARestartJoinsTheGroupOfAnArticleStoredBefore() throws Exception {
        String edited = FLOOD.replace("ratusan rumah", "sedikitnya 400 rumah") + "\nBaca Juga: Semarang Tergenang";
        IngestOutcome origin;
        try (CorpusStore store = CorpusStore.open(data)) {
            origin = store.add(doc("https://portal-a.id/banjir", "2025-03-04T10:00:00+07:00", FLOOD));
            store.add(doc("https://portal-a.id/prabowo", "2025-06-12T09:00:00+07:00", MEETING));
            store.commit();
        }
        try (CorpusStore store = CorpusStore.open(data)) {
            IngestOutcome copy = store.add(doc("https://portal-c.id/banjir", "2025-03-04T13:00:00+07:00", edited));
            store.commit();
            assertThat(copy.duplicateGroup()).isEqualTo(origin.articleId());
            assertThat(copy.story()).isEqualTo(origin.story());
            assertThat(store.copies(origin.articleId())).containsExactly(origin.articleId(), copy.articleId());
        }
    }

    @Test
    void storiesGrowAcrossCommitsAndSurviveAStoreClosedWithoutACommit() throws Exception {
        String otherReport = "Perdana Menteri Malaysia Anwar Ibrahim menerima Presiden Prabowo Subianto di Putrajaya. "
                + "Kedua pemimpin membahas nasib pekerja migran Indonesia dan perbatasan di Laut Sulawesi.";
        String later = "Presiden Prabowo Subianto dan Perdana Menteri Anwar Ibrahim menandatangani nota "
                + "kesepahaman perlindungan pekerja migran di Kuala Lumpur.";
        IngestOutcome first;
        try (CorpusStore store = CorpusStore.open(data)) {
            first = store.add(doc("https://portal-a.id/prabowo-anwar", "2025-06-12T09:00:00+07:00", MEETING));
            store.commit();
            store.add(doc("https://portal-b.id/anwar-prabowo", "2025-06-13T08:00:00+07:00", otherReport));
            assertThat(store.story(first.story()).orElseThrow().articleIds()).as("before the commit").hasSize(2);
        }
        try (CorpusStore store = CorpusStore.open(data)) {
            assertThat(store.story(first.story()).orElseThrow().articleIds()).hasSize(2);
            IngestOutcome third = store.add(doc("https://portal-c.id/mou", "2025-06-14T08:00:00+07:00", later));
            store.commit();
            assertThat(third.story()).isEqualTo(first.story());
            assertThat(store.stories(0, 10)).singleElement().satisfies(s -> assertThat(s.articleIds()).hasSize(3));
        }
    }

    @Test
    void hostileQueriesGiveResultsOrAClearError() throws Exception {
        try (CorpusStore store = CorpusStore.open(data)) {
            store.add(doc("https://contoh.id/banjir", null, FLOOD));
            store.commit();
            assertThat(store.search(SearchRequest.of("\"banjir AND (")).total()).isGreaterThanOrEqualTo(0);
            assertThat(store.search(SearchRequest.of("<script>alert(1)</script>")).total()).isZero();
            assertThatThrownBy(() -> SearchRequest.of("x".repeat(SearchRequest.MAX_QUERY_LENGTH + 1)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void reportsOfOneHappeningFormAStoryAndOtherNewsDoesNot() throws Exception {
        String otherReport = "Perdana Menteri Malaysia Anwar Ibrahim menerima Presiden Prabowo Subianto di Putrajaya. "
                + "Kedua pemimpin membahas nasib pekerja migran Indonesia di Sabah dan Sarawak.\n"
                + "Anwar Ibrahim mengatakan Malaysia siap mempercepat penyelesaian batas laut.";
        try (CorpusStore store = CorpusStore.open(data)) {
            IngestOutcome first = store.add(doc("https://portal-a.id/prabowo-anwar", "2025-06-12T09:00:00+07:00", MEETING));
            IngestOutcome second = store.add(doc("https://portal-b.id/anwar-prabowo", "2025-06-13T08:00:00+07:00",
                    otherReport));
            IngestOutcome flood = store.add(doc("https://portal-a.id/banjir", "2025-06-12T10:00:00+07:00", FLOOD));
            store.commit();
            assertThat(second.story()).isEqualTo(first.story());
            assertThat(flood.story()).isNotEqualTo(first.story());
            Story story = store.story(first.story()).orElseThrow();
            assertThat(story.articleIds()).containsExactly(first.articleId(), second.articleId());
            assertThat(story.entities()).contains("Prabowo Subianto", "Anwar Ibrahim");
            assertThat(story.firstDay()).isEqualTo("2025-06-12");
            assertThat(story.lastDay()).isEqualTo("2025-06-13");
            assertThat(store.stories(0, 10)).extracting(Story::id).containsExactlyInAnyOrder(first.story(), flood.story());
        }
        try (CorpusStore store = CorpusStore.open(data)) {
            String later = "Presiden Prabowo Subianto dan Perdana Menteri Anwar Ibrahim menandatangani nota "
                    + "kesepahaman perlindungan pekerja migran di Kuala Lumpur.";
            IngestOutcome third = store.add(doc("https://portal-c.id/mou", "2025-06-14T08:00:00+07:00", later));
            store.commit();
            assertThat(store.story(third.story()).orElseThrow().articleIds()).hasSize(3);
        }
    }

    @Test
    void titledArticlesAndStoriesShareOneIndexAndAReaderSeesEachCommit() throws Exception {
        var titled = warta.analyze(new RawDocument(new SourceRef("feed.jsonl", 1, "https://contoh.id/banjir"),
                ContentType.TEXT, FLOOD, new SourceMetadata("https://contoh.id/banjir", "Banjir Rendam Genuk",
                "2025-03-04T10:00:00+07:00", "id", null)));
        try (CorpusStore writer = CorpusStore.open(data)) {
            writer.add(titled);
            writer.commit();
            CorpusStore reader = CorpusStore.openReadOnly(data);
            assertThat(reader.search(SearchRequest.of("Genuk")).hits()).extracting(SearchResult.Hit::title)
                    .containsExactly("Banjir Rendam Genuk");
            assertThat(reader.stories(0, 10)).extracting(Story::label).containsExactly("Banjir Rendam Genuk");
            writer.add(doc("https://contoh.id/prabowo-anwar", "2025-06-12T09:00:00+07:00", MEETING));
            writer.commit();
            assertThat(reader.articles()).isEqualTo(2);
            assertThatThrownBy(() -> reader.add(titled)).isInstanceOf(IllegalStateException.class);
            reader.close();
        }
    }
}
