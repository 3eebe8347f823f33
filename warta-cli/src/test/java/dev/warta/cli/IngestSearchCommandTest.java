package dev.warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
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

    record Run(int exit, String out, String err) {
    }

    private static synchronized Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            exit = Main.run(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void ingestIsIdempotentListsFailuresAndSearchFindsTheArticles() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("banjir.txt"), "SEMARANG - Banjir merendam ratusan rumah di Kecamatan Genuk, Kota "
                + "Semarang, setelah hujan deras sejak Senin malam. Petugas mengevakuasi 230 warga ke balai kelurahan.");
        Files.writeString(in.resolve("demo.txt"), "JAKARTA - Ribuan buruh menggelar unjuk rasa di depan Gedung DPR, "
                + "Senayan, Jakarta. Mereka menuntut kenaikan upah minimum provinsi sebesar 10 persen.");
        Files.write(in.resolve("rusak.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7});
        Path data = dir.resolve("data");

        Run first = run("ingest", "--data", data.toString(), in.toString());
        assertThat(first.exit()).isEqualTo(1);
        assertThat(first.err()).contains("2 added").contains("1 failed");
        assertThat(Files.readString(data.resolve("ingest-errors.tsv"))).contains("rusak.txt").contains("binary");

        Run second = run("ingest", "--data", data.toString(), in.toString());
        assertThat(second.err()).contains("0 added").contains("2 already stored");

        Run search = run("search", "--data", data.toString(), "--json", "upah");
        assertThat(search.exit()).isZero();
        String[] lines = search.out().strip().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode hit = new ObjectMapper().readTree(lines[0]);
        assertThat(hit.path("snippet").asText()).contains("«upah»");
        assertThat(new ObjectMapper().readTree(lines[1]).path("total").asInt()).isEqualTo(1);

        Run table = run("search", "--data", data.toString(), "banjir");
        assertThat(table.out()).contains("1 articles").contains("«Banjir»");

        Path csv = dir.resolve("out.csv");
        assertThat(run("export", "--data", data.toString(), "--format", "csv", "--out", csv.toString()).exit()).isZero();
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows).hasSize(3);
        assertThat(rows.getFirst()).startsWith("id,url,title,outlet");
        Path jsonl = dir.resolve("out.jsonl");
        run("export", "--data", data.toString(), "--format", "jsonl", "--out", jsonl.toString(), "upah");
        assertThat(Files.readAllLines(jsonl)).hasSize(1).allMatch(l -> l.contains("\"schema\":\"warta.document/1\""));
        Path gdelt = dir.resolve("events.tsv");
        run("export", "--data", data.toString(), "--format", "gdelt", "--out", gdelt.toString());
        assertThat(Files.readAllLines(gdelt)).isNotEmpty().allMatch(l -> l.split("\t", -1).length == 61);
        Path parquet = dir.resolve("out.parquet");
        assertThat(run("export", "--data", data.toString(), "--format", "parquet", "--out", parquet.toString()).exit())
                .isZero();
        byte[] bytes = Files.readAllBytes(parquet);
        assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("PAR1");
    }

    @Test
    void searchWithoutACorpusSaysWhatToDo() {
        Run r = run("search", "--data", dir.resolve("none").toString(), "banjir");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("warta ingest");
    }
}
