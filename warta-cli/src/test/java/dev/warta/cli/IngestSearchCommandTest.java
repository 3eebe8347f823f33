package dev.warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code warta ingest} and {@code warta search} as a user runs them, twice over the same inputs. */
class IngestSearchCommandTest {
    @TempDir
    Path dir;

    @Test
    void ingestIsIdempotentListsFailuresAndSearchFindsTheArticles() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("banjir.txt"), "SEMARANG - Banjir merendam ratusan rumah di Kecamatan Genuk, Kota "
                + "Semarang, setelah hujan deras sejak Senin malam. Petugas mengevakuasi 230 warga ke balai kelurahan.");
        Files.writeString(in.resolve("demo.txt"), "JAKARTA - Ribuan buruh menggelar unjuk rasa di depan Gedung DPR, "
                + "Senayan, Jakarta. Mereka menuntut kenaikan upah minimum provinsi sebesar 10 persen.");
        Files.write(in.resolve("rusak.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7});
        Path data = dir.resolve("data");

        CliRun first = CliRun.of("ingest", "--data", data.toString(), in.toString());
        assertThat(first.exit()).isEqualTo(1);
        assertThat(first.err()).contains("2 added").contains("1 failed");
        assertThat(Files.readString(data.resolve("ingest-errors.tsv"))).contains("rusak.txt").contains("binary");

        CliRun second = CliRun.of("ingest", "--data", data.toString(), in.toString());
        assertThat(second.err()).contains("0 added").contains("2 already stored");

        CliRun search = CliRun.of("search", "--data", data.toString(), "--json", "upah");
        assertThat(search.exit()).isZero();
        String[] lines = search.out().strip().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode hit = new ObjectMapper().readTree(lines[0]);
        assertThat(hit.path("snippet").asText()).contains("«upah»");
        assertThat(new ObjectMapper().readTree(lines[1]).path("total").asInt()).isEqualTo(1);

        CliRun table = CliRun.of("search", "--data", data.toString(), "banjir");
        assertThat(table.out()).contains("1 articles").contains("«Banjir»");

        Path csv = dir.resolve("out.csv");
        assertThat(CliRun.of("export", "--data", data.toString(), "--format", "csv", "--out", csv.toString()).exit()).isZero();
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows).hasSize(3);
        assertThat(rows.getFirst()).startsWith("id,url,title,outlet");
        Path jsonl = dir.resolve("out.jsonl");
        CliRun.of("export", "--data", data.toString(), "--format", "jsonl", "--out", jsonl.toString(), "upah");
        assertThat(Files.readAllLines(jsonl)).hasSize(1).allMatch(l -> l.contains("\"schema\":\"warta.document/1\""));
        Path gdelt = dir.resolve("events.tsv");
        CliRun.of("export", "--data", data.toString(), "--format", "gdelt", "--out", gdelt.toString());
        assertThat(Files.readAllLines(gdelt)).isNotEmpty().allMatch(l -> l.split("\t", -1).length == 61);
        Path parquet = dir.resolve("out.parquet");
        assertThat(CliRun.of("export", "--data", data.toString(), "--format", "parquet", "--out", parquet.toString()).exit())
                .isZero();
        byte[] bytes = Files.readAllBytes(parquet);
        assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("PAR1");
    }

    @Test
    void searchWithoutACorpusSaysWhatToDo() {
        CliRun r = CliRun.of("search", "--data", dir.resolve("none").toString(), "banjir");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("warta ingest");
    }

    @Test
    void theDemoIngestsAFolderAndSaysWhereItIsMissing() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "JAKARTA - Presiden Prabowo Subianto bertemu dengan Perdana Menteri "
                + "Malaysia Anwar Ibrahim di Istana Merdeka untuk membahas perlindungan pekerja migran.");
        Path data = dir.resolve("data");
        CliRun r = CliRun.of("demo", "--no-serve", "--corpus", corpus.toString(), "--data", data.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("1 added");
        assertThat(CliRun.of("demo", "--no-serve", "--corpus", dir.resolve("nope").toString()).exit()).isEqualTo(2);
    }
}
