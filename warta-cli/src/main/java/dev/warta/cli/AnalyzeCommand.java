package dev.warta.cli;

import dev.warta.Warta;
import dev.warta.export.GdeltEventWriter;
import dev.warta.json.DocumentJson;
import dev.warta.model.AnalysisResult;
import dev.warta.model.Document;
import dev.warta.model.Failure;
import dev.warta.source.ReadLimits;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code warta analyze}: one JSON object per document on standard output, or with {@code --format gdelt}
 * one GDELT 2.0 event row per event.
 */
@Command(name = "analyze", description = "Analyse articles and print one JSON document per line (warta.document/1), "
        + "or with --format gdelt their events as GDELT 2.0 event rows.")
final class AnalyzeCommand implements Callable<Integer> {
    /** Output formats; lower case, as typed on the command line. */
    enum Format { json, gdelt }

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Text, HTML or JSON Lines files, directories, or - for standard input (default).")
    List<String> inputs = List.of("-");

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "json: one warta.document/1 per line (default); gdelt: the events only, one tab-separated "
                    + "row of the 61 GDELT 2.0 event columns each, no header. Valid values: ${COMPLETION-CANDIDATES}.")
    Format format = Format.json;

    @Option(names = "--pretty", description = "Indent the JSON (one document per block).")
    boolean pretty;

    @Option(names = "--with-input", description = "Include the decoded input text that \"in\":\"input\" evidence points into.")
    boolean withInput;

    @Option(names = "--max-bytes", paramLabel = "N", description = "Largest document accepted (default: ${DEFAULT-VALUE}).")
    long maxBytes = ReadLimits.DEFAULT.maxBytes();

    @Override
    public Integer call() {
        Warta warta = Warta.create();
        DocumentJson json = new DocumentJson(withInput);
        // one DATEADDED for the whole run, as a GDELT export file has one batch time
        GdeltEventWriter gdelt = format == Format.gdelt ? new GdeltEventWriter(Instant.now()) : null;
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        Progress progress = Progress.onStderr();
        try (Stream<AnalysisResult> results = warta.analyze(inputs, new ReadLimits(maxBytes), System.in)) {
            results.forEach(r -> {
                switch (r) {
                    case Document d -> {
                        if (gdelt != null) {
                            // GDELT's files end rows with a line feed on every platform
                            gdelt.rows(d).forEach(row -> out.print(row + "\n"));
                        } else {
                            out.println(json.write(d, pretty));
                        }
                        progress.ok();
                    }
                    case Failure f -> {
                        // a GDELT table has no row for an error: it goes to stderr only
                        if (gdelt == null) {
                            out.println(json.write(f, pretty));
                        }
                        out.flush();
                        System.err.println("warta: " + f.message());
                        progress.failed();
                    }
                }
            });
        }
        out.flush();
        if (progress.failures() > 0) {
            progress.finish("analysed");
            return 1;
        }
        return 0;
    }
}
