package dev.warta.extract;

/** Sums over one element's subtree, as {@link TreeMeasure} counts them. */
final class BlockStats {
    int chars;
    int linkChars;
    int commas;
    /** Characters in paragraphs of prose: long enough and with few links. */
    int prose;
    int paragraphs;
    /** The element's position in document order. */
    int order;
    boolean isLink;
    Furniture.Mark furniture; // worked out once, when first asked

    double linkDensity() {
        return chars == 0 ? 0 : (double) linkChars / chars;
    }
}
