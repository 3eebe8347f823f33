package dev.warta.cli;

import dev.warta.Warta;
import dev.warta.json.DocumentJson;
import dev.warta.model.AnalysisResult;
import dev.warta.model.Document;
import dev.warta.model.Failure;
import dev.warta.model.SourceRef;
import dev.warta.source.ReadLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code warta extract}: per document, NAME.txt (the main text, paragraphs separated by blank lines)
 * and NAME.json (the document record). NAME is the input's file name without its extensions
 * ("pages/0001.html.gz" gives "0001"), with the line or record number for containers.
 */
@Command(name = "extract", description = "Write the main text and the record of each document to a folder.")
final class ExtractCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, description = "The folder to write NAME.txt and NAME.json to.")
    Path out;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, or - for standard input.")
    List<String> inputs;

    @Option(names = "--max-bytes", paramLabel = "N", description = "Largest document accepted (default: ${DEFAULT-VALUE}).")
    long maxBytes = ReadLimits.DEFAULT.maxBytes();

    @Override
    public Integer call() throws IOException {
        Files.createDirectories(out);
        Warta warta = Warta.create();
        DocumentJson json = new DocumentJson(false);
        Set<String> used = new HashSet<>();
        Progress progress = Progress.onStderr();
        try (Stream<AnalysisResult> results = warta.analyze(inputs, new ReadLimits(maxBytes), System.in)) {
            results.forEach(r -> {
                switch (r) {
                    case Document d -> {
                        String name = unique(nameOf(d.source()), used);
                        write(out.resolve(name + ".txt"), d.article().text() + "\n");
                        write(out.resolve(name + ".json"), json.write(d, true) + "\n");
                        progress.ok();
                    }
                    case Failure f -> {
                        System.err.println("warta: " + f.message());
                        progress.failed();
                    }
                }
            });
        }
        progress.finish("documents written to " + out);
        return progress.failures() > 0 ? 1 : 0;
    }

    static String nameOf(SourceRef source) {
        String location = source.location();
        String record = "";
        int hash = location.indexOf('#');
        if (hash >= 0) {
            record = "-" + location.substring(hash + 1);
            location = location.substring(0, hash);
        }
        String file = location.equals("-") ? "stdin" : Path.of(location).getFileName().toString();
        String stem = file.replaceFirst("\\.(gz|bz2|xz)$", "").replaceFirst("\\.[^.]+$", "");
        String name = stem + record + (source.line() > 0 ? "-" + source.line() : "");
        return name.replaceAll("[^\\p{L}\\p{N}._-]", "_");
    }

    private static String unique(String name, Set<String> used) {
        String candidate = name;
        for (int i = 2; !used.add(candidate); i++) {
            candidate = name + "-" + i;
        }
        return candidate;
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
