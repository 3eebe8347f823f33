package dev.warta.store;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;

/**
 * The facet ordinals of the current index snapshot, built once per snapshot: building them reads every
 * facet value of the index, far more than a search costs.
 */
final class FacetStates {
    private final FacetsConfig config;
    private IndexReader reader;
    private DefaultSortedSetDocValuesReaderState state;

    FacetStates(FacetsConfig config) {
        this.config = config;
    }

    /** The state of {@code r}, or null when the index holds no facet yet. */
    synchronized DefaultSortedSetDocValuesReaderState of(IndexReader r) throws IOException {
        if (r != reader) {
            try {
                state = new DefaultSortedSetDocValuesReaderState(r, config);
            } catch (IllegalArgumentException noFacetsYet) {
                state = null;
            }
            reader = r;
        }
        return state;
    }
}
