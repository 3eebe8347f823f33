package dev.warta.text;

import java.util.Locale;

/** Tests on the letter case of a piece of text, shared by the stages that read headlines and leads. */
public final class Casing {
    private Casing() {
    }

    /** Whether the text has letters and all of them are capitals ("JAKARTA", "BREAKING NEWS: 2025"). */
    public static boolean allCapitals(String s) {
        return s.chars().anyMatch(Character::isLetter) && s.equals(s.toUpperCase(Locale.ROOT));
    }
}
