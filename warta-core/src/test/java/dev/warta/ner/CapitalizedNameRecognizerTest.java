package dev.warta.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.warta.gazetteer.PlaceNames;
import dev.warta.lang.Languages;
import dev.warta.model.EntityType;
import dev.warta.model.Mention;
import dev.warta.model.Span;
import dev.warta.segment.RuleSegmenter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapitalizedNameRecognizerTest {
    private static final Languages LANGUAGES = Languages.discover();
    private static final CapitalizedNameRecognizer RECOGNIZER = new CapitalizedNameRecognizer(LANGUAGES.all(),
            PlaceNames.shipped());

    private static List<Mention> mentions(String text) {
        var sentences = new RuleSegmenter().segment(text, List.of(new Span(0, text.length())),
                LANGUAGES.get("en").orElseThrow());
        return RECOGNIZER.mentions(text, sentences);
    }

    private static List<org.assertj.core.groups.Tuple> named(String text) {
        return mentions(text).stream().map(m -> tuple(m.span().of(text), m.type())).toList();
    }

    @Test
    void aTitleEndsWhatPrecedesItAndIntroducesAPerson() {
        assertThat(named("Indonesia's Foreign Minister Retno Marsudi met Mr. Tan Wei-Ming in Singapore."))
                .containsExactly(tuple("Indonesia", EntityType.LOCATION), tuple("Retno Marsudi", EntityType.PERSON),
                        tuple("Tan Wei-Ming", EntityType.PERSON), tuple("Singapore", EntityType.LOCATION));
    }

    @Test
    void organizationWordsAndConnectorsMakeOneOrganization() {
        assertThat(named("Officials of the Ministry of Trade and Industry and the National Search and Rescue "
                + "Agency met Philippine Coast Guard officers and The Straits Times reporters."))
                .containsExactly(tuple("Ministry of Trade and Industry", EntityType.ORGANIZATION),
                        tuple("National Search and Rescue Agency", EntityType.ORGANIZATION),
                        tuple("Philippine Coast Guard", EntityType.ORGANIZATION),
                        tuple("The Straits Times", EntityType.ORGANIZATION));
    }

    @Test
    void ranksAndListsOfFieldsInsideAnOrganizationsName() {
        assertThat(named("Hackers of the Reconnaissance General Bureau struck the Ministry of Culture, Sports and "
                + "Tourism on Friday."))
                .containsExactly(tuple("Reconnaissance General Bureau", EntityType.ORGANIZATION),
                        tuple("Ministry of Culture, Sports and Tourism", EntityType.ORGANIZATION));
    }

    @Test
    void adjectivesMonthsAndOpeningWordsAreNoNames() {
        assertThat(named("The talks resumed in March. Malaysian officials and Jakarta-based analysts said the "
                + "talks would go on. South Korean investors agreed.")).isEmpty();
    }

    @Test
    void capitalisedCommonWordsNameThingsNotPersons() {
        assertThat(named("Nickel miners fined over spill\n\nThe Mining Law bars such spills, and during the World Cup, "
                + "Sarah Lim of the University of the Philippines Diliman said so."))
                .containsExactly(tuple("Sarah Lim", EntityType.PERSON),
                        tuple("University of the Philippines Diliman", EntityType.ORGANIZATION));
    }

    @Test
    void twoNameWordsAreAPersonOnlyWhereTheTextTreatsThemAsOne() {
        assertThat(named("Herders near the Khurmen Tolgoi mine protested. The firm's chief executive, Daniel Whitcombe, "
                + "met them, and Tuya Batbold said Whitcombe listened."))
                .containsExactly(tuple("Daniel Whitcombe", EntityType.PERSON), tuple("Tuya Batbold", EntityType.PERSON));
        assertThat(named("Daniel Whitcombe flew home. Tuya Batbold stayed home.")).isEmpty();
        assertThat(named("Bold Erdene, Northbridge's chief executive, flew home. Chief Executive Daniel Whitcombe and "
                + "Tuya Batbold stayed.")).filteredOn(t -> t.toList().get(1) == EntityType.PERSON)
                .containsExactly(tuple("Bold Erdene", EntityType.PERSON), tuple("Northbridge", EntityType.PERSON),
                        tuple("Daniel Whitcombe", EntityType.PERSON), tuple("Tuya Batbold", EntityType.PERSON));
    }

    @Test
    void aNameOfNoCommonWordsAfterALocativeIsAPlaceAndAFirmIsNot() {
        assertThat(named("Floods cut roads in Wan Chai, while workers at Seaward Marine Engineering stayed home."))
                .containsExactly(tuple("Wan Chai", EntityType.LOCATION));
    }

    @Test
    void placesByGazetteerByTheirWordsAndAfterALocative() {
        assertThat(named("Fishermen from West Halmahera sailed across the Arafura Sea to Temerloh and Saudi Arabia."))
                .containsExactly(tuple("West Halmahera", EntityType.LOCATION), tuple("Arafura Sea", EntityType.LOCATION),
                        tuple("Saudi Arabia", EntityType.LOCATION));
        assertThat(named("The floods hit villages in Pahang on Sunday.")).containsExactly(
                tuple("Pahang", EntityType.LOCATION));
    }

    @Test
    void personsWithParticlesButNotCommonWordsOrBranches() {
        assertThat(named("Lawyers for Mohd Faizal bin Ismail said the Online Single Submission system and KOTRA "
                + "Jakarta were slow, though the system was online again."))
                .containsExactly(tuple("Mohd Faizal bin Ismail", EntityType.PERSON), tuple("KOTRA", EntityType.ORGANIZATION),
                        tuple("Jakarta", EntityType.LOCATION));
    }

    @Test
    void aLowerCaseTitleTiesTheWordsAroundItToOrganizationAndPerson() {
        assertThat(named("Officials said BNPB head Suharyanto and Perludem researcher Fadli Ramadhanil had arrived, "
                + "as had Faizal's lawyer Daniel."))
                .containsExactly(tuple("BNPB", EntityType.ORGANIZATION), tuple("Suharyanto", EntityType.PERSON),
                        tuple("Perludem", EntityType.ORGANIZATION), tuple("Fadli Ramadhanil", EntityType.PERSON),
                        tuple("Faizal", EntityType.PERSON), tuple("Daniel", EntityType.PERSON));
    }

    @Test
    void ranksParticlesAndMonthRangesAreReadAsSuch() {
        assertThat(named("Exports rose in January-April, said Lieutenant General Abdullah bin Saad al-Nuaimi, while "
                + "Commodore Ramon dela Cruz-Santiago stayed at Second Thomas Shoal."))
                .containsExactly(tuple("Abdullah bin Saad al-Nuaimi", EntityType.PERSON),
                        tuple("Ramon dela Cruz-Santiago", EntityType.PERSON),
                        tuple("Second Thomas Shoal", EntityType.LOCATION));
    }

    @Test
    void aHeadlineInTitleCaseIsLeftAlone() {
        assertThat(named("Regional Leaders Agree To Resume Maritime Talks Next Month")).isEmpty();
    }
}
