package dev.warta.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActorCodeTest {
    private static ActorCode parse(String code) {
        return ActorCode.parse(code, FipsCountries.shipped());
    }

    @Test
    void countryThenTypes() {
        assertThat(parse("IDNCOP")).isEqualTo(new ActorCode("IDN", "", List.of("COP")));
        assertThat(parse("IDNGOVMIL")).isEqualTo(new ActorCode("IDN", "", List.of("GOV", "MIL")));
        assertThat(parse("RUS")).isEqualTo(new ActorCode("RUS", "", List.of()));
    }

    @Test
    void internationalActorsHaveAKnownGroup() {
        assertThat(parse("IGOUNO")).isEqualTo(new ActorCode("", "UNO", List.of("IGO")));
        assertThat(parse("IGOUNOWHO")).isEqualTo(new ActorCode("", "WHO", List.of("IGO")));
        assertThat(parse("NGOHRW")).isEqualTo(new ActorCode("", "HRW", List.of("NGO")));
        assertThat(parse("IGNONAT").knownGroup()).isEqualTo("NAT");
    }

    @Test
    void noCodeGivesEmptyParts() {
        assertThat(parse(null)).isEqualTo(new ActorCode("", "", List.of()));
        assertThat(parse("SEA")).isEqualTo(new ActorCode("", "", List.of()));
        assertThat(parse("IDNCOP").type(3)).isEmpty();
    }
}
