package dev.warta.model;

/** What analysing one input item gave: a document, or the reason it could not be read or analysed. */
public sealed interface AnalysisResult permits Document, Failure {
}
