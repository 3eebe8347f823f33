package dev.warta.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warta.model.Document;
import dev.warta.model.Entity;
import dev.warta.model.Event;
import dev.warta.model.EventActor;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene records of one analysed document: the article (searchable text, filters, facets, the
 * document JSON), one record per event (for queries by actor, code, date and place, with its GDELT row,
 * dated when it was added as GDELT's DATEADDED is), and one per source the article was read from (an
 * exact copy found later adds only a source).
 */
final class IndexedArticle {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private final Document doc;
    private final ObjectNode json;
    private final long[] signature;
    private final String contentHash;

    private final List<String> gdeltRows;

    IndexedArticle(Document doc, ObjectNode json, List<String> gdeltRows) {
        this.doc = doc;
        this.json = json;
        this.gdeltRows = gdeltRows;
        this.signature = MinHash.signature(doc.article().text());
        this.contentHash = hash(normalized(doc.article().text()));
    }

    String id() {
        return doc.id();
    }

    long[] signature() {
        return signature;
    }

    String contentHash() {
        return contentHash;
    }

    /** Epoch day of publication, or null when the article has no date. */
    Long day() {
        return doc.article().published() == null || doc.article().published().date() == null ? null
                : doc.article().published().date().toEpochDay();
    }

    org.apache.lucene.document.Document article(String dupGroup, String story) {
        var d = new org.apache.lucene.document.Document();
        d.add(new StringField(Fields.KIND, Fields.ARTICLE, Field.Store.NO));
        d.add(new StringField(Fields.ID, doc.id(), Field.Store.YES));
        String url = url();
        if (url != null) {
            d.add(new StringField(Fields.URL, url, Field.Store.YES));
        }
        String title = doc.article().title();
        if (title != null) {
            d.add(new TextField(Fields.TITLE, title, Field.Store.YES));
        }
        String text = doc.article().text();
        String lang = doc.article().language();
        d.add(new TextField(Fields.TEXT, text, Field.Store.YES));
        if (Fields.STEMMED.containsKey(lang)) {
            d.add(new TextField(Fields.stemmed(lang), text, Field.Store.NO));
        }
        keyword(d, Fields.LANG, lang);
        keyword(d, Fields.OUTLET, doc.article().outlet());
        Long day = day();
        if (day != null) {
            d.add(new LongPoint(Fields.PUBLISHED, day));
            d.add(new NumericDocValuesField(Fields.PUBLISHED, day));
            d.add(new NumericDocValuesField(Fields.PUBLISHED_AT, publishedSecond()));
            d.add(new StoredField(Fields.PUBLISHED, doc.article().published().iso()));
            keyword(d, Fields.MONTH, LocalDate.ofEpochDay(day).toString().substring(0, 7));
        }
        for (Entity e : doc.entities()) {
            d.add(new StringField(Fields.ENTITY, key(e.name()), Field.Store.NO));
            e.aliases().forEach(a -> d.add(new StringField(Fields.ENTITY, key(a), Field.Store.NO)));
            d.add(new SortedSetDocValuesFacetField(Fields.ENTITY, e.name()));
        }
        Set<String> types = new LinkedHashSet<>();
        Set<String> actors = new LinkedHashSet<>();
        for (Event e : doc.events()) {
            types.add(e.ploverType());
            d.add(new StringField(Fields.ROOT, e.cameoRoot(), Field.Store.NO));
            codes(e).forEach(actors::add);
        }
        types.forEach(t -> keyword(d, Fields.EVENT, t));
        actors.forEach(a -> keyword(d, Fields.ACTOR, a));
        new LinkedHashSet<>(doc.article().citedSources().stream().map(c -> c.name()).toList())
                .forEach(c -> keyword(d, Fields.CITES, c));
        d.add(new StringField(Fields.CONTENT_HASH, contentHash, Field.Store.YES));
        // doc values, not stored fields: the band table reads them all when a store opens for adding
        d.add(new BinaryDocValuesField(Fields.SIGNATURE, new BytesRef(MinHash.bytes(signature))));
        d.add(new StringField(Fields.DUP_GROUP, dupGroup, Field.Store.YES));
        d.add(new SortedDocValuesField(Fields.DUP_GROUP, new BytesRef(dupGroup)));
        d.add(new StringField(Fields.STORY, story, Field.Store.YES));
        d.add(new StoredField(Fields.JSON, json.toString()));
        return d;
    }

    /** Seconds since the epoch of publication, the day's start when the time is not known (UTC when no offset). */
    private long publishedSecond() {
        var p = doc.article().published();
        var time = p.time() != null ? p.time() : LocalTime.MIDNIGHT;
        var offset = p.offset() != null ? p.offset() : ZoneOffset.UTC;
        return p.date().atTime(time).toEpochSecond(offset);
    }

    List<org.apache.lucene.document.Document> events() {
        List<org.apache.lucene.document.Document> out = new ArrayList<>();
        JsonNode events = json.path("events");
        for (int k = 0; k < doc.events().size(); k++) {
            Event e = doc.events().get(k);
            var d = new org.apache.lucene.document.Document();
            d.add(new StringField(Fields.KIND, Fields.EVENT_KIND, Field.Store.NO));
            d.add(new StringField(Fields.ID, doc.id() + "#" + k, Field.Store.YES));
            d.add(new StringField(Fields.DOC, doc.id(), Field.Store.YES));
            keyword(d, Fields.CAMEO, e.cameoCode());
            keyword(d, Fields.ROOT, e.cameoRoot());
            keyword(d, Fields.EVENT, e.ploverType());
            codes(e).forEach(c -> keyword(d, Fields.ACTOR, c));
            if (e.date() != null && e.date().date() != null) {
                long day = e.date().date().toEpochDay();
                d.add(new LongPoint(Fields.DATE, day));
                d.add(new NumericDocValuesField(Fields.DATE, day));
            }
            if (e.location() != null) {
                String place = e.location().span().of(doc.article().text());
                keyword(d, Fields.PLACE, place);
                d.add(new StringField(Fields.PLACE_KEY, key(place), Field.Store.NO));
            }
            d.add(new StoredField(Fields.JSON, events.get(k).toString()));
            d.add(new StoredField(Fields.GDELT, gdeltRows.get(k)));
            out.add(d);
        }
        return out;
    }

    /** A record saying the article was read from this source (a file, a record of a WARC, a URL). */
    org.apache.lucene.document.Document source(String articleId) {
        var d = new org.apache.lucene.document.Document();
        d.add(new StringField(Fields.KIND, Fields.SOURCE_KIND, Field.Store.NO));
        d.add(new StringField(Fields.DOC, articleId, Field.Store.YES));
        d.add(new StringField(Fields.ID, articleId + "@" + doc.id(), Field.Store.YES));
        d.add(new StoredField(Fields.SOURCE, json.path("source").toString()));
        return d;
    }

    private String url() {
        String canonical = doc.article().page().canonicalUrl();
        return canonical != null ? canonical : doc.source().url();
    }

    private static List<String> codes(Event e) {
        List<String> out = new ArrayList<>();
        for (EventActor a : new EventActor[] {e.source(), e.target()}) {
            if (a != null && a.cameoCode() != null) {
                out.add(a.cameoCode());
            }
        }
        return out;
    }

    private static void keyword(org.apache.lucene.document.Document d, String field, String value) {
        if (value != null && !value.isBlank()) {
            d.add(new StringField(field, value, Field.Store.YES));
            d.add(new SortedSetDocValuesFacetField(field, value));
        }
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static String normalized(String text) {
        return SPACES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
