package dev.warta.store;

import dev.warta.store.SearchResult.FacetCount;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;

/** Counts for the query classes: facet values of matching records, and matching records per month of a day field. */
final class FacetCounter {
    private FacetCounter() {
    }

    /** The top {@code top} values of each dimension among the collected records (a dimension never indexed is empty). */
    static Map<String, List<FacetCount>> count(FacetStates states, IndexSearcher searcher, FacetsCollector collected,
                                               List<String> dims, int top) throws IOException {
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        Facets counts = counts(states, searcher, collected);
        for (String dim : dims) {
            out.put(dim, counts == null ? List.of() : values(counts, dim, top));
        }
        return out;
    }

    /** Every value of a dimension over the whole index, most frequent first. */
    static List<FacetCount> all(FacetStates states, IndexSearcher searcher, String dim) throws IOException {
        Facets counts = counts(states, searcher, null);
        return counts == null ? List.of() : values(counts, dim, Integer.MAX_VALUE);
    }

    /** Collected records per month ("2025-06") of an epoch-day doc-values field, in calendar order; undated ones left out. */
    static List<FacetCount> months(FacetsCollector collected, String dayField) throws IOException {
        Map<String, Integer> perMonth = new TreeMap<>();
        for (FacetsCollector.MatchingDocs m : collected.getMatchingDocs()) {
            if (m.bits() == null) {
                continue;
            }
            NumericDocValues days = DocValues.getNumeric(m.context().reader(), dayField);
            DocIdSetIterator docs = m.bits().iterator();
            for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
                if (days.advanceExact(d)) {
                    perMonth.merge(LocalDate.ofEpochDay(days.longValue()).toString().substring(0, 7), 1, Integer::sum);
                }
            }
        }
        List<FacetCount> out = new ArrayList<>();
        perMonth.forEach((month, n) -> out.add(new FacetCount(month, n)));
        return out;
    }

    /** Counts over the snapshot's facet ordinals, which {@link FacetStates} builds once per snapshot. */
    private static Facets counts(FacetStates states, IndexSearcher searcher, FacetsCollector collected)
            throws IOException {
        DefaultSortedSetDocValuesReaderState state = states.of(searcher.getIndexReader());
        if (state == null) {
            return null;
        }
        return collected == null ? new SortedSetDocValuesFacetCounts(state) : new SortedSetDocValuesFacetCounts(state, collected);
    }

    private static List<FacetCount> values(Facets counts, String dim, int top) throws IOException {
        FacetResult r;
        try {
            r = top == Integer.MAX_VALUE ? counts.getAllChildren(dim) : counts.getTopChildren(top, dim);
        } catch (IllegalArgumentException noSuchDimension) {
            return List.of();
        }
        List<FacetCount> out = new ArrayList<>();
        if (r != null) {
            for (LabelAndValue lv : r.labelValues) {
                out.add(new FacetCount(lv.label, lv.value.intValue()));
            }
        }
        if (top == Integer.MAX_VALUE) {
            out.sort((a, b) -> a.count() != b.count() ? Integer.compare(b.count(), a.count()) : a.value().compareTo(b.value()));
        }
        return out;
    }
}
