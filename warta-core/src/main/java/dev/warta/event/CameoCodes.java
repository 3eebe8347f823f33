package dev.warta.event;

import dev.warta.text.ShippedTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CAMEO event codes with what each means for analysis: QuadClass, Goldstein weight and the PLOVER
 * event type and mode. Read from {@code cameo-codes.tsv}, which {@link #build} derives from the CAMEO
 * table of the events data folder.
 */
public final class CameoCodes {
    static final String RESOURCE = "cameo-codes.tsv";
    /** PLOVER drops appeals (02x) from its CAMEO table; POLECAT-style coding counts them as requests. */
    private static final String APPEAL_ROOT = "02";

    /** One code. {@code plover} is null where PLOVER drops the code (public statements). */
    public record Code(String code, String name, int quadClass, double goldstein, String plover, String ploverMode) {
    }

    private final Map<String, Code> codes;

    private CameoCodes(Map<String, Code> codes) {
        this.codes = Map.copyOf(codes);
    }

    public static CameoCodes shipped() {
        return Shipped.CODES;
    }

    /** Loaded on first use: the holder idiom makes that lazy and thread-safe without locks. */
    private static final class Shipped {
        static final CameoCodes CODES = load();
    }

    public Optional<Code> get(String code) {
        return Optional.ofNullable(codes.get(code));
    }

    public int size() {
        return codes.size();
    }

    private static CameoCodes load() {
        Map<String, Code> codes = new HashMap<>();
        for (String[] c : ShippedTable.rows(CameoCodes.class, RESOURCE)) {
            codes.put(c[0], new Code(c[0], c[1], Integer.parseInt(c[2]), Double.parseDouble(c[3]),
                    c[4].isEmpty() ? null : c[4], c[5].isEmpty() ? null : c[5]));
        }
        return new CameoCodes(codes);
    }

    /** Derives the resource from {@code cameo/cameo_eventcodes.tsv} of the events data folder; returns the row count. */
    public static int build(Path eventsData, Path out) throws IOException {
        List<String> lines = Files.readAllLines(eventsData.resolve("cameo/cameo_eventcodes.tsv"), StandardCharsets.UTF_8);
        List<String> header = List.of(lines.getFirst().split("\t", -1));
        List<String> rows = new ArrayList<>();
        rows.add("# code, name, QuadClass, Goldstein, PLOVER event, PLOVER mode. Derived from the CAMEO 1.1b3 "
                + "codes, GDELT Goldstein weights and the CAMEO-to-PLOVER table; see NOTICE.");
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t", -1);
            String code = c[header.indexOf("cameo_code")];
            String plover = c[header.indexOf("plover_event")];
            if (plover.startsWith("(")) {
                plover = code.startsWith(APPEAL_ROOT) ? "REQUEST" : "";
            }
            rows.add(String.join("\t", code, c[header.indexOf("name")], c[header.indexOf("quad_class")],
                    c[header.indexOf("goldstein")], plover, c[header.indexOf("plover_mode")]));
        }
        Files.createDirectories(out.getParent());
        Files.write(out, rows, StandardCharsets.UTF_8);
        return rows.size() - 1;
    }
}
