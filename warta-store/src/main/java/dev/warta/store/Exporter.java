package dev.warta.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Writes the articles a filter selects (a {@link SearchRequest} without paging): their document JSON as
 * JSON Lines, a CSV or Parquet table of one row per article, or the GDELT 2.0 rows of their events.
 * Parquet is written by DuckDB from the CSV, so the two tables have the same columns.
 */
public final class Exporter {
    static final List<String> COLUMNS = List.of("id", "url", "title", "outlet", "language", "published", "dateline",
            "entities", "events", "quotes", "text");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final CorpusStore store;

    public Exporter(CorpusStore store) {
        this.store = store;
    }

    /** One warta.document/1 per line; returns the number of articles. */
    public int jsonl(SearchRequest filter, Writer out) throws IOException {
        List<String> docs = stored(filter, Fields.JSON);
        for (String d : docs) {
            out.write(d);
            out.write('\n');
        }
        return docs.size();
    }

    /** A header and one RFC 4180 row per article; returns the number of articles. */
    public int csv(SearchRequest filter, Writer out) throws IOException {
        out.write(String.join(",", COLUMNS) + "\r\n");
        List<String> docs = stored(filter, Fields.JSON);
        for (String d : docs) {
            out.write(row(JSON.readTree(d)) + "\r\n");
        }
        return docs.size();
    }

    /** The events of the articles as GDELT 2.0 rows, tab-separated, no header; returns the number of rows. */
    public int gdelt(SearchRequest filter, Writer out) throws IOException {
        List<String> ids = stored(filter, Fields.ID);
        List<String> rows = store.read(s -> {
            List<BytesRef> terms = ids.stream().map(BytesRef::new).toList();
            Query events = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.KIND, Fields.EVENT_KIND)), BooleanClause.Occur.FILTER)
                    .add(new TermInSetQuery(Fields.DOC, terms), BooleanClause.Occur.FILTER).build();
            return all(s, events, Fields.GDELT, new Sort(SortField.FIELD_DOC));
        });
        for (String row : rows) {
            out.write(row);
            out.write('\n');
        }
        return rows.size();
    }

    /** The CSV table as a Parquet file, written by DuckDB; returns the number of articles. */
    public int parquet(SearchRequest filter, Path out) throws IOException {
        Path csv = Files.createTempFile("warta-export", ".csv");
        try {
            int n;
            try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                n = csv(filter, w);
            }
            try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
                st.execute("COPY (SELECT * FROM read_csv('" + sql(csv) + "', header = true, all_varchar = true)) TO '"
                        + sql(out) + "' (FORMAT PARQUET)");
            } catch (SQLException e) {
                throw new IOException("writing Parquet failed: " + e.getMessage(), e);
            }
            return n;
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    private List<String> stored(SearchRequest filter, String field) throws IOException {
        Query q = Searcher.filtered(Searcher.text(filter.query()), filter);
        return store.read(s -> all(s, q, field, new Sort(new SortField(Fields.PUBLISHED, SortField.Type.LONG))));
    }

    private static List<String> all(IndexSearcher s, Query q, String field, Sort sort) throws IOException {
        int n = Math.max(1, s.count(q));
        List<String> out = new ArrayList<>();
        StoredFields fields = s.storedFields();
        for (ScoreDoc hit : s.search(q, n, sort).scoreDocs) {
            out.add(fields.document(hit.doc).get(field));
        }
        return out;
    }

    private static String row(JsonNode doc) {
        JsonNode a = doc.path("article");
        List<String> cells = new ArrayList<>();
        cells.add(doc.path("id").asText());
        String url = a.path("page").path("canonicalUrl").asText(null);
        cells.add(url != null ? url : doc.path("source").path("url").asText(""));
        cells.add(a.path("title").asText(""));
        cells.add(a.path("outlet").asText(""));
        cells.add(a.path("language").asText(""));
        cells.add(a.path("published").path("value").asText(""));
        cells.add(a.path("dateline").asText(""));
        List<String> names = new ArrayList<>();
        doc.path("entities").forEach(e -> names.add(e.path("name").asText()));
        cells.add(String.join("; ", names));
        cells.add(Integer.toString(doc.path("events").size()));
        cells.add(Integer.toString(doc.path("quotes").size()));
        cells.add(a.path("text").asText(""));
        return String.join(",", cells.stream().map(Exporter::quoted).toList());
    }

    private static String quoted(String cell) {
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }

    /** A path as a SQL string literal. */
    private static String sql(Path p) {
        return p.toAbsolutePath().toString().replace("'", "''");
    }
}
