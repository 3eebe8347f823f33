package dev.warta.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/** Article lookups beside {@link CorpusStore#article}: short summaries for lists, and the story an article is in. */
public final class ArticleQueries {
    private static final int HEADLINE = 90;
    private static final Set<String> SUMMARY_FIELDS = Set.of(Fields.ID, Fields.TITLE, Fields.TEXT, Fields.OUTLET,
            Fields.PUBLISHED, Fields.LANG, Fields.URL);
    private final CorpusStore store;

    public ArticleQueries(CorpusStore store) {
        this.store = store;
    }

    /** Summaries of the stored articles among {@code ids}, in the order given; unknown ids are left out. */
    public List<ArticleSummary> summaries(Collection<String> ids) throws IOException {
        return store.read(s -> {
            List<ArticleSummary> out = new ArrayList<>();
            for (String id : ids) {
                summary(s, id).ifPresent(out::add);
            }
            return out;
        });
    }

    /** The id of the story the article belongs to, if it is stored and has one. */
    public Optional<String> story(String id) throws IOException {
        return store.read(s -> {
            ScoreDoc[] hits = s.search(article(id), 1).scoreDocs;
            return hits.length == 0 ? Optional.empty()
                    : Optional.ofNullable(s.storedFields().document(hits[0].doc, Set.of(Fields.STORY)).get(Fields.STORY));
        });
    }

    static Optional<ArticleSummary> summary(IndexSearcher s, String id) throws IOException {
        ScoreDoc[] hits = s.search(article(id), 1).scoreDocs;
        if (hits.length == 0) {
            return Optional.empty();
        }
        StoredFields fields = s.storedFields();
        var d = fields.document(hits[0].doc, SUMMARY_FIELDS);
        return Optional.of(new ArticleSummary(id, headline(d.get(Fields.TITLE), d.get(Fields.TEXT)), d.get(Fields.OUTLET),
                d.get(Fields.PUBLISHED), d.get(Fields.LANG), d.get(Fields.URL)));
    }

    static Query article(String id) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.ARTICLE)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.ID, id)), BooleanClause.Occur.FILTER).build();
    }

    /** The title, else the text's first line cut at a word within {@value #HEADLINE} characters. */
    static String headline(String title, String text) {
        if (title != null && !title.isBlank()) {
            return title;
        }
        String first = text == null ? "" : text.strip().lines().findFirst().orElse("");
        if (first.length() <= HEADLINE) {
            return first;
        }
        int cut = first.lastIndexOf(' ', HEADLINE);
        return first.substring(0, cut > 0 ? cut : HEADLINE) + " …";
    }
}
