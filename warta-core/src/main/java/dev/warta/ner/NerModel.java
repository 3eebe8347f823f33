package dev.warta.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A linear-chain model over {@link Tags}: one weight per hashed feature bucket and tag, one per tag
 * transition, decoded by Viterbi under the BIO constraints. Immutable, so one instance serves all threads.
 */
final class NerModel {
    private static final int MAGIC = 0x574e4552; // "WNER"
    private static final int VERSION = 1;
    private static final int T = Tags.COUNT;

    private final NerFeatures features;
    private final float[] weights;
    private final float[] transitions;

    /** {@code weights[bucket * T + tag]}; {@code transitions[(previous + 1) * T + tag]}, previous -1 at the start. */
    NerModel(NerFeatures features, float[] weights, float[] transitions) {
        if (weights.length != (1 << features.bits()) * T || transitions.length != (T + 1) * T) {
            throw new IllegalArgumentException("weights do not match " + features.bits() + " bits");
        }
        this.features = features;
        this.weights = weights;
        this.transitions = transitions;
    }

    /** The best tag sequence for {@code tokens}. */
    int[] decode(List<String> tokens) {
        return viterbi(emissions(features.extract(tokens), tokens.size(), weights), tokens.size(), transitions, null);
    }

    static float[] emissions(int[] features, int n, float[] weights) {
        float[] e = new float[n * T];
        int f = NerFeatures.PER_TOKEN;
        for (int i = 0; i < n; i++) {
            int row = i * T;
            for (int j = i * f, end = j + f; j < end; j++) {
                int w = features[j] * T;
                for (int t = 0; t < T; t++) {
                    e[row + t] += weights[w + t];
                }
            }
        }
        return e;
    }

    /**
     * The best tags by emission and transition scores among the sequences that are valid BIO;
     * {@code allowed[i]} (a bit mask of tags), if given, restricts token i.
     */
    static int[] viterbi(float[] e, int n, float[] transitions, int[] allowed) {
        int[] tags = new int[n];
        if (n == 0) {
            return tags;
        }
        float[] score = new float[n * T];
        int[] back = new int[n * T];
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < T; t++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = -1;
                if (allowed != null && (allowed[i] & 1 << t) == 0) {
                    best = Float.NEGATIVE_INFINITY;
                } else if (i == 0) {
                    if (Tags.legal(-1, t)) {
                        best = transitions[t];
                    }
                } else {
                    for (int p = 0; p < T; p++) {
                        float s = score[(i - 1) * T + p] + transitions[(p + 1) * T + t];
                        if (Tags.legal(p, t) && s > best) {
                            best = s;
                            arg = p;
                        }
                    }
                }
                score[i * T + t] = best + e[i * T + t];
                back[i * T + t] = arg;
            }
        }
        int last = 0;
        for (int t = 1; t < T; t++) {
            if (score[(n - 1) * T + t] > score[(n - 1) * T + last]) {
                last = t;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            tags[i] = last;
            last = back[i * T + last];
        }
        return tags;
    }

    /**
     * Gzip of: magic, version, bits, the transitions, the buckets with a non-zero weight as (gap, T weights), the
     * weights quantized to 16 bits over the largest magnitude (half the file at no measurable cost), the gazetteer.
     */
    void write(OutputStream out) throws IOException {
        float max = 0;
        for (float w : weights) {
            max = Math.max(max, Math.abs(w));
        }
        float scale = max == 0 ? 1 : max / Short.MAX_VALUE;
        short[] q = new short[weights.length];
        int bits = features.bits();
        int used = 0;
        for (int b = 0; b < 1 << bits; b++) {
            boolean any = false;
            for (int t = 0; t < T; t++) {
                q[b * T + t] = (short) Math.round(weights[b * T + t] / scale);
                any |= q[b * T + t] != 0;
            }
            used += any ? 1 : 0;
        }
        try (DataOutputStream d = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(out, 1 << 16)))) {
            d.writeInt(MAGIC);
            d.writeInt(VERSION);
            d.writeInt(bits);
            for (float t : transitions) {
                d.writeFloat(t);
            }
            d.writeFloat(scale);
            d.writeInt(used);
            int previous = -1;
            for (int b = 0; b < 1 << bits; b++) {
                boolean any = false;
                for (int t = 0; t < T; t++) {
                    any |= q[b * T + t] != 0;
                }
                if (any) {
                    d.writeInt(b - previous);
                    previous = b;
                    for (int t = 0; t < T; t++) {
                        d.writeShort(q[b * T + t]);
                    }
                }
            }
            features.gazetteer().write(d);
        }
    }

    static NerModel read(InputStream in) throws IOException {
        try (DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16))) {
            if (d.readInt() != MAGIC || d.readInt() != VERSION) {
                throw new IOException("not a warta NER model of version " + VERSION);
            }
            int bits = d.readInt();
            if (bits < 1 || bits > 26) {
                throw new IOException("bad model: " + bits + " bits");
            }
            float[] transitions = new float[(T + 1) * T];
            for (int i = 0; i < transitions.length; i++) {
                transitions[i] = d.readFloat();
            }
            float scale = d.readFloat();
            int used = d.readInt();
            float[] weights = new float[(1 << bits) * T];
            int b = -1;
            for (int k = 0; k < used; k++) {
                b += d.readInt();
                if (b < 0 || b >= 1 << bits) {
                    throw new IOException("bad model: bucket " + b + " out of range");
                }
                for (int t = 0; t < T; t++) {
                    weights[b * T + t] = d.readShort() * scale;
                }
            }
            return new NerModel(new NerFeatures(bits, NerGazetteer.read(d)), weights, transitions);
        }
    }
}
