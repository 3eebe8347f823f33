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
 * (sorted, recursively; there files whose extension says they are something else, such as READMEs,
 * scripts, JSON, styles and images beside a collection, are left out). A file goes by its extension, a trailing {@code .gz} set aside (the bytes
 * are gunzipped whatever the name says): {@code .jsonl}/{@code .ndjson} is JSON Lines,
 * {@code .html}/{@code .htm} HTML, {@code .txt} plain text, {@code .warc} a WARC,
 * {@code .rss}/{@code .atom} a feed. Any other file, and an {@code .xml} that is not a feed, is
 * judged by its first bytes ({@link Sniff}); what looks like nothing else is plain text, and an
 * {@code .xml} that looks like nothing else goes to the feed reader, which says what it is instead.
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
                    .filter(Inputs::isDocumentFile).sorted().toList();
        } catch (IOException e) {
            return Stream.of(new Failure(SourceRef.file(dir.toString()), "cannot list: " + e.getMessage()));
        }
        return files.stream().flatMap(p -> forFile(p).read());
    }

    // crawls save pages under any name ("berita.php", "index.aspx"), so unknown names are sniffed;
    // these name what is surely not a news document
    private static final java.util.Set<String> NOT_DOCUMENTS = java.util.Set.of("md", "markdown", "rst", "py",
            "js", "mjs", "ts", "css", "scss", "java", "c", "h", "sh", "json", "yaml", "yml", "toml", "ini", "cfg",
            "png", "jpg", "jpeg", "gif", "webp", "svg", "ico", "bmp", "pdf", "zip", "tar", "jar", "class", "exe",
            "mp3", "mp4", "wav", "woff", "woff2", "ttf", "otf", "csv", "tsv", "bib", "tex");

    static boolean isDocumentFile(Path p) {
        return !NOT_DOCUMENTS.contains(extension(p.getFileName().toString().toLowerCase(Locale.ROOT)));
    }

    private static String extension(String name) {
        String inner = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        return inner.contains(".") ? inner.substring(inner.lastIndexOf('.') + 1) : "";
    }

    DocumentSource forFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return switch (extension(name)) {
            case "jsonl", "ndjson" -> source(p, Sniff.Kind.JSON_LINES);
            case "html", "htm" -> source(p, Sniff.Kind.HTML);
            case "txt" -> source(p, Sniff.Kind.TEXT);
            case "warc" -> source(p, Sniff.Kind.WARC);
            case "rss", "atom" -> source(p, Sniff.Kind.FEED);
            case "xml" -> source(p, sniff(p, Sniff.Kind.FEED));
            default -> source(p, sniff(p, Sniff.Kind.TEXT));
        };
    }

    /** The kind the first bytes show; {@code otherwise} when they show only text or cannot be read. */
    private static Sniff.Kind sniff(Path p, Sniff.Kind otherwise) {
        Sniff.Kind kind;
        try {
            kind = Sniff.of(FileBytes.head(p, Sniff.HEAD_BYTES));
        } catch (IOException e) {
            return otherwise; // the source reading it reports the error
        }
        return kind == Sniff.Kind.TEXT ? otherwise : kind;
    }

    private DocumentSource source(Path p, Sniff.Kind kind) {
        return switch (kind) {
            case JSON_LINES -> new JsonLinesSource(p.toString(), () -> FileBytes.open(p), limits);
            case HTML -> new FileSource(p, ContentType.HTML, limits);
            case TEXT -> new FileSource(p, ContentType.TEXT, limits);
            case WARC -> new WarcSource(p, limits);
            case FEED -> new FeedSource(p, limits);
        };
    }
}
