package dev.warta.model;

/** An input item that could not be read or analysed, with a one-line reason. */
public record Failure(SourceRef source, String reason) implements ReadResult, AnalysisResult {
    public String message() {
        return source.label() + ": " + reason;
    }
}
