package dev.warta.anatomy;

import dev.warta.lang.Language;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises news outlets: a known brand of any language, or a name written as a web domain. */
final class Outlets {
    private static final Pattern DOMAIN = Pattern.compile(
            "^[\\p{L}\\p{N}][\\p{L}\\p{N}-]*(?:\\.[\\p{L}\\p{N}-]+)*\\.(?:com|co|id|net|org|news|tv|info|my|sg|asia)"
                    + "(?:\\.[a-z]{2})?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOMAIN_IN_TEXT = Pattern.compile(
            "\\b[\\p{L}\\p{N}][\\p{L}\\p{N}-]*(?:\\.[\\p{L}\\p{N}-]+)*\\.(?:com|co\\.id|co|id|net|news|tv)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MEDIA_WORD = Pattern.compile(
            "\\b(news|times|post|agency|press|journal|daily|herald|tribune|tv|radio|gazette|telegraph|channel)$",
            Pattern.CASE_INSENSITIVE);

    private final Set<String> known = new HashSet<>();
    private final Pattern knownInText;

    Outlets(List<Language> languages) {
        languages.forEach(l -> known.addAll(l.outletNames()));
        String alternation = known.stream().filter(n -> n.length() > 3)
                .sorted((a, b) -> Integer.compare(b.length(), a.length())).map(Pattern::quote)
                .reduce((a, b) -> a + "|" + b).orElse("(?!)");
        knownInText = Pattern.compile("(?<![\\p{L}.])(?:" + alternation + ")(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    boolean isKnown(String name) {
        return known.contains(name.strip().toLowerCase(Locale.ROOT));
    }

    static boolean isDomain(String name) {
        return DOMAIN.matcher(name.strip()).matches();
    }

    boolean isOutlet(String name) {
        return isKnown(name) || isDomain(name);
    }

    /** An outlet or a name built like one ("Yonhap News Agency", "The Straits Times"). */
    boolean looksLikeOutlet(String name) {
        return isOutlet(name) || MEDIA_WORD.matcher(name.strip()).find();
    }

    /** The first outlet named in a line of page furniture ("Follow Berita Okezone di Google News"). */
    String findIn(String line) {
        Matcher d = DOMAIN_IN_TEXT.matcher(line);
        if (d.find()) {
            return d.group();
        }
        Matcher k = knownInText.matcher(line);
        return k.find() ? k.group() : null;
    }
}
