package dev.warta.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommonWordsBuilderTest {

    @Test
    void lowerCaseWordsLeaveOutNamesAndWordsGluedToCapitals() {
        assertThat(CommonWordsBuilder.lowerCaseWords("Sarah Lim bought an iPhone at McDonald's mining law office."))
                .containsExactlyInAnyOrder("bought", "an", "at", "mining", "law", "office");
    }

    @Test
    void aWordCountsOnlyWhenEnoughTextsWriteItInLowerCase(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "The mining law passed. Mining stocks rose.");
        Files.writeString(dir.resolve("b.txt"), "A new mining law. Rose Tan spoke.");
        Files.writeString(dir.resolve("c.txt"), "No mining here.");
        Files.writeString(dir.resolve("d.html"), "mining law law law");
        Path out = dir.resolve("words.txt.gz");
        assertThat(CommonWordsBuilder.build(dir, 2, out)).isEqualTo(2);
        assertThat(read(out)).isEqualTo("law\nmining\n");
        byte[] first = Files.readAllBytes(out);
        CommonWordsBuilder.build(dir, 2, out);
        assertThat(Files.readAllBytes(out)).isEqualTo(first);
    }

    private static String read(Path gz) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return all.substring(all.indexOf('\n') + 1);
        }
    }
}
