package dev.warta.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The LSH band table of the stored articles, in memory: the articles sharing a band with a new text, with
 * their signatures and duplicate groups, found without an index search. It is read from the index (the
 * articles' signature and group doc values) when a store first adds, then each add goes into it, so after a
 * restart or a killed run it holds exactly what the index committed. Flat arrays rather than maps of boxed
 * keys: sixteen bands per article.
 */
final class NearCopies {
    private static final int NONE = -1;
    private long[] keys = new long[1 << 12];
    private int[] heads = empty(1 << 12);
    private int usedSlots;
    private int[] postingArticle = new int[1 << 12];
    private int[] postingNext = new int[1 << 12];
    private int postings;
    private long[] signatures = new long[MinHash.HASHES * 256];
    private final List<String> groups = new ArrayList<>();

    /** The table of the articles of a committed index snapshot. */
    static NearCopies of(IndexReader reader) throws IOException {
        NearCopies table = new NearCopies();
        for (LeafReaderContext leaf : reader.leaves()) {
            table.addAll(leaf.reader());
        }
        return table;
    }

    /** Adds a stored article: its signature, under its duplicate group. */
    void add(long[] signature, String group) {
        int article = groups.size();
        groups.add(group);
        if ((article + 1) * MinHash.HASHES > signatures.length) {
            signatures = Arrays.copyOf(signatures, signatures.length * 2);
        }
        System.arraycopy(signature, 0, signatures, article * MinHash.HASHES, MinHash.HASHES);
        for (long key : MinHash.bandKeys(signature)) {
            link(key, article);
        }
    }

    /** The group of the article sharing a band whose estimated overlap is highest and at least {@code least}. */
    Optional<String> closestGroup(long[] signature, double least) {
        int best = NONE;
        double most = least;
        Set<Integer> seen = new HashSet<>();
        for (long key : MinHash.bandKeys(signature)) {
            for (int p = heads[slot(key)]; p != NONE; p = postingNext[p]) {
                int article = postingArticle[p];
                double sim = seen.add(article) ? similarity(signature, article) : 0;
                if (sim >= most) {
                    best = article;
                    most = sim;
                }
            }
        }
        return best == NONE ? Optional.empty() : Optional.of(groups.get(best));
    }

    private void addAll(LeafReader leaf) throws IOException {
        BinaryDocValues sigs = leaf.getBinaryDocValues(Fields.SIGNATURE);
        SortedDocValues dupGroups = leaf.getSortedDocValues(Fields.DUP_GROUP);
        if (sigs == null || dupGroups == null) {
            return;
        }
        Bits live = leaf.getLiveDocs();
        for (int d = sigs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = sigs.nextDoc()) {
            if ((live == null || live.get(d)) && dupGroups.advanceExact(d)) {
                BytesRef b = sigs.binaryValue();
                add(MinHash.fromBytes(Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length)),
                        dupGroups.lookupOrd(dupGroups.ordValue()).utf8ToString());
            }
        }
    }

    /** As {@link MinHash#similarity}, against the signature kept in the flat array. */
    private double similarity(long[] signature, int article) {
        int from = article * MinHash.HASHES;
        int same = 0;
        for (int k = 0; k < MinHash.HASHES; k++) {
            if (signature[k] == signatures[from + k]) {
                same++;
            }
        }
        return (double) same / MinHash.HASHES;
    }

    private void link(long key, int article) {
        if (postings == postingArticle.length) {
            postingArticle = Arrays.copyOf(postingArticle, postings * 2);
            postingNext = Arrays.copyOf(postingNext, postings * 2);
        }
        int slot = slot(key);
        if (heads[slot] == NONE) {
            keys[slot] = key;
            usedSlots++;
        }
        postingArticle[postings] = article;
        postingNext[postings] = heads[slot];
        heads[slot] = postings++;
        if (usedSlots * 2 > keys.length) {
            grow();
        }
    }

    /** Open addressing: the key's slot, or the empty slot where it would go. */
    private int slot(long key) {
        int mask = keys.length - 1;
        int i = (int) MinHash.mix(key) & mask;
        while (heads[i] != NONE && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldHeads = heads;
        keys = new long[oldKeys.length * 2];
        heads = empty(oldKeys.length * 2);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldHeads[i] != NONE) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                heads[slot] = oldHeads[i];
            }
        }
    }

    private static int[] empty(int size) {
        int[] a = new int[size];
        Arrays.fill(a, NONE);
        return a;
    }
}
