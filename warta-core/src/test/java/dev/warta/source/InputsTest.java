package dev.warta.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warta.model.ContentType;
import dev.warta.model.Failure;
import dev.warta.model.RawDocument;
import dev.warta.model.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {
    @TempDir
    Path dir;

    private List<ReadResult> read(String... args) {
        return read(new byte[0], args);
    }

    private List<ReadResult> read(byte[] stdin, String... args) {
        try (var s = new Inputs(ReadLimits.DEFAULT, new ByteArrayInputStream(stdin)).read(List.of(args))) {
            return s.toList();
        }
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static String reason(ReadResult r) {
        assertThat(r).isInstanceOf(Failure.class);
        return ((Failure) r).reason();
    }

    @Test
    void plainTextFileIsOneDocument() throws IOException {
        Path p = write("a.txt", "JAKARTA - Hujan turun.\n".getBytes(StandardCharsets.UTF_8));
        List<ReadResult> r = read(p.toString());
        assertThat(r).singleElement().isInstanceOfSatisfying(RawDocument.class, d -> {
            assertThat(d.contentType()).isEqualTo(ContentType.TEXT);
            assertThat(d.content()).isEqualTo("JAKARTA - Hujan turun.\n");
        });
    }

    @Test
    void byteOrderMarkIsDropped() throws IOException {
        Path p = write("bom.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'a', 'i'});
        assertThat(((RawDocument) read(p.toString()).getFirst()).content()).isEqualTo("Hai");
    }

    @Test
    void emptyBinaryAndBadUtf8FilesFailAloneAndTheRestIsRead() throws IOException {
        write("1-empty.txt", new byte[0]);
        write("2-blank.txt", "  \n\n ".getBytes(StandardCharsets.US_ASCII));
        write("3-binary.txt", new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});
        write("4-latin1.txt", "Kepala Dinas mengatakan caf\u00e9 itu tutup.".getBytes(StandardCharsets.ISO_8859_1));
        write("5-good.txt", "Gubernur meninjau lokasi banjir.".getBytes(StandardCharsets.UTF_8));
        List<ReadResult> r = read(dir.toString());
        assertThat(r).hasSize(5);
        assertThat(reason(r.get(0))).isEqualTo("empty input");
        assertThat(reason(r.get(1))).isEqualTo("empty input");
        assertThat(reason(r.get(2))).startsWith("binary content");
        assertThat(reason(r.get(3))).isEqualTo("invalid UTF-8 at byte 27");
        assertThat(r.get(4)).isInstanceOf(RawDocument.class);
    }

    @Test
    void aFiftyMegabyteFileIsRefusedWithoutBeingRead() throws IOException {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        assertThat(reason(read(big.toString()).getFirst()))
                .isEqualTo("too large: 52,428,800 bytes, over the limit of 10,485,760");
    }

    @Test
    void jsonLinesReadsEveryGoodLineAndNamesEachBadOne() throws IOException {
        String jsonl = String.join("\n",
                "{\"url\":\"https://contoh.id/a\",\"text\":\"JAKARTA - Satu.\"}",
                "this is not json",
                "",
                "[1,2]",
                "{\"url\":\"https://contoh.id/b\"}",
                "{\"url\":\"https://contoh.id/c\",\"html\":\"<p>Dua.</p>\",\"published\":\"2025-01-02\"}",
                "{\"text\": \"\\u0000\\u0001 truncated");
        Path p = write("feed.jsonl", jsonl.getBytes(StandardCharsets.UTF_8));
        List<ReadResult> r = read(p.toString());
        assertThat(r).hasSize(6);
        assertThat(r.get(0)).isInstanceOfSatisfying(RawDocument.class, d -> {
            assertThat(d.metadata().url()).isEqualTo("https://contoh.id/a");
            assertThat(d.source().line()).isEqualTo(1);
        });
        assertThat(((Failure) r.get(1)).message()).startsWith(p + ":2: not JSON");
        assertThat(((Failure) r.get(2)).message()).isEqualTo(p + ":4: not a JSON object");
        assertThat(reason(r.get(3))).isEqualTo("no \"text\" or \"html\" field with content");
        assertThat(r.get(4)).isInstanceOfSatisfying(RawDocument.class, d -> {
            assertThat(d.contentType()).isEqualTo(ContentType.HTML);
            assertThat(d.metadata().published()).isEqualTo("2025-01-02");
        });
        assertThat(reason(r.get(5))).startsWith("not JSON");
    }

    @Test
    void standardInputIsTextOrJsonLines() {
        byte[] text = "Jakarta - Rapat digelar.".getBytes(StandardCharsets.UTF_8);
        assertThat(read(text, "-")).singleElement().isInstanceOf(RawDocument.class);
        byte[] jsonl = "{\"text\":\"Satu.\"}\n{\"text\":\"Dua.\"}\n".getBytes(StandardCharsets.UTF_8);
        assertThat(read(jsonl, "-")).hasSize(2).allMatch(RawDocument.class::isInstance);
    }

    @Test
    void missingPathIsAFailure() {
        assertThat(reason(read(dir.resolve("nope.txt").toString()).getFirst())).isEqualTo("no such file or directory");
    }

    @Test
    void aDirectoryYieldsItsDocumentsNotTheFilesBesideThem() throws IOException {
        write("a.txt", "Jakarta - Harga beras naik.".getBytes(StandardCharsets.UTF_8));
        write("README.md", "# Koleksi berita".getBytes(StandardCharsets.UTF_8));
        write("a.gold.json", "{\n  \"title\": \"x\"\n}".getBytes(StandardCharsets.UTF_8));
        write("check.py", "print(1)".getBytes(StandardCharsets.UTF_8));
        write("b", "Bandung - Hujan deras turun.".getBytes(StandardCharsets.UTF_8));
        assertThat(read(dir.toString())).extracting(r -> ((RawDocument) r).source().location())
                .containsExactly(dir.resolve("a.txt").toString(), dir.resolve("b").toString());
    }
}
