package dev.warta.ner;

import dev.warta.lang.Language;
import dev.warta.model.Mention;
import dev.warta.model.Role;
import dev.warta.model.Span;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the title standing right before a person's name, with the place or organization it belongs
 * to: "Presiden Rusia Vladimir Putin" (President, of Rusia), "Menteri Luar Negeri Sugiono" (Foreign
 * Minister), "Juru bicara KPK, Budi Santoso" (Spokesperson, of KPK).
 */
final class RoleFinder {
    private static final int WINDOW = 80;
    private final Map<String, String> glosses = new HashMap<>();
    private final Pattern before;

    RoleFinder(List<Language> languages) {
        languages.forEach(l -> glosses.putAll(l.roleTitles()));
        String titles = glosses.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(t -> Pattern.quote(t).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
        // title, then up to three capitalised words of affiliation, then an optional comma, then the name
        before = Pattern.compile("(?<title>" + (titles.isEmpty() ? "(?!)" : titles) + ")"
                + "(?<of>(?:\\s+\\p{Lu}[\\p{L}\\p{N}.&-]*){0,3})\\s*,?\\s*$", Pattern.CASE_INSENSITIVE
                | Pattern.UNICODE_CASE);
    }

    /**
     * The role stated before {@code person}, or null. {@code entityAt} names the organization or place
     * mentioned within a span (the affiliation), or null; {@code personWithin} says whether a person is
     * mentioned there, in which case the title is that person's ("Presiden Putin, Yuri Ushakov").
     */
    Role roleOf(String text, Mention person, Function<Span, String> entityAt, Predicate<Span> personWithin) {
        int end = person.span().start();
        int from = Math.max(Math.max(0, end - WINDOW), text.lastIndexOf('\n', end - 1) + 1);
        Matcher m = before.matcher(text).useTransparentBounds(true);
        // the earliest title whose affiliation holds no other title: "Wakil Presiden X" keeps "Wakil",
        // "utusan khusus Presiden Putin" gives Putin "Presiden"
        for (int p = from; p < end; p++) {
            boolean wordStart = p == 0 || !Character.isLetter(text.charAt(p - 1));
            if (wordStart && Character.isLetter(text.charAt(p)) && m.region(p, end).lookingAt()
                    && !holdsTitle(m.group("of")) && !personWithin.test(new Span(m.start("of"), m.end("of")))) {
                return role(m, person, entityAt);
            }
        }
        return null;
    }

    private boolean holdsTitle(String words) {
        String lower = " " + words.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") + " ";
        return glosses.keySet().stream().anyMatch(t -> lower.contains(" " + t.toLowerCase(Locale.ROOT) + " "));
    }

    private Role role(Matcher m, Mention person, Function<Span, String> entityAt) {
        String title = m.group("title").replaceAll("\\s+", " ");
        String gloss = glosses.get(title.toLowerCase(Locale.ROOT));
        String affiliation = null;
        if (!m.group("of").isBlank()) {
            int of = m.start("of") + (m.group("of").length() - m.group("of").stripLeading().length());
            affiliation = entityAt.apply(new Span(of, m.end("of")));
        }
        return new Role(title, gloss, affiliation, new Span(m.start("title"), person.span().end()));
    }
}
