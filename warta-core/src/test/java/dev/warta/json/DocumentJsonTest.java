package dev.warta.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warta.Warta;
import dev.warta.model.ContentType;
import dev.warta.model.Failure;
import dev.warta.model.RawDocument;
import dev.warta.model.SourceMetadata;
import dev.warta.model.SourceRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON contract of docs/OUTPUT.md, on an article written for this test. */
class DocumentJsonTest {
    private static final String ARTICLE = """
            Jakarta (ANTARA) - Menteri Luar Negeri Sugiono bertemu Duta Besar Jepang di Jakarta, Senin (3/11/2025).
            Baca juga: Menlu Sugiono Terima Kunjungan Dubes Jepang
            Keduanya membahas kerja sama perdagangan. Seperti dilansir Kyodo, pertemuan berlangsung satu jam.
            Pewarta: Rina Putri
            Editor: Budi Santoso
            """;
    private static JsonNode json;
    private static Warta warta;

    @BeforeAll
    static void write() throws Exception {
        warta = Warta.create();
        RawDocument raw = new RawDocument(new SourceRef("feed.jsonl", 7, "https://contoh.id/berita/1"),
                ContentType.TEXT, ARTICLE, new SourceMetadata("https://contoh.id/berita/1", "Sugiono Bertemu Dubes",
                "2025-11-03T10:00:00+07:00", null, null));
        json = new ObjectMapper().readTree(new DocumentJson(true).write(warta.analyze(raw), false));
    }

    @Test
    void topLevelFields() {
        assertThat(json.path("schema").asText()).isEqualTo("warta.document/1");
        assertThat(json.path("id").asText()).matches("[0-9a-f]{16}");
        assertThat(json.path("source").path("line").asInt()).isEqualTo(7);
        assertThat(json.path("source").path("url").asText()).isEqualTo("https://contoh.id/berita/1");
        for (String layer : new String[] {"sentences", "dates", "entities", "quotes", "events"}) {
            assertThat(json.path(layer).isArray()).as(layer).isTrue();
        }
    }

    @Test
    void articleFields() {
        JsonNode a = json.path("article");
        assertThat(a.path("outlet").asText()).isEqualTo("ANTARA");
        assertThat(a.path("dateline").asText()).isEqualTo("Jakarta");
        assertThat(a.path("title").asText()).isEqualTo("Sugiono Bertemu Dubes");
        assertThat(a.path("language").asText()).isEqualTo("id");
        assertThat(a.path("published").path("value").asText()).isEqualTo("2025-11-03T10:00+07:00");
        assertThat(a.path("published").path("precision").asText()).isEqualTo("minute");
        assertThat(a.path("credits").findValuesAsText("role")).containsExactly("reporter", "editor");
        assertThat(a.path("citedSources").get(0).path("name").asText()).isEqualTo("Kyodo");
        assertThat(a.path("removed").get(0).path("kind").asText()).isEqualTo("related");
        assertThat(a.path("paragraphs").size()).isEqualTo(2);
    }

    @Test
    void evidencePointsIntoTextOrInput() {
        String text = json.path("article").path("text").asText();
        String input = json.path("source").path("input").asText();
        JsonNode cited = json.path("article").path("citedSources").get(0).path("evidence");
        assertThat(cited.has("in")).isFalse();
        assertThat(text.substring(cited.path("start").asInt(), cited.path("end").asInt()))
                .isEqualTo("Seperti dilansir Kyodo");
        JsonNode credit = json.path("article").path("credits").get(1).path("evidence");
        assertThat(credit.path("in").asText()).isEqualTo("input");
        assertThat(input.substring(credit.path("start").asInt(), credit.path("end").asInt())).isEqualTo("Budi Santoso");
        JsonNode date = json.path("dates").get(0);
        assertThat(text.substring(date.path("start").asInt(), date.path("end").asInt())).isEqualTo("Senin (3/11/2025)");
        JsonNode token = json.path("sentences").get(0).path("tokens").get(0);
        assertThat(text.substring(token.get(0).asInt(), token.get(1).asInt())).isEqualTo("Menteri");
    }

    @Test
    void sameInputSameId() {
        RawDocument a = new RawDocument(SourceRef.file("a.txt"), ContentType.TEXT, "Satu dua tiga.", null);
        RawDocument b = new RawDocument(SourceRef.file("b.txt"), ContentType.TEXT, "Satu dua tiga.", null);
        assertThat(warta.analyze(a).id()).isEqualTo(warta.analyze(b).id());
    }

    @Test
    void failureRecord() throws Exception {
        JsonNode f = new ObjectMapper().readTree(new DocumentJson(false)
                .write(new Failure(new SourceRef("x.jsonl", 3, null), "not JSON: oops"), false));
        assertThat(f.path("schema").asText()).isEqualTo("warta.document/1");
        assertThat(f.path("source").path("line").asInt()).isEqualTo(3);
        assertThat(f.path("error").path("message").asText()).isEqualTo("not JSON: oops");
    }
}
