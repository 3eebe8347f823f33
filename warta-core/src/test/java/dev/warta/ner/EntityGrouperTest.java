package dev.warta.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.warta.gazetteer.CityPoints;
import dev.warta.gazetteer.PlaceIds;
import dev.warta.lang.Languages;
import dev.warta.model.Entity;
import dev.warta.model.EntityType;
import dev.warta.model.Mention;
import dev.warta.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityGrouperTest {
    private static final EntityGrouper GROUPER = new EntityGrouper(PlaceIds.shipped(), CityPoints.shipped(),
            Languages.discover().all());
    private static final String TEXT = "Presiden Joko Widodo bertemu Menlu Retno di Jakarta. Widodo lalu ke Bogor, "
            + "sementara jakarta diguyur hujan. Retno Marsudi kembali ke Jakarta.";

    private static Mention at(String name, int from, EntityType type) {
        int start = TEXT.indexOf(name, from);
        return new Mention(new Span(start, start + name.length()), type);
    }

    @Test
    void sameNamesAndShortFormsOfPersonsAreOneEntity() {
        List<Mention> mentions = new ArrayList<>(List.of(
                at("Joko Widodo", 0, EntityType.PERSON),
                at("Retno", 0, EntityType.PERSON),
                at("Jakarta", 0, EntityType.LOCATION),
                at("Widodo", 50, EntityType.PERSON),
                at("Bogor", 0, EntityType.LOCATION),
                at("jakarta", 0, EntityType.LOCATION),
                at("Retno Marsudi", 0, EntityType.PERSON),
                at("Jakarta", 120, EntityType.LOCATION)));
        List<Entity> entities = GROUPER.group(TEXT, mentions);
        assertThat(entities).extracting(Entity::id, Entity::type, Entity::name, e -> e.mentions().size())
                .containsExactly(
                        tuple("e1", EntityType.PERSON, "Joko Widodo", 2),
                        tuple("e2", EntityType.PERSON, "Retno", 1),
                        tuple("e3", EntityType.LOCATION, "Jakarta", 3),
                        tuple("e4", EntityType.LOCATION, "Bogor", 1),
                        tuple("e5", EntityType.PERSON, "Retno Marsudi", 1));
        assertThat(entities.getFirst().aliases()).containsExactly("Widodo");
    }

    @Test
    void aShortFormOfAPlaceIsNotMergedByTheLastWord() {
        String text = "Jawa Barat dan Barat";
        List<Entity> entities = GROUPER.group(text, List.of(
                new Mention(new Span(0, 10), EntityType.LOCATION), new Mention(new Span(15, 20), EntityType.LOCATION)));
        assertThat(entities).hasSize(2);
    }

    @Test
    void placesTheGazetteerKnowsAreLinkedAndTheirNamesJoined() {
        String text = "Delegasi Amerika Serikat tiba di Jawa Barat. Pejabat AS itu bertemu gubernur.";
        List<Mention> mentions = List.of(
                new Mention(new Span(9, 24), EntityType.LOCATION),
                new Mention(new Span(33, 43), EntityType.LOCATION),
                new Mention(new Span(53, 55), EntityType.LOCATION));
        List<Entity> entities = GROUPER.group(text, mentions);
        assertThat(entities).extracting(Entity::name, e -> e.links().get("wikidata"), e -> e.mentions().size())
                .containsExactly(tuple("Amerika Serikat", "Q30", 2), tuple("Jawa Barat", "Q3724", 1));
        assertThat(entities.getFirst().aliases()).containsExactly("AS");
    }

    @Test
    void theNamesOfOneForeignPlaceAreOneEntity() {
        String text = "Utusan tiba di Kyiv. Di Kiev, ia bertemu pejabat dari Moskow dan Moscow.";
        List<Mention> mentions = new ArrayList<>();
        for (String name : List.of("Kyiv", "Kiev", "Moskow", "Moscow")) {
            int at = text.indexOf(name);
            mentions.add(new Mention(new Span(at, at + name.length()), EntityType.LOCATION));
        }
        List<Entity> entities = GROUPER.group(text, mentions);
        assertThat(entities).extracting(Entity::name, Entity::aliases)
                .containsExactly(tuple("Kyiv", List.of("Kiev")), tuple("Moskow", List.of("Moscow")));
    }

    @Test
    void titlesBeforeANameAreRolesWithTheirAffiliationAPersonIncluded() {
        String text = "Wakil Presiden Gibran Rakabuming Raka bertemu Gubernur Jawa Barat Dedi Mulyadi. "
                + "Juru bicara KPK, Budi Santoso, hadir. Penasihat Presiden Prabowo, Andi Hakim, juga hadir.";
        List<Mention> mentions = new ArrayList<>();
        for (String[] m : new String[][] {{"Gibran Rakabuming Raka", "P"}, {"Jawa Barat", "L"},
                {"Dedi Mulyadi", "P"}, {"KPK", "O"}, {"Budi Santoso", "P"}, {"Prabowo", "P"}, {"Andi Hakim", "P"}}) {
            int at = text.indexOf(m[0]);
            EntityType type = m[1].equals("P") ? EntityType.PERSON
                    : m[1].equals("L") ? EntityType.LOCATION : EntityType.ORGANIZATION;
            mentions.add(new Mention(new Span(at, at + m[0].length()), type));
        }
        List<Entity> entities = GROUPER.group(text, mentions);
        assertThat(entities).filteredOn(e -> !e.roles().isEmpty())
                .extracting(Entity::name, e -> e.roles().getFirst().normalized(),
                        e -> e.roles().getFirst().affiliationEntityId())
                .containsExactly(tuple("Gibran Rakabuming Raka", "Vice President", null),
                        tuple("Dedi Mulyadi", "Governor", "e2"),
                        tuple("Budi Santoso", "Spokesperson", "e4"),
                        tuple("Prabowo", "President", null),
                        tuple("Andi Hakim", "Adviser", "e6"));
        Entity dedi = entities.get(2);
        assertThat(dedi.roles().getFirst().evidence().of(text)).isEqualTo("Gubernur Jawa Barat Dedi Mulyadi");
    }

    private static List<Entity> group(String text, Object... nameAndType) {
        List<Mention> mentions = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < nameAndType.length; i += 2) {
            String name = (String) nameAndType[i];
            int at = text.indexOf(name, from);
            mentions.add(new Mention(new Span(at, at + name.length()), (EntityType) nameAndType[i + 1]));
            from = at + name.length();
        }
        return GROUPER.group(text, mentions);
    }

    @Test
    void initialsOfAPersonStayAPerson() {
        List<Entity> entities = group("Komisi Pemberantasan Korupsi menahan HS. Tersangka HS diperiksa.",
                "Komisi Pemberantasan Korupsi", EntityType.ORGANIZATION, "HS", EntityType.PERSON,
                "HS", EntityType.PERSON);
        assertThat(entities).extracting(Entity::name, Entity::type).containsExactly(
                tuple("Komisi Pemberantasan Korupsi", EntityType.ORGANIZATION), tuple("HS", EntityType.PERSON));
    }

    @Test
    void aShortNameSaidFirstJoinsTheFullOneAndAFirstNameJoinsToo() {
        List<Entity> entities = group("Yudhi Sadewa hadir. Menteri Purbaya Yudhi Sadewa bicara. Purbaya lalu pergi.",
                "Yudhi Sadewa", EntityType.PERSON, "Purbaya Yudhi Sadewa", EntityType.PERSON,
                "Purbaya", EntityType.PERSON);
        assertThat(entities).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Purbaya Yudhi Sadewa");
            assertThat(e.aliases()).containsExactly("Yudhi Sadewa", "Purbaya");
        });
    }

    @Test
    void theEndOfATitleTakenIntoANameIsLeftOut() {
        String text = "Menteri Luar Negeri Sugiono hadir.";
        List<Entity> entities = group(text, "Negeri Sugiono", EntityType.PERSON);
        assertThat(entities).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Sugiono");
            assertThat(e.roles()).extracting(r -> r.title(), r -> r.normalized())
                    .containsExactly(tuple("Menteri Luar Negeri", "Foreign Minister"));
        });
    }

    @Test
    void aCountryTakenForAnOrganizationIsAPlaceWithItsLink() {
        List<Entity> entities = group("Indonesia menolak klaim itu.", "Indonesia", EntityType.ORGANIZATION);
        assertThat(entities).extracting(Entity::type, e -> e.links().get("wikidata"))
                .containsExactly(tuple(EntityType.LOCATION, "Q252"));
    }

    @Test
    void aCityUnderAnyOfItsNamesLinksToGeoNames() {
        String text = "Delegasi tiba di Moskow. Washington menolak. Pertemuan di Miami.";
        List<Entity> entities = group(text, "Moskow", EntityType.LOCATION, "Washington", EntityType.LOCATION,
                "Miami", EntityType.LOCATION);
        assertThat(entities).extracting(Entity::name, e -> e.links().get("geonames"))
                .containsExactly(tuple("Moskow", "524901"), tuple("Washington", "4140963"), tuple("Miami", "4164138"));
    }

    @Test
    void anUntaggedRepeatOfALastNameIsThePersonUnlessItIsAlsoACommonWord() {
        List<Entity> entities = group("Dmitry Peskov hadir. Peskov lalu pergi. Arif Rahman Hakim bicara. Hakim "
                + "menolak, kata para hakim.", "Dmitry Peskov", EntityType.PERSON,
                "Arif Rahman Hakim", EntityType.PERSON);
        assertThat(entities).extracting(Entity::name, e -> e.mentions().size())
                .containsExactly(tuple("Dmitry Peskov", 2), tuple("Arif Rahman Hakim", 1));
    }
}
