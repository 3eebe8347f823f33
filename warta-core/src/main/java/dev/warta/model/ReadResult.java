package dev.warta.model;

/** One item read from an input: a document, or the reason that item could not be read. */
public sealed interface ReadResult permits RawDocument, Failure {
}
