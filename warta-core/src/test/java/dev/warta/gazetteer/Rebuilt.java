package dev.warta.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warta.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Rebuilds a shipped gazetteer table from ../shared/data/gazetteer and checks it is the shipped one, byte for byte. */
final class Rebuilt {
    interface Builder {
        int build(Path gazetteer, Path out) throws IOException;
    }

    private Rebuilt() {
    }

    /** Returns how many rows the rebuild wrote. */
    static int assertShipped(String resource, Builder builder, Path tmp) throws IOException {
        Path out = tmp.resolve(resource);
        int rows = builder.build(SharedData.path("data/gazetteer"), out);
        try (InputStream shipped = Rebuilt.class.getResourceAsStream(resource)) {
            assertThat(Files.readAllBytes(out)).isEqualTo(shipped.readAllBytes());
        }
        return rows;
    }
}
