package dev.warta.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warta.Warta;
import dev.warta.model.ContentType;
import dev.warta.model.RawDocument;
import dev.warta.model.SourceMetadata;
import dev.warta.model.SourceRef;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entity, event and article queries over a real index of articles written for the test. */
class EntityAndEventQueriesTest {
    private static final String MEETING = "Presiden Prabowo Subianto bertemu dengan Perdana Menteri Malaysia Anwar Ibrahim "
            + "di Kuala Lumpur untuk membahas perlindungan pekerja migran.\n\n\"Kami ingin pekerja migran Indonesia "
            + "terlindungi sepenuhnya,\" kata Prabowo Subianto kepada wartawan.";
    private static final String ARREST = "Polisi menangkap dua tersangka peretasan situs Pemerintah Kota Medan di Medan, "
            + "Sumatera Utara. Kepala Kepolisian Daerah Sumatera Utara Irjen Whisnu Hermawan mengatakan kedua tersangka "
            + "kini ditahan.";
    private static Warta warta;

    @TempDir
    Path data;

    @BeforeAll
    static void create() {
        warta = Warta.create();
    }

    private static dev.warta.model.Document doc(String url, String published, String text) {
        return warta.analyze(new RawDocument(new SourceRef("test.jsonl", 1, url), ContentType.TEXT, text,
                new SourceMetadata(url, null, published, "id", null)));
    }

    @Test
    void anEntityProfileGathersRolesMonthsNeighboursQuotesAndEvents() throws Exception {
        try (CorpusStore store = CorpusStore.open(data)) {
            String meeting = store.add(doc("https://contoh.id/a", "2025-06-12T09:00:00+07:00", MEETING)).articleId();
            store.add(doc("https://contoh.id/b", "2025-05-02T15:00:00+07:00", ARREST));
            store.commit();
            EntityQueries entities = new EntityQueries(store);
            EntityPage found = entities.entities("PRABOWO", 0, 10);
            assertThat(found.entities()).containsExactly(new EntityCount("Prabowo Subianto", "person", 1));
            assertThat(entities.entities(null, 0, 100).total()).isGreaterThan(5);
            EntityProfile p = entities.entity("prabowo subianto").orElseThrow();
            assertThat(p.name()).isEqualTo("Prabowo Subianto");
            assertThat(p.roles()).extracting(EntityProfile.RoleCount::title).containsExactly("Presiden");
            assertThat(p.months()).containsExactly(new SearchResult.FacetCount("2025-06", 1));
            assertThat(p.cooccurring()).extracting(EntityCount::name).contains("Anwar Ibrahim")
                    .doesNotContain("Prabowo Subianto");
            assertThat(p.quotes()).singleElement().satisfies(q -> {
                assertThat(q.articleId()).isEqualTo(meeting);
                assertThat(q.quote().path("content").path("text").asText()).startsWith("Kami ingin");
            });
            assertThat(p.events()).extracting(e -> e.event().path("plover").asText()).contains("CONSULT");
            assertThat(entities.entity("Tidak Ada")).isEmpty();
        }
    }

    @Test
    void eventsAreFilteredPagedAndCounted() throws Exception {
        try (CorpusStore store = CorpusStore.open(data)) {
            String meeting = store.add(doc("https://contoh.id/a", "2025-06-12T09:00:00+07:00", MEETING)).articleId();
            String arrest = store.add(doc("https://contoh.id/b", "2025-05-02T15:00:00+07:00", ARREST)).articleId();
            store.commit();
            EventQueries events = new EventQueries(store);
            EventPage all = events.events(new EventRequest(null, null, null, null, null, null, 0, 100));
            assertThat(all.total()).isEqualTo(all.events().size()).isGreaterThanOrEqualTo(2);
            assertThat(all.events().getFirst().articleId()).isEqualTo(meeting);
            assertThat(all.months()).extracting(SearchResult.FacetCount::value).containsExactly("2025-05", "2025-06");
            EventPage atMedan = events.events(new EventRequest("IDNCOP", "17", null, LocalDate.of(2025, 5, 1),
                    LocalDate.of(2025, 5, 31), "Medan", 0, 10));
            assertThat(atMedan.events()).singleElement().satisfies(e -> {
                assertThat(e.articleId()).isEqualTo(arrest);
                assertThat(e.title()).startsWith("Polisi menangkap dua tersangka");
                assertThat(e.event().path("plover").asText()).isEqualTo("COERCE");
            });
            assertThat(events.events(new EventRequest(null, null, "CONSULT", null, null, null, 1, 10)).events()).isEmpty();
            assertThat(events.inArticles(java.util.List.of(arrest))).extracting(EventRecord::articleId).containsOnly(arrest);
            assertThat(new ArticleQueries(store).summaries(java.util.List.of(arrest, "tidak-ada")))
                    .extracting(ArticleSummary::outlet).containsExactly("contoh.id");
        }
    }
}
