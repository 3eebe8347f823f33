package dev.warta.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a gold author string is read as the list of names warta gives. */
class AuthorNamesGoldTest {

    @Test
    void listsOfNamesAreSplitAtTheirSeparators() {
        assertThat(ExtractionEvaluation.names("Danielle DeSiato, Donna Enzmann, and Natalie Nguyen"))
                .containsExactlyInAnyOrder("danielle desiato", "donna enzmann", "natalie nguyen");
        assertThat(ExtractionEvaluation.names("Rui Ma & Heba Ledwon")).containsExactlyInAnyOrder("rui ma", "heba ledwon");
        assertThat(ExtractionEvaluation.names("Moses Kim and Kate Shokurova"))
                .containsExactlyInAnyOrder("moses kim", "kate shokurova");
    }

    @Test
    void aNameWithAndInsideAWordIsOneName() {
        assertThat(ExtractionEvaluation.names("Alexandra Sandoval")).containsExactly("alexandra sandoval");
        assertThat(ExtractionEvaluation.names("Randy Anderson")).containsExactly("randy anderson");
    }

    @Test
    void aCredentialAfterACommaStaysAPartTheListMustMatch() {
        assertThat(ExtractionEvaluation.names("Mike Marshall, Shipping Expert"))
                .containsExactlyInAnyOrder("mike marshall", "shipping expert");
    }
}
