package dev.warta.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.warta.SharedData;
import dev.warta.Warta;
import dev.warta.model.Article;
import dev.warta.model.ContentType;
import dev.warta.model.CreditRole;
import dev.warta.model.Document;
import dev.warta.model.Entity;
import dev.warta.model.EntityType;
import dev.warta.model.Evidence;
import dev.warta.model.RawDocument;
import dev.warta.model.RemovalKind;
import dev.warta.model.Sentence;
import dev.warta.model.SourceRef;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The article that started the project, end to end through the real pipeline. */
class SeedArticleTest {
    private static Document doc;
    private static String input;

    @BeforeAll
    static void analyze() throws Exception {
        Path seed = SharedData.path("seeds/000_3316a73beb3f12b7.txt");
        input = Files.readString(seed);
        doc = Warta.create().analyze(new RawDocument(SourceRef.file(seed.toString()), ContentType.TEXT, input, null));
    }

    @Test
    void leadGivesOutletAndDatelineAndLeavesTheBody() {
        Article a = doc.article();
        assertThat(a.outlet()).isEqualTo("WAHANANEWS.CO");
        assertThat(a.dateline()).isEqualTo("Jakarta");
        assertThat(a.lead().origin()).isEqualTo(Evidence.Origin.INPUT);
        assertThat(a.lead().span().of(input)).isEqualTo("WAHANANEWS.CO, Jakarta - ");
        assertThat(a.language()).isEqualTo("id");
    }

    @Test
    void creditAndCitedSource() {
        Article a = doc.article();
        assertThat(a.credits()).extracting(c -> c.name(), c -> c.role())
                .containsExactly(tuple("Ajat Sudrajat", CreditRole.EDITOR));
        assertThat(a.credits().getFirst().evidence().span().of(input)).isEqualTo("Ajat Sudrajat");
        assertThat(a.citedSources()).hasSize(1);
        assertThat(a.citedSources().getFirst().name()).isEqualTo("The Straits Times");
        assertThat(a.citedSources().getFirst().date().iso()).isEqualTo("2025-12-27");
        assertThat(a.citedSources().getFirst().evidence().span().of(a.text()))
                .isEqualTo("dilansir dari The Straits Times");
    }

    @Test
    void bothRelatedBlocksAreRemovedWithTheirHeadlines() {
        Article a = doc.article();
        assertThat(a.removed()).extracting(r -> r.kind(), r -> r.text()).containsExactly(
                tuple(RemovalKind.RELATED, "Baca Juga:"),
                tuple(RemovalKind.RELATED, "Kementerian Luar Negeri Rusia Sebut Laporan AP Evakuasi Kedubes "
                        + "Venezuela Kebohongan"),
                tuple(RemovalKind.RELATED, "Baca Juga:"),
                tuple(RemovalKind.RELATED, "Mendag Busan Bertemu Mendag Komisi Ekonomi Eurasia, Pertegas Komitmen "
                        + "Implementasi Indonesia-EAEU FTA"),
                tuple(RemovalKind.CREDIT, "[Redaktur: Ajat Sudrajat]"));
        assertThat(a.text()).doesNotContain("Baca Juga", "Kebohongan", "Eurasia", "Redaktur", "WAHANANEWS");
    }

    @Test
    void firstAndLastSentencesAreKept() {
        String text = doc.article().text();
        Sentence first = doc.sentences().getFirst();
        Sentence last = doc.sentences().getLast();
        assertThat(first.span().of(text)).isEqualTo("Presiden Rusia Vladimir Putin memberikan sinyal diplomatik "
                + "kepada Presiden Amerika Serikat Donald Trump terkait proposal perdamaian untuk mengakhiri konflik "
                + "di Ukraina.");
        assertThat(last.span().of(text)).isEqualTo("Tuntutan Moskow terkait wilayah Donbas masih menjadi salah satu "
                + "isu krusial yang berpotensi menghambat tercapainya kesepakatan damai antara pihak-pihak yang "
                + "bertikai.");
        assertThat(doc.article().paragraphs()).hasSize(14);
        assertThat(doc.sentences()).hasSize(15);
    }

    @Test
    void theCitationDateIsADateMention() {
        assertThat(doc.dates()).extracting(d -> d.span().of(doc.article().text()), d -> d.value().iso())
                .containsExactly(tuple("Sabtu (27/12/2025)", "2025-12-27"));
    }

    @Test
    void peopleAndPlacesAreFoundAndShortNamesJoinFullOnes() {
        assertThat(doc.entities()).extracting(e -> e.type(), e -> e.name())
                .contains(tuple(EntityType.PERSON, "Vladimir Putin"), tuple(EntityType.PERSON, "Donald Trump"),
                        tuple(EntityType.PERSON, "Kirill Dmitriev"), tuple(EntityType.LOCATION, "Moskow"),
                        tuple(EntityType.LOCATION, "Ukraina"));
        Entity putin = doc.entities().stream().filter(e -> e.name().equals("Vladimir Putin")).findFirst().orElseThrow();
        assertThat(putin.aliases()).containsExactly("Putin");
        assertThat(putin.roles()).singleElement().satisfies(r -> {
            assertThat(r.title()).isEqualTo("Presiden");
            assertThat(r.normalized()).isEqualTo("President");
            assertThat(doc.entities().stream().filter(e -> e.id().equals(r.affiliationEntityId())).findFirst()
                    .orElseThrow().name()).isEqualTo("Rusia");
        });
        assertThat(putin.mentions()).allSatisfy(m -> assertThat(m.span().of(doc.article().text())).endsWith("Putin"));
        assertThat(doc.entities()).noneMatch(e -> e.name().contains("Baca") || e.name().equals("Sabtu"));
        assertThat(doc.entities()).filteredOn(e -> e.name().equals("Rusia")).singleElement()
                .satisfies(e -> assertThat(e.links()).containsEntry("wikidata", "Q159"));
    }

    @Test
    void everyNameAReaderWouldListIsFoundAndNothingElse() {
        assertThat(doc.entities()).extracting(e -> e.type(), e -> e.name()).containsExactlyInAnyOrder(
                tuple(EntityType.PERSON, "Vladimir Putin"), tuple(EntityType.PERSON, "Donald Trump"),
                tuple(EntityType.PERSON, "Yuri Ushakov"), tuple(EntityType.PERSON, "Dmitry Peskov"),
                tuple(EntityType.PERSON, "Kirill Dmitriev"),
                tuple(EntityType.ORGANIZATION, "Kremlin"), tuple(EntityType.ORGANIZATION, "The Straits Times"),
                tuple(EntityType.LOCATION, "Rusia"), tuple(EntityType.LOCATION, "Amerika Serikat"),
                tuple(EntityType.LOCATION, "Ukraina"), tuple(EntityType.LOCATION, "Moskow"),
                tuple(EntityType.LOCATION, "Kyiv"), tuple(EntityType.LOCATION, "Washington"),
                tuple(EntityType.LOCATION, "Miami"), tuple(EntityType.LOCATION, "Donbas"));
        assertThat(entity("Dmitry Peskov").aliases()).containsExactly("Peskov");
        assertThat(entity("Kremlin").mentions()).hasSize(3);
        assertThat(entity("Amerika Serikat").links()).containsEntry("wikidata", "Q30");
    }

    @Test
    void rolesAreReadBeforeNamesAndInAppositions() {
        assertThat(roleOf("Donald Trump")).containsExactly("Presiden", "President", "Amerika Serikat");
        assertThat(roleOf("Yuri Ushakov"))
                .containsExactly("Penasihat kebijakan luar negeri", "Foreign Policy Adviser", "Vladimir Putin");
        assertThat(roleOf("Dmitry Peskov")).containsExactly("Juru bicara", "Spokesperson", "Kremlin");
        assertThat(roleOf("Kirill Dmitriev")).containsExactly("utusan khusus", "Special Envoy", "Vladimir Putin");
    }

    private static Entity entity(String name) {
        return doc.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    /** The only role of a person: title, gloss and the affiliation's name. */
    private static java.util.List<String> roleOf(String person) {
        assertThat(entity(person).roles()).hasSize(1);
        var r = entity(person).roles().getFirst();
        String of = doc.entities().stream().filter(e -> e.id().equals(r.affiliationEntityId())).findFirst()
                .orElseThrow().name();
        return java.util.List.of(r.title(), r.normalized(), of);
    }
}
