package dev.warta.source;

import dev.warta.model.ContentType;
import dev.warta.model.Failure;
import dev.warta.model.RawDocument;
import dev.warta.model.ReadResult;
import dev.warta.model.SourceMetadata;
import dev.warta.model.SourceRef;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

/** One plain-text or HTML file, gzipped or not: one document. */
public final class FileSource implements DocumentSource {
    private final Path path;
    private final ContentType type;
    private final ReadLimits limits;

    public FileSource(Path path, ContentType type, ReadLimits limits) {
        this.path = path;
        this.type = type;
        this.limits = limits;
    }

    @Override
    public Stream<ReadResult> read() {
        return Stream.of(path).map(this::readOne);
    }

    private ReadResult readOne(Path p) {
        SourceRef ref = SourceRef.file(p.toString());
        try {
            byte[] bytes = FileBytes.read(p, limits);
            String content = type == ContentType.HTML ? Decoding.html(bytes, null) : Decoding.text(bytes);
            return new RawDocument(ref, type, content, SourceMetadata.NONE);
        } catch (Unreadable e) {
            return new Failure(ref, e.getMessage());
        } catch (IOException e) {
            return new Failure(ref, FileBytes.reason(e));
        }
    }
}
