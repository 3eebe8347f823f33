package dev.warta.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warta.detect.LinguaLanguageDetector;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Language identification on eval/language/gold.tsv; floors just under the measured figures (docs/QUALITY.md). */
class LanguageGoldTest {
    private static LanguageEvaluation.Result r;

    @BeforeAll
    static void score() throws Exception {
        Path gold = Path.of(System.getProperty("warta.root", ".")).resolve("eval/language/gold.tsv");
        r = new LanguageEvaluation(new LinguaLanguageDetector()).run(gold);
    }

    @Test
    void everyItemIsScored() {
        assertThat(r.overall().total()).isEqualTo(360);
        assertThat(r.perLength().keySet()).containsExactly("long", "medium", "short");
    }

    @Test
    void accuracyOverallAndPerLanguage() {
        assertThat(r.overall().value()).as("confusions %s", r.confusions()).isGreaterThanOrEqualTo(0.97);
        r.perLanguage().forEach((lang, a) -> assertThat(a.value()).as(lang).isGreaterThanOrEqualTo(0.95));
    }

    @Test
    void shortTextsToo() {
        assertThat(r.perLength().get("short").value()).isGreaterThanOrEqualTo(0.95);
        assertThat(r.perLength().get("long").value()).isEqualTo(1.0);
    }
}
