package dev.warta;

import dev.warta.model.ContentType;
import dev.warta.model.Document;
import dev.warta.model.Entity;
import dev.warta.model.RawDocument;
import dev.warta.model.SourceMetadata;
import dev.warta.model.SourceRef;
import dev.warta.model.Span;

/** Texts written for a test, analysed by one real pipeline shared by the test classes. */
public final class Analyzed {
    private static Warta warta;

    private Analyzed() {
    }

    public static synchronized Document text(String text) {
        if (warta == null) {
            warta = Warta.create();
        }
        return warta.analyze(new RawDocument(SourceRef.file("test.txt"), ContentType.TEXT, text, SourceMetadata.NONE));
    }

    /** The text a span of the document's article covers. */
    public static String of(Document d, Span s) {
        return s == null ? null : s.of(d.article().text());
    }

    /** The name of the entity with that id, or null. */
    public static String name(Document d, String entityId) {
        return d.entities().stream().filter(e -> e.id().equals(entityId)).map(Entity::name).findFirst().orElse(null);
    }
}
