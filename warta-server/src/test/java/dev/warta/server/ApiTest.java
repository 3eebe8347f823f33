package dev.warta.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The API of a real server over a real corpus, through java.net.http. */
class ApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static TestCorpus corpus;

    @BeforeAll
    static void start() throws IOException {
        corpus = TestCorpus.get();
    }

    private static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(corpus.base() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode ok(String pathAndQuery) throws Exception {
        HttpResponse<String> r = get(pathAndQuery);
        assertThat(r.statusCode()).as(pathAndQuery + " " + r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        return JSON.readTree(r.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    @Test
    void searchGivesHighlightedHitsAndFacets() throws Exception {
        JsonNode r = ok("/api/search?q=banjir");
        assertThat(r.path("total").asLong()).isEqualTo(2);
        assertThat(r.path("hits").get(0).path("snippet").asText()).contains("«Banjir»");
        assertThat(texts(r.path("hits"), "url")).containsExactlyInAnyOrder(TestCorpus.FLOOD, TestCorpus.FLOOD_COPY);
        assertThat(texts(r.path("facets").path("outlet"), "value")).contains("portal-a.id", "portal-c.id");
        JsonNode all = ok("/api/search?size=2");
        assertThat(all.path("total").asLong()).isEqualTo(5);
        assertThat(all.path("hits")).hasSize(2);
        assertThat(texts(all.path("facets").path("month"), "value")).contains("2025-03", "2025-05", "2025-06");
        assertThat(texts(all.path("facets").path("entity"), "value")).contains("Anwar Ibrahim");
    }

    @Test
    void searchFilters() throws Exception {
        assertThat(ok("/api/search?entity=" + enc("anwar ibrahim")).path("total").asLong()).isEqualTo(2);
        assertThat(texts(ok("/api/search?event=consult").path("hits"), "url")).containsExactly(TestCorpus.MEETING);
        assertThat(texts(ok("/api/search?from=2025-05-01&to=2025-05-31").path("hits"), "url"))
                .containsExactly(TestCorpus.HACK);
        assertThat(ok("/api/search?outlet=portal-c.id&lang=id").path("total").asLong()).isEqualTo(1);
    }

    @Test
    void articleIsTheStoredDocumentWithCopiesSourcesAndStory() throws Exception {
        String id = corpus.id(TestCorpus.FLOOD);
        JsonNode a = ok("/api/articles/" + id);
        assertThat(a.path("schema").asText()).isEqualTo("warta.document/1");
        assertThat(a.path("article").path("text").asText()).startsWith("Banjir merendam ratusan rumah");
        assertThat(texts(a.path("entities"), "name")).contains("Agustina Wilujeng");
        assertThat(a.path("copies").get(0).asText()).isEqualTo(corpus.id(TestCorpus.FLOOD_COPY));
        assertThat(a.path("origin").asText()).as("published before its copy").isEqualTo(id);
        assertThat(ok("/api/articles/" + corpus.id(TestCorpus.FLOOD_COPY)).path("origin").asText()).isEqualTo(id);
        assertThat(a.path("copyArticles").get(0).path("outlet").asText()).isEqualTo("portal-c.id");
        assertThat(a.path("sources").get(0).path("url").asText()).isEqualTo(TestCorpus.FLOOD);
        assertThat(a.path("story").asText()).isEqualTo(corpus.story(TestCorpus.FLOOD));
    }

    @Test
    void entitiesAreListedByNameWithArticleCounts() throws Exception {
        JsonNode r = ok("/api/entities?q=prabowo");
        assertThat(r.path("total").asLong()).isEqualTo(1);
        JsonNode prabowo = r.path("entities").get(0);
        assertThat(prabowo.path("name").asText()).isEqualTo("Prabowo Subianto");
        assertThat(prabowo.path("type").asText()).isEqualTo("person");
        assertThat(prabowo.path("articles").asInt()).isEqualTo(2);
        assertThat(ok("/api/entities?size=100").path("total").asLong()).isGreaterThan(10);
    }

    @Test
    void anEntityHasRolesMonthsNeighboursQuotesAndEvents() throws Exception {
        JsonNode e = ok("/api/entities/" + enc("prabowo subianto"));
        assertThat(e.path("name").asText()).isEqualTo("Prabowo Subianto");
        assertThat(e.path("type").asText()).isEqualTo("person");
        assertThat(e.path("articles").asInt()).isEqualTo(2);
        assertThat(texts(e.path("roles"), "title")).containsExactly("Presiden");
        assertThat(e.path("months").get(0).path("value").asText()).isEqualTo("2025-06");
        assertThat(e.path("months").get(0).path("count").asInt()).isEqualTo(2);
        assertThat(texts(e.path("cooccurring"), "name")).contains("Anwar Ibrahim", "Malaysia").doesNotContain("Prabowo Subianto");
        assertThat(e.path("quotes").get(0).path("quote").path("content").path("text").asText()).startsWith("Kami ingin");
        assertThat(e.path("events").get(0).path("event").path("plover").asText()).isEqualTo("CONSULT");
        assertThat(e.path("events").get(0).path("articleId").asText()).isEqualTo(corpus.id(TestCorpus.MEETING));
    }

    @Test
    void eventsAreFilteredAndCountedPerMonth() throws Exception {
        JsonNode all = ok("/api/events");
        int perMonth = 0;
        for (JsonNode m : all.path("months")) {
            perMonth += m.path("count").asInt();
        }
        assertThat(all.path("total").asLong()).isGreaterThanOrEqualTo(4).isEqualTo(perMonth);
        assertThat(texts(all.path("months"), "value")).containsExactly("2025-03", "2025-05", "2025-06");
        assertThat(texts(all.path("facets").path("event"), "value")).contains("CONSULT", "COERCE", "AID");
        JsonNode consult = ok("/api/events?plover=CONSULT&actor=idngov");
        assertThat(consult.path("total").asLong()).isEqualTo(1);
        JsonNode e = consult.path("events").get(0);
        assertThat(e.path("articleId").asText()).isEqualTo(corpus.id(TestCorpus.MEETING));
        assertThat(e.path("title").asText()).startsWith("Presiden Prabowo Subianto bertemu").endsWith(" …");
        assertThat(e.path("event").path("cameo").asText()).isEqualTo("040");
        assertThat(ok("/api/events?place=Medan").path("events").get(0).path("event").path("plover").asText()).isEqualTo("COERCE");
        JsonNode coerce = ok("/api/events?code=17");
        assertThat(coerce.path("total").asLong()).isPositive();
        coerce.path("events").forEach(ev -> assertThat(ev.path("event").path("cameoRoot").asText()).isEqualTo("17"));
        JsonNode june = all.path("months").get(2);
        assertThat(ok("/api/events?from=2025-06-01").path("total").asLong()).isEqualTo(june.path("count").asLong());
    }

    @Test
    void storiesGroupTheReportsOfOneHappening() throws Exception {
        String story = corpus.story(TestCorpus.MEETING);
        assertThat(corpus.story(TestCorpus.MEETING_OTHER)).isEqualTo(story);
        assertThat(texts(ok("/api/stories").path("stories"), "id")).contains(story, corpus.story(TestCorpus.FLOOD));
        JsonNode s = ok("/api/stories/" + story);
        assertThat(texts(s.path("articles"), "id")).containsExactly(corpus.id(TestCorpus.MEETING),
                corpus.id(TestCorpus.MEETING_OTHER));
        assertThat(texts(s.path("events"), "articleId")).contains(corpus.id(TestCorpus.MEETING));
        JsonNode flood = ok("/api/stories/" + corpus.story(TestCorpus.FLOOD));
        assertThat(flood.path("articles").get(0).path("copies")).isNotEmpty();
    }

    @Test
    void openApiDescribesEveryEndpoint() throws Exception {
        JsonNode spec = ok("/api/openapi.json");
        assertThat(spec.path("openapi").asText()).isEqualTo("3.1.0");
        List<String> paths = new ArrayList<>();
        spec.path("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).containsExactlyInAnyOrderElementsOf(WartaServer.routes(null, new byte[0]).keySet());
    }

    @Test
    void badParametersAreJsonErrorsWithoutStackTraces() throws Exception {
        assertError("/api/search?size=1000", 400, "size");
        assertError("/api/search?size=0", 400, "size");
        assertError("/api/search?q=" + "x".repeat(1001), 400, "q");
        assertError("/api/search?from=kemarin", 400, "from");
        assertError("/api/search?from=2025-06-02&to=2025-06-01", 400, "from");
        assertError("/api/search?page=-1", 400, "page");
        assertError("/api/search?colour=red", 400, "colour");
        assertError("/api/search?q=a&q=b", 400, "q");
        assertError("/api/events?code=abc", 400, "code");
        assertError("/api/entities?size=101", 400, "size");
        assertError("/api/articles/0000000000000000", 404, "0000000000000000");
        assertError("/api/entities/" + enc("Tidak Ada Orang Ini"), 404, "Tidak Ada Orang Ini");
        assertError("/api/stories/tidak-ada", 404, "tidak-ada");
        assertError("/api/tidak-ada", 404, "/api/tidak-ada");
    }

    @Test
    void aRequestJettyRejectsIsAJsonErrorToo() throws Exception {
        try (Socket s = new Socket("127.0.0.1", corpus.server().port())) {
            s.getOutputStream().write("GET /api/articles/%ZZ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String response = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 400");
            JsonNode error = JSON.readTree(response.substring(response.indexOf("\r\n\r\n") + 4)).path("error");
            assertThat(error.path("status").asInt()).isEqualTo(400);
        }
    }

    private static void assertError(String pathAndQuery, int status, String mentioned) throws Exception {
        HttpResponse<String> r = get(pathAndQuery);
        assertThat(r.statusCode()).as(pathAndQuery).isEqualTo(status);
        JsonNode error = JSON.readTree(r.body()).path("error");
        assertThat(error.path("status").asInt()).isEqualTo(status);
        assertThat(error.path("message").asText()).contains(mentioned);
        assertThat(r.body()).doesNotContain("Exception", "\tat ", ".java:");
    }

    @Test
    void hostileQueriesAreSearchedNotFailed() throws Exception {
        assertThat(ok("/api/search?q=" + enc("\"banjir AND (")).path("total").asLong()).isGreaterThanOrEqualTo(0);
        assertThat(ok("/api/search?q=" + enc(TestCorpus.SCRIPT)).path("hits")).isNotNull();
    }

    @Test
    void responsesCarryTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/api/search")) {
            HttpResponse<String> r = get(path);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(
                    csp -> assertThat(csp).contains("script-src 'self'"));
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        }
    }

    @Test
    void theServerListensOnLoopbackOnly() throws Exception {
        assertThat(corpus.server().host()).isEqualTo("127.0.0.1");
        for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : Collections.list(nif.getInetAddresses())) {
                if (!address.isLoopbackAddress()) {
                    assertThat(connects(address, corpus.server().port())).as(address.toString()).isFalse();
                }
            }
        }
        assertThat(connects(InetAddress.getByName("127.0.0.1"), corpus.server().port())).isTrue();
    }

    private static boolean connects(InetAddress address, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(address, port), 500);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
