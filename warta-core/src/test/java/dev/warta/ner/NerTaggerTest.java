package dev.warta.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NerTaggerTest {
    private static final NerTagger TAGGER = NerTagger.shipped();

    /** The chunks the shipped tagger finds, as "TYPE words". */
    private static List<String> entities(String spaced) {
        List<String> tokens = List.of(spaced.split(" "));
        return NerScore.chunks(TAGGER.tag(tokens)).stream()
                .map(c -> c.type() + " " + String.join(" ", tokens.subList(c.start(), c.end())))
                .toList();
    }

    @Test
    void shippedModelLoadsAndTagsEveryToken() {
        List<String> tokens = List.of("Kemarin", "hujan", ".");
        assertThat(TAGGER.tag(tokens)).hasSize(3).allMatch(Tags.NAMES::contains);
        assertThat(TAGGER.tag(List.of())).isEmpty();
    }

    @Test
    void findsPersonsAfterTitlesAndPlacesAfterPrepositions() {
        assertThat(entities("Presiden Prabowo Subianto bertemu Perdana Menteri Anwar Ibrahim di Jakarta ."))
                .containsExactly("PER Prabowo Subianto", "PER Anwar Ibrahim", "LOC Jakarta");
        assertThat(entities("Gubernur Jawa Barat Dedi Mulyadi meninjau banjir di Bekasi ."))
                .containsExactly("LOC Jawa Barat", "PER Dedi Mulyadi", "LOC Bekasi");
        assertThat(entities("Menteri Luar Negeri Sugiono tiba di Moskow pada Senin ."))
                .containsExactly("PER Sugiono", "LOC Moskow");
    }

    @Test
    void findsOrganizations() {
        assertThat(entities("Komisi Pemberantasan Korupsi ( KPK ) memeriksa pejabat Kementerian Keuangan ."))
                .containsExactly("ORG Komisi Pemberantasan Korupsi", "ORG KPK", "ORG Kementerian Keuangan");
        assertThat(entities("Bank Indonesia menaikkan suku bunga acuan .")).containsExactly("ORG Bank Indonesia");
    }

    @Test
    void findsNamesInLowerCasedText() {
        assertThat(entities("presiden joko widodo meresmikan jalan tol di surabaya ."))
                .contains("PER joko widodo", "LOC surabaya");
    }

    @Test
    void outputIsValidBio() {
        List<String> tags = TAGGER.tag(List.of(
                "Juru bicara Kremlin Dmitry Peskov mengatakan Rusia siap berunding dengan Ukraina .".split(" ")));
        for (int i = 0; i < tags.size(); i++) {
            if (tags.get(i).startsWith("I-")) {
                assertThat(tags.get(i - 1)).endsWith(tags.get(i).substring(1));
            }
        }
    }
}
