package dev.warta.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The in-memory band table, filled well past its first size with texts of random words. */
class NearCopiesTest {
    private static final int TEXTS = 5000;

    @Test
    void aCopyWithEditsFindsTheGroupOfItsOriginalAmongThousandsOfTexts() {
        SplittableRandom rng = new SplittableRandom(3);
        List<String> texts = new ArrayList<>();
        NearCopies table = new NearCopies();
        for (int i = 0; i < TEXTS; i++) {
            texts.add(text(rng, 120));
            table.add(MinHash.signature(texts.get(i)), "g" + i);
        }
        String original = texts.get(17);
        String edited = "Baca juga berita lain. " + original.substring(0, original.length() - 40) + " kata penutup.";
        assertThat(table.closestGroup(MinHash.signature(edited), CorpusStore.NEAR_COPY)).contains("g17");
        assertThat(table.closestGroup(MinHash.signature(texts.get(TEXTS - 1)), CorpusStore.NEAR_COPY))
                .contains("g" + (TEXTS - 1));
        assertThat(table.closestGroup(MinHash.signature(text(rng, 120)), CorpusStore.NEAR_COPY)).isEmpty();
    }

    private static String text(SplittableRandom rng, int words) {
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < words; w++) {
            b.append(w == 0 ? "" : " ").append("w").append(rng.nextInt(50_000));
        }
        return b.toString();
    }
}
