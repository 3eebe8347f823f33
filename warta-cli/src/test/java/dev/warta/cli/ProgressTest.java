package dev.warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void aShortRunPrintsOnlyItsSummary() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
        for (int i = 0; i < 1500; i++) {
            p.ok();
        }
        p.failed();
        p.finish("analysed");
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("warta: 1,500 analysed, 1 failed\n");
        assertThat(p.documents()).isEqualTo(1500);
        assertThat(p.failures()).isEqualTo(1);
    }

    @Test
    void onATerminalTheSummaryReplacesTheProgressLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        p.ok();
        p.finish("analysed");
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("\rwarta: 1 analysed, 0 failed\n");
    }
}
