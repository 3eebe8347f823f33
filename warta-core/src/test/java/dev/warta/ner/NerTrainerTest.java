package dev.warta.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerTrainerTest {
    private static final NerTrainer SMALL = new NerTrainer(14, 5, 7);

    private static final String NEWS = """
            Presiden\tO
            Joko\tB-PER
            Widodo\tI-PER
            tiba\tO
            di\tO
            Bandung\tB-LOC
            .\tO

            Menteri\tO
            Budi\tB-PER
            Santoso\tI-PER
            mengunjungi\tO
            Bank\tB-ORG
            Mandiri\tI-ORG
            di\tO
            Surabaya\tB-LOC
            .\tO

            Warga\tO
            Medan\tB-LOC
            mendukung\tO
            Partai\tB-ORG
            Hijau\tI-ORG
            .\tO
            """;

    // Like NERP: lower case and no ORG, so "bank mandiri" is O here without being a negative example of ORG.
    private static final String LOWER = """
            warga\tO
            bandung\tB-LOC
            menyambut\tO
            bank mandiri\tO
            dan\tO
            budi\tB-PER
            .\tO
            """;

    private static List<List<TaggedSentence>> corpora() {
        return List.of(CoNLL.parse(NEWS, "news"), CoNLL.parse(LOWER, "lower"));
    }

    @Test
    void learnsItsTrainingSentences() {
        NerTagger tagger = SMALL.train(corpora(), line -> { });
        for (TaggedSentence s : CoNLL.parse(NEWS, "news")) {
            assertThat(tagger.tag(s.tokens())).isEqualTo(s.tags());
        }
    }

    @Test
    void trainingIsReproducibleAndTheFileRoundTrips(@TempDir Path dir) throws IOException {
        List<String> log = new ArrayList<>();
        NerTagger first = SMALL.train(corpora(), log::add);
        NerTagger second = SMALL.train(corpora(), line -> { });
        Path a = dir.resolve("a.bin.gz");
        Path b = dir.resolve("b.bin.gz");
        first.write(a);
        second.write(b);
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        assertThat(log).hasSize(SMALL.epochs());
        NerTagger loaded = NerTagger.load(a);
        for (TaggedSentence s : CoNLL.parse(NEWS + "\n" + LOWER, "all")) {
            assertThat(loaded.tag(s.tokens())).isEqualTo(first.tag(s.tokens()));
        }
    }

    @Test
    void storesTheGazetteerInTheModel() throws IOException {
        NerModel model = new NerModel(new NerFeatures(8, NerGazetteer.EMPTY), new float[256 * Tags.COUNT],
                new float[(Tags.COUNT + 1) * Tags.COUNT]);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        NerModel read = NerModel.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(read.decode(List.of("a", "b"))).containsExactly(Tags.O, Tags.O);
    }
}
