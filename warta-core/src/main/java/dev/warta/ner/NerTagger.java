package dev.warta.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Tags tokens with BIO tags of PER, ORG and LOC. The shipped model, trained on the five Indonesian
 * corpora of ../shared/data/id-ner by {@code warta train ner}, is a resource of this jar and needs nothing
 * else at run time. Immutable after loading, so one instance serves all threads.
 */
public final class NerTagger {
    /** The shipped model, in this package's resources. */
    public static final String RESOURCE = "id-ner.bin.gz";

    private final NerModel model;

    NerTagger(NerModel model) {
        this.model = model;
    }

    /** The shipped Indonesian tagger, loaded once on first use. */
    public static NerTagger shipped() {
        return Shipped.TAGGER;
    }

    public static NerTagger load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new NerTagger(NerModel.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read NER model " + file, e);
        }
    }

    public void write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            model.write(out);
        }
    }

    /** One BIO tag per token ("O", "B-PER", "I-PER", ...); I-X always continues an X chunk. */
    public List<String> tag(List<String> tokens) {
        int[] tags = model.decode(tokens);
        List<String> out = new ArrayList<>(tags.length);
        for (int t : tags) {
            out.add(Tags.NAMES.get(t));
        }
        return out;
    }

    private static final class Shipped {
        static final NerTagger TAGGER = read();

        private static NerTagger read() {
            try (InputStream in = NerTagger.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource dev/warta/ner/" + RESOURCE);
                }
                return new NerTagger(NerModel.read(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the shipped NER model", e);
            }
        }
    }
}
