package dev.warta.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.warta.gazetteer.CityPoints;
import dev.warta.gazetteer.PlaceIds;
import dev.warta.lang.Languages;
import dev.warta.model.Entity;
import dev.warta.model.EntityType;
import dev.warta.model.Role;
import dev.warta.model.Span;
import dev.warta.segment.RuleSegmenter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Entities and roles of sentences through the shipped tagger and the grouper together. */
class EntityRolesTest {
    private static final Languages LANGUAGES = Languages.discover();
    private static final TaggerRecognizer RECOGNIZER = new TaggerRecognizer(NerTagger.shipped(), LANGUAGES.all());
    private static final EntityGrouper GROUPER = new EntityGrouper(PlaceIds.shipped(), CityPoints.shipped(),
            LANGUAGES.all());

    private static List<Entity> entities(String text) {
        var sentences = new RuleSegmenter().segment(text, List.of(new Span(0, text.length())),
                LANGUAGES.get("id").orElseThrow());
        return GROUPER.group(text, RECOGNIZER.mentions(text, sentences));
    }

    private static Entity named(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(
                () -> new AssertionError(name + " not in " + entities.stream().map(Entity::name).toList()));
    }

    /** The role as title, gloss and the name of the affiliation (null when none). */
    private static List<List<String>> roles(List<Entity> entities, String person) {
        return named(entities, person).roles().stream().map(r -> java.util.Arrays.asList(r.title(), r.normalized(),
                affiliation(entities, r))).toList();
    }

    private static String affiliation(List<Entity> entities, Role r) {
        return entities.stream().filter(e -> e.id().equals(r.affiliationEntityId())).map(Entity::name)
                .findFirst().orElse(null);
    }

    @Test
    void titlesChainedBySekaligusAreOneRoleOfThePerson() {
        List<Entity> entities = entities("Jakarta - Wakil Perdana Menteri sekaligus Menteri Luar Negeri Mesir Hani "
                + "Mahmoud tiba di Jakarta pada Senin.");
        assertThat(roles(entities, "Hani Mahmoud")).containsExactly(List.of("Wakil Perdana Menteri sekaligus "
                + "Menteri Luar Negeri", "Deputy Prime Minister and Foreign Minister", "Mesir"));
    }

    @Test
    void aTitleAfterSelakuIsARoleToo() {
        List<Entity> entities = entities("Pertemuan itu dibuka oleh Perdana Menteri Thailand Somchai Wongsawat "
                + "selaku Ketua ASEAN tahun ini.");
        assertThat(roles(entities, "Somchai Wongsawat")).extracting(r -> r.get(0) + " " + r.get(2))
                .containsExactly("Perdana Menteri Thailand", "Ketua ASEAN");
    }

    @Test
    void commonWordsCompleteATitleThatOpensAnApposition() {
        List<Entity> entities = entities("Sidang digelar pada Selasa. Kuasa hukum termohon, Andi Saputra, menolak "
                + "dalil itu. Koordinator relawan Lumbung Pangan, Sari Dewi, membagikan beras.");
        assertThat(roles(entities, "Andi Saputra")).containsExactly(Arrays.asList("Kuasa hukum termohon", "Lawyer",
                null));
        assertThat(roles(entities, "Sari Dewi")).extracting(r -> r.get(0) + " " + r.get(2))
                .containsExactly("Koordinator relawan Lumbung Pangan");
    }

    @Test
    void englishAffiliationsStandBeforeTheTitleOrAfterItsPreposition() {
        String text = "Officials said KPU chairman Hasyim Nuryanto would attend. Budi Kurniawan, a spokesman for "
                + "the Philippine Coast Guard, declined to comment. Thai Foreign Minister Somsak Charoen agreed.";
        var sentences = new RuleSegmenter().segment(text, List.of(new Span(0, text.length())),
                LANGUAGES.get("en").orElseThrow());
        List<Entity> entities = GROUPER.group(text, new CapitalizedNameRecognizer(LANGUAGES.all(),
                dev.warta.gazetteer.PlaceNames.shipped()).mentions(text, sentences));
        assertThat(roles(entities, "Hasyim Nuryanto")).containsExactly(List.of("chairman", "Chair", "KPU"));
        assertThat(roles(entities, "Budi Kurniawan")).containsExactly(List.of("spokesman", "Spokesperson",
                "Philippine Coast Guard"));
        assertThat(roles(entities, "Somsak Charoen")).containsExactly(Arrays.asList("Thai Foreign Minister",
                "Foreign Minister", null));
    }

    @Test
    void modifiersMakeAnotherTitleOfATitleAndAPrepositionTiesATitleToItsOrganization() {
        String text = "Vice Interior Minister Kang Tae-yoon met reporters in Seoul. Lina Tanoto, an economist at "
                + "Hanbit Bank, said the breach would cost millions. Nguyen Van Duc, head of the disciplinary "
                + "board, said so. Tran Thi Mai, deputy secretary general of the Hanoi Seafood Association, agreed.";
        var sentences = new RuleSegmenter().segment(text, List.of(new Span(0, text.length())),
                LANGUAGES.get("en").orElseThrow());
        List<Entity> english = GROUPER.group(text, new CapitalizedNameRecognizer(LANGUAGES.all(),
                dev.warta.gazetteer.PlaceNames.shipped()).mentions(text, sentences));
        assertThat(english).extracting(Entity::name).doesNotContain("Vice");
        assertThat(roles(english, "Kang Tae-yoon")).extracting(r -> r.get(0)).containsExactly("Vice Interior Minister");
        assertThat(roles(english, "Lina Tanoto")).containsExactly(List.of("economist", "Economist", "Hanbit Bank"));
        assertThat(roles(english, "Nguyen Van Duc")).containsExactly(Arrays.asList("head of the disciplinary board",
                "Head", null));
        assertThat(roles(english, "Tran Thi Mai")).containsExactly(List.of("deputy secretary general",
                "deputy Secretary-General", "Hanoi Seafood Association"));
        List<Entity> indonesian = entities("Mantan Bupati Buton Tengah Samahuddin diperiksa penyidik di Kendari.");
        assertThat(roles(indonesian, "Samahuddin")).extracting(r -> r.get(0) + " | " + r.get(1))
                .containsExactly("Mantan Bupati | former Regent");
        List<Entity> acting = entities("Pelaksana tugas Bupati Buton Tengah, Wahyu Nugroho, menggelar rapat di Labungkari.");
        assertThat(roles(acting, "Wahyu Nugroho")).extracting(r -> r.get(0) + " | " + r.get(1))
                .containsExactly("Pelaksana tugas Bupati | acting Regent");
    }

    @Test
    void initialsAfterTheWordsThatIntroduceThemArePersonsThroughout() {
        List<Entity> entities = entities("Kejaksaan menetapkan empat tersangka, yakni direktur berinisial RWS, "
                + "serta dua pihak swasta berinisial TS dan MDA. Usai diperiksa, TS langsung ditahan.");
        assertThat(entities).filteredOn(e -> e.type() == EntityType.PERSON)
                .extracting(Entity::name, e -> e.mentions().size())
                .containsExactly(tuple("RWS", 1), tuple("TS", 2), tuple("MDA", 1));
    }

    @Test
    void citedOutletsAndTwoOrganizationsInOneWordAreOrganizations() {
        List<Entity> entities = entities("Mengutip Bernama, otoritas Malaysia menahan 12 nelayan. Ribuan buruh "
                + "berunjuk rasa di depan Gedung DPR/MPR, Senayan.");
        assertThat(entities).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .contains("Bernama", "DPR", "MPR").doesNotContain("DPR/MPR");
    }

    @Test
    void anAbbreviationDefinedInParenthesesIsItsOrganization() {
        List<Entity> entities = entities("Komisi Pemberantasan Korupsi (KPK) memeriksa saksi. Menurut KPK, "
                + "saksi itu hadir.");
        Entity kpk = named(entities, "Komisi Pemberantasan Korupsi");
        assertThat(kpk.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(kpk.aliases()).containsExactly("KPK");
        assertThat(kpk.mentions()).hasSize(3);
    }

    @Test
    void initialsOfAKnownNameAreThatOrganization() {
        List<Entity> entities = entities("Mahkamah Konstitusi menolak gugatan itu. Ketua MK Suhartoyo membacakan "
                + "putusan.");
        assertThat(named(entities, "Mahkamah Konstitusi").aliases()).containsExactly("MK");
        assertThat(roles(entities, "Suhartoyo")).containsExactly(List.of("Ketua", "Chair", "Mahkamah Konstitusi"));
    }

    @Test
    void anAbbreviationBeforeANameIsTheOrganizationNotPartOfTheName() {
        List<Entity> entities = entities("Bank Indonesia (BI) menahan suku bunga. Gubernur BI Perry Warjiyo "
                + "menyebut inflasi terkendali. Perry menambahkan bahwa rupiah stabil.");
        assertThat(named(entities, "Perry Warjiyo").aliases()).containsExactly("Perry");
        assertThat(roles(entities, "Perry Warjiyo")).containsExactly(List.of("Gubernur", "Governor", "Bank Indonesia"));
    }

    @Test
    void appositionsGiveRolesOfAnOrganizationOrOfAPerson() {
        List<Entity> entities = entities("Penasihat kebijakan luar negeri Presiden Putin, Yuri Ushakov, menelepon "
                + "Washington. Sementara itu, utusan khusus Presiden Putin, Kirill Dmitriev, tiba di Moskow. "
                + "Yohanes Purba, Juru Bicara Kementerian Luar Negeri, menegaskan sikap itu.");
        assertThat(roles(entities, "Yuri Ushakov"))
                .containsExactly(List.of("Penasihat kebijakan luar negeri", "Foreign Policy Adviser", "Putin"));
        assertThat(roles(entities, "Kirill Dmitriev"))
                .containsExactly(List.of("utusan khusus", "Special Envoy", "Putin"));
        assertThat(roles(entities, "Yohanes Purba"))
                .containsExactly(List.of("Juru Bicara", "Spokesperson", "Kementerian Luar Negeri"));
        Role ushakov = named(entities, "Yuri Ushakov").roles().getFirst();
        assertThat(ushakov.evidence().of("Penasihat kebijakan luar negeri Presiden Putin, Yuri Ushakov"))
                .isEqualTo("Penasihat kebijakan luar negeri Presiden Putin, Yuri Ushakov");
    }

    @Test
    void anAffiliationWithAListAndItsAbbreviationIsOneOrganization() {
        List<Entity> entities = entities("Kepala Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) Dwikorita "
                + "Karnawati memberi penjelasan. Menurut BMKG, gempa itu tidak berpotensi tsunami.");
        Entity bmkg = named(entities, "Badan Meteorologi, Klimatologi, dan Geofisika");
        assertThat(bmkg.aliases()).containsExactly("BMKG");
        assertThat(roles(entities, "Dwikorita Karnawati"))
                .containsExactly(List.of("Kepala", "Head", "Badan Meteorologi, Klimatologi, dan Geofisika"));
    }

    @Test
    void anAffiliationLongerThanAnyNameIsAnOrganizationOfItsOwn() {
        List<Entity> entities = entities("Kepala BPBD Kota Bekasi Ahmad Yani mengatakan banjir mulai surut.");
        assertThat(roles(entities, "Ahmad Yani")).containsExactly(List.of("Kepala", "Head", "BPBD Kota Bekasi"));
        assertThat(named(entities, "BPBD Kota Bekasi").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void shortTitlesAndRanks() {
        List<Entity> entities = entities("Menlu Sugiono dan Kapolri Jenderal Listyo Sigit Prabowo hadir di Istana.");
        assertThat(roles(entities, "Sugiono")).containsExactly(java.util.Arrays.asList("Menlu", "Foreign Minister",
                null));
        assertThat(roles(entities, "Listyo Sigit Prabowo"))
                .containsExactly(java.util.Arrays.asList("Kapolri", "National Police Chief", null));
        assertThat(named(entities, "Istana").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void wordsOfAPortfolioBelongToTheTitle() {
        List<Entity> entities = entities("Menteri Koordinator Bidang Perekonomian Airlangga Hartarto menyebut "
                + "kesepakatan itu tercapai.");
        assertThat(roles(entities, "Airlangga Hartarto")).containsExactly(java.util.Arrays.asList(
                "Menteri Koordinator Bidang Perekonomian", "Coordinating Minister", null));
    }

    @Test
    void aCountryBeforeAPersonsNameIsTheAffiliation() {
        List<Entity> entities = entities("Perdana Menteri Jepang Sanae Takaichi tiba di Tokyo.");
        assertThat(roles(entities, "Sanae Takaichi")).containsExactly(List.of("Perdana Menteri", "Prime Minister",
                "Jepang"));
        assertThat(named(entities, "Jepang").links()).containsEntry("wikidata", "Q17");
    }

    @Test
    void everySpellingOfACountryIsOneLinkedEntity() {
        List<Entity> entities = entities("Presiden Tiongkok Xi Jinping menerima utusan AS. China dan Amerika "
                + "Serikat sepakat. Inggris menyambut baik, kata pejabat Inggris Raya.");
        assertThat(entities).filteredOn(e -> e.type() == EntityType.LOCATION)
                .extracting(Entity::name, e -> e.links().get("wikidata"))
                .containsExactlyInAnyOrder(tuple("Tiongkok", "Q148"), tuple("Amerika Serikat", "Q30"),
                        tuple("Inggris Raya", "Q145"));
    }

    @Test
    void oneUnknownWordAfterATitleIsAPersonButAPortfolioIsNot() {
        List<Entity> entities = entities("Menteri Ketenagakerjaan Yassierli pekan lalu menyatakan formula upah "
                + "belum final. Direktur Penyidikan pada Kejaksaan Agung, Bonifasius Sitorus, mengatakan "
                + "penyidikan berlanjut.");
        assertThat(roles(entities, "Yassierli")).containsExactly(java.util.Arrays.asList("Menteri Ketenagakerjaan",
                "Manpower Minister", null));
        assertThat(entities).noneMatch(e -> e.name().equals("Penyidikan"));
    }

    @Test
    void anAbbreviationOfCommonNounsNamesNothing() {
        List<Entity> entities = entities("Mahkamah Konstitusi memerintahkan pemungutan suara ulang (PSU) di 14 "
                + "tempat pemungutan suara (TPS). PSU digelar pekan depan di semua TPS.");
        assertThat(entities).extracting(Entity::name).doesNotContain("PSU", "TPS");
    }

    @Test
    void aRankWithItsGradeStandsBetweenAffiliationAndName() {
        List<Entity> entities = entities("Direktur Operasi Laut Bakamla, Laksamana Pertama Bambang Sudrajat, "
                + "mengatakan kapal itu dibayangi. Menurut Bakamla, kapal itu pergi.");
        assertThat(named(entities, "Bambang Sudrajat").roles()).singleElement()
                .satisfies(r -> assertThat(r.title() + " " + affiliation(entities, r))
                        .isEqualTo("Direktur Operasi Laut Bakamla"));
    }

    @Test
    void aCommonWordOpeningASentenceIsNoName() {
        List<Entity> entities = entities("Patroli gabungan digelar di perbatasan. Tim melanjutkan patroli hingga "
                + "malam di Entikong.");
        assertThat(entities).extracting(Entity::name).doesNotContain("Patroli");
    }

    @Test
    void ranksEndAnOrganizationAndTheNameAfterThemIsThePerson() {
        List<Entity> entities = entities("Kepala Bidang Humas Polda Metro Jaya Kombes Pol Ade Ary Syam Indradi "
                + "mengatakan, kedua tersangka ditahan. \"Kerugian mencapai Rp 2 miliar,\" ujar Ade Ary.");
        Entity ade = named(entities, "Ade Ary Syam Indradi");
        assertThat(ade.aliases()).containsExactly("Ade Ary");
        assertThat(roles(entities, "Ade Ary Syam Indradi"))
                .containsExactly(List.of("Kepala Bidang Humas", "Head", "Polda Metro Jaya"));
    }

    @Test
    void everyUseOfADefinedAbbreviationIsTheOrganization() {
        List<Entity> entities = entities("Universitas Airlangga (Unair) mengirim relawan. Wakil Rektor I Unair "
                + "Bambang Sektiari Lukiswanto menambahkan, relawan bertugas sepekan.");
        Entity unair = named(entities, "Universitas Airlangga");
        assertThat(unair.mentions()).hasSize(3);
        assertThat(roles(entities, "Bambang Sektiari Lukiswanto"))
                .containsExactly(List.of("Wakil Rektor I", "Vice Rector", "Universitas Airlangga"));
    }

    @Test
    void aNameTheTaggerReadIntoThePlaceATitleHeadsIsThePerson() {
        List<Entity> entities = entities("Gubernur Khofifah Indar Parawansa didampingi Bupati Sidoarjo Subandi "
                + "dan warga meninjau banjir di Kabupaten Sidoarjo.");
        assertThat(roles(entities, "Subandi")).singleElement().satisfies(r -> assertThat(r.get(0)).isEqualTo("Bupati"));
        assertThat(entities).noneMatch(e -> e.name().contains("Sidoarjo Subandi"));
    }
}
