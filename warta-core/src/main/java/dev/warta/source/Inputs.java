package dev.warta.source;

import dev.warta.model.ContentType;
import dev.warta.model.Failure;
import dev.warta.model.ReadResult;
import dev.warta.model.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Picks the source for an input argument: "-" is standard input, a directory is read file by file
 * (sorted, recursively), {@code .jsonl}/{@code .ndjson} is JSON Lines, {@code .html}/{@code .htm}
 * is HTML, anything else is plain text.
 */
public final class Inputs {
    private final ReadLimits limits;
    private final InputStream stdin;

    public Inputs(ReadLimits limits, InputStream stdin) {
        this.limits = limits;
        this.stdin = stdin;
    }

    public Stream<ReadResult> read(List<String> arguments) {
        return arguments.stream().flatMap(this::read);
    }

    public Stream<ReadResult> read(String argument) {
        if (argument.equals("-")) {
            return new StreamSource("-", stdin, limits).read();
        }
        Path path = Path.of(argument);
        if (Files.isDirectory(path)) {
            return directory(path);
        }
        if (!Files.exists(path)) {
            return Stream.of(new Failure(SourceRef.file(argument), "no such file or directory"));
        }
        return forFile(path).read();
    }

    private Stream<ReadResult> directory(Path dir) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            return Stream.of(new Failure(SourceRef.file(dir.toString()), "cannot list: " + e.getMessage()));
        }
        return files.stream().flatMap(p -> forFile(p).read());
    }

    DocumentSource forFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return new JsonLinesSource(p.toString(), () -> Files.newInputStream(p), limits);
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return new FileSource(p, ContentType.HTML, limits);
        }
        return new FileSource(p, ContentType.TEXT, limits);
    }
}
