package dev.warta.extract;

import dev.warta.model.RawDocument;

/** Turns a raw document into the plain text to analyse: one paragraph per line. */
public interface TextExtractor {
    ExtractedText extract(RawDocument document);
}
