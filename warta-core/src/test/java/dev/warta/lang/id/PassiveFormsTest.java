package dev.warta.lang.id;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PassiveFormsTest {

    @Test
    void theNasalOfTheActivePrefixFollowsTheRootsFirstSound() {
        assertThat(PassiveForms.activeOf("dipukul")).contains("memukul");
        assertThat(PassiveForms.activeOf("dibongkar")).containsExactly("membongkar");
        assertThat(PassiveForms.activeOf("dituntut")).contains("menuntut");
        assertThat(PassiveForms.activeOf("didorong")).containsExactly("mendorong");
        assertThat(PassiveForms.activeOf("disiksa")).contains("menyiksa");
        assertThat(PassiveForms.activeOf("dikirim")).contains("mengirim");
        assertThat(PassiveForms.activeOf("dikritik")).contains("mengkritik");
        assertThat(PassiveForms.activeOf("diancam")).containsExactly("mengancam");
        assertThat(PassiveForms.activeOf("dirusak")).containsExactly("merusak");
    }

    @Test
    void wordsTooShortOrWithoutThePrefixHaveNoActive() {
        assertThat(PassiveForms.activeOf("dia")).isEmpty();
        assertThat(PassiveForms.activeOf("menuntut")).isEmpty();
    }
}
