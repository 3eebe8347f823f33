package dev.warta.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warta.SharedData;
import dev.warta.Warta;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Entities of the 21 Indonesian articles of id-articles-dev; floors just under docs/QUALITY.md. */
class EntityDevTest {
    private static EntityEvaluation.Result r;

    @BeforeAll
    static void score() throws Exception {
        r = new EntityEvaluation(Warta.create()).run(SharedData.path("data/id-articles-dev"), List.of("id"));
    }

    @Test
    void personsAndPlaces() {
        assertThat(r.articles()).isEqualTo(21);
        assertThat(r.persons().precision()).as("misses %s", r.misses()).isGreaterThanOrEqualTo(0.9);
        assertThat(r.persons().recall()).as("misses %s", r.misses()).isGreaterThanOrEqualTo(0.9);
        assertThat(r.places().recall()).as("misses %s", r.misses()).isGreaterThanOrEqualTo(0.93);
        assertThat(r.places().precision()).as("misses %s", r.misses()).isGreaterThanOrEqualTo(0.75);
    }

    @Test
    void organizationsAndRoles() {
        assertThat(r.organizations().f1()).as("misses %s", r.misses()).isGreaterThanOrEqualTo(0.5);
        assertThat(r.roles().precision()).as("misses %s", r.misses()).isGreaterThanOrEqualTo(0.5);
        assertThat(r.roles().recall()).as("misses %s", r.misses()).isGreaterThanOrEqualTo(0.28);
    }
}
