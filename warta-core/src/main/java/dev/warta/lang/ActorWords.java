package dev.warta.lang;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a language's press calls political actors. {@code names}: institutions, offices and groups by
 * every name ("Gedung Putih" -> USAGOV, "TNI" -> IDNMIL), keyed in lower case, read from
 * {@code actor-names.tsv} ({@code name | alias ...<TAB>code}); {@code agents}: nouns and title words that
 * give a role without a country ("polisi" -> COP, "menteri" -> GOV), from {@code actor-agents.tsv}
 * ({@code word<TAB>role}).
 */
public record ActorWords(Map<String, String> names, Map<String, String> agents) {

    static ActorWords read(Class<?> owner) {
        Map<String, String> names = new HashMap<>();
        for (String line : WordList.read(owner, "actor-names.tsv")) {
            String[] cells = line.split("\t");
            for (String name : cells[0].split("\\|")) {
                names.putIfAbsent(key(name), cells[1].strip());
            }
        }
        Map<String, String> agents = new HashMap<>();
        for (String line : WordList.read(owner, "actor-agents.tsv")) {
            String[] cells = line.split("\t");
            agents.putIfAbsent(key(cells[0]), cells[1].strip());
        }
        return new ActorWords(Map.copyOf(names), Map.copyOf(agents));
    }

    /** A name as the tables key it: lower case, single spaces. */
    public static String key(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(lower.length());
        boolean space = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space && !b.isEmpty()) {
                    b.append(' ');
                }
                space = false;
                b.append(c);
            }
        }
        return b.toString();
    }
}
