package dev.warta.lang.id;

import java.util.ArrayList;
import java.util.List;

/**
 * The meN- active forms a di- passive may come from, by the nasal assimilation of the prefix: the
 * passive keeps the root's first sound, the active replaces p, t, s and k by the nasal ("dipukul" ->
 * "memukul", "dituntut" -> "menuntut", "disiksa" -> "menyiksa", "dikirim" -> "mengirim") and keeps b, d,
 * c, j, g, h and vowels ("dibongkar" -> "membongkar", "diancam" -> "mengancam"). Where both readings exist
 * ("dikritik": "mengkritik" or "mengritik") both are given; the lexicon says which is a verb.
 */
final class PassiveForms {
    private static final String PASSIVE = "di";
    private static final int SHORTEST_ROOT = 3;

    private PassiveForms() {
    }

    static List<String> activeOf(String word) {
        if (!word.startsWith(PASSIVE) || word.length() < PASSIVE.length() + SHORTEST_ROOT) {
            return List.of();
        }
        String root = word.substring(PASSIVE.length());
        char c = root.charAt(0);
        String rest = root.substring(1);
        List<String> out = new ArrayList<>();
        switch (c) {
            case 'b', 'f', 'v' -> out.add("mem" + root);
            case 'p' -> {
                out.add("mem" + rest);
                out.add("memp" + rest);
            }
            case 'd', 'c', 'j', 'z' -> out.add("men" + root);
            case 't' -> {
                out.add("men" + rest);
                out.add("ment" + rest);
            }
            case 's' -> {
                out.add("meny" + rest);
                out.add("mens" + rest);
            }
            case 'k' -> {
                out.add("meng" + rest);
                out.add("mengk" + rest);
            }
            case 'g', 'h', 'a', 'e', 'i', 'o', 'u' -> out.add("meng" + root);
            case 'l', 'm', 'n', 'r', 'w', 'y' -> out.add("me" + root);
            default -> {
            }
        }
        return out;
    }
}
