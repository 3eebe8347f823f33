package dev.warta.event;

/**
 * The last interaction a document has told, its two sides and CAMEO root, which "kedua pihak" ("both sides") in a
 * later sentence stands for. The one state that carries from sentence to sentence.
 */
final class LastInteraction {
    private Actor[] sides;
    private String root;

    /**
     * The source and target of an event between {@code pair}: the two sides last told when its source is "kedua
     * pihak", else the pair itself; null when those sides are unknown or the act only retells that interaction.
     */
    Actor[] sidesOf(Actor[] pair, String cameo) {
        Actor[] found = pair[0].bothSides() ? sides : pair;
        // "kedua pihak" doing what was just told of them retells that interaction
        boolean retold = pair[0].bothSides() && cameo.startsWith(String.valueOf(root));
        return found == null || found[0] == null || found[0].bothSides() || retold ? null : found;
    }

    /** Notes an event coded between {@code sides}; only one with a target is an interaction. */
    void told(Actor[] sides, String cameo) {
        if (sides[1] != null) {
            this.sides = sides;
            this.root = cameo.substring(0, 2);
        }
    }
}
