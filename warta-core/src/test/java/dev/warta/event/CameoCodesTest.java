package dev.warta.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warta.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CameoCodesTest {

    @Test
    void shippedTableGivesQuadClassGoldsteinAndPlover() {
        CameoCodes codes = CameoCodes.shipped();
        assertThat(codes.size()).isEqualTo(311);
        CameoCodes.Code meet = codes.get("036").orElseThrow();
        assertThat(meet.plover()).isEqualTo("AGREE");
        assertThat(meet.quadClass()).isEqualTo(1);
        CameoCodes.Code arrest = codes.get("173").orElseThrow();
        assertThat(arrest.plover()).isEqualTo("COERCE");
        assertThat(arrest.goldstein()).isNegative();
        assertThat(codes.get("0211").orElseThrow().plover()).as("appeals count as requests").isEqualTo("REQUEST");
        assertThat(codes.get("010").orElseThrow().plover()).as("statements PLOVER drops").isNull();
        assertThat(codes.get("999")).isEmpty();
    }

    @Test
    void rebuildFromTheDataGivesTheShippedFile(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("cameo-codes.tsv");
        assertThat(CameoCodes.build(SharedData.path("data/events"), out)).isEqualTo(311);
        try (var shipped = CameoCodes.class.getResourceAsStream(CameoCodes.RESOURCE)) {
            assertThat(Files.readAllBytes(out)).isEqualTo(shipped.readAllBytes());
        }
    }
}
