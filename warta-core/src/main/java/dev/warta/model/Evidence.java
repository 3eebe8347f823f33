package dev.warta.model;

/**
 * Where a fact comes from. Facts found in the article body point into {@code article.text};
 * facts found in text that the article leaves out (credit lines, the lead prefix, boilerplate)
 * point into the decoded input text, which is what the document was read as.
 */
public record Evidence(Origin origin, Span span) {
    public enum Origin { TEXT, INPUT }

    public static Evidence inText(int start, int end) {
        return new Evidence(Origin.TEXT, new Span(start, end));
    }

    public static Evidence inInput(int start, int end) {
        return new Evidence(Origin.INPUT, new Span(start, end));
    }
}
