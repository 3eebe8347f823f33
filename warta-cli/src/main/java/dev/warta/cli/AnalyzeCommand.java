package dev.warta.cli;

import dev.warta.Warta;
import dev.warta.json.DocumentJson;
import dev.warta.model.AnalysisResult;
import dev.warta.model.Document;
import dev.warta.model.Failure;
import dev.warta.source.ReadLimits;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code warta analyze}: one JSON object per document on standard output. */
@Command(name = "analyze", description = "Analyse articles and print one JSON document per line (warta.document/1).")
final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Text, HTML or JSON Lines files, directories, or - for standard input (default).")
    List<String> inputs = List.of("-");

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
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        Progress progress = Progress.onStderr();
        try (Stream<AnalysisResult> results = warta.analyze(inputs, new ReadLimits(maxBytes), System.in)) {
            results.forEach(r -> {
                switch (r) {
                    case Document d -> {
                        out.println(json.write(d, pretty));
                        progress.ok();
                    }
                    case Failure f -> {
                        out.println(json.write(f, pretty));
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
