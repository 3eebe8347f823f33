package dev.warta.extract;

import dev.warta.model.DateMention;
import dev.warta.time.DateFinder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The byline that names its writer without a label, beside the date under the headline: "Elliot Raba"
 * over "23.07.2025 · 6 min read", "2025-12-17 · Trond Teigen", "Dec 26, 2025 • Mahua Das in Project
 * Management". Only a name shaped like a person's counts ({@link AuthorsFromSiteOwner#personShaped}).
 */
final class AuthorsBesideDate {
    /** Lines of the header read after the headline; the body starts before this many. */
    private static final int MAX_LINES = 8;
    /** Long lines passed over after the headline (a standfirst) before the body is taken to have begun. */
    private static final int LONG_LINES = 2;
    private static final int MAX_ELEMENTS = 80;
    private static final int SHORT_LINE = 80;
    private static final Pattern READING_TIME = Pattern.compile("(?i)\\b\\d+\\s*(?:min(?:ute)?s?|menit)(?:\\s+(?:read|baca))?\\b");
    private static final Pattern SEPARATORS = Pattern.compile("[·•|—–]|\\s-\\s");
    private static final Pattern LIST_SEPARATORS = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+(?:and|&|dan)\\s+");
    /** A section after the name: "Mahua Das in Project Management". */
    private static final Pattern SECTION_AFTER = Pattern.compile("\\s+(?:in|di)\\s+\\p{Lu}.*$");

    private AuthorsBesideDate() {
    }

    static Byline read(Element headline, DateFinder dates, Predicate<String> isCommon, Set<String> outlets) {
        List<String> lines = headerLines(headline);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String withoutDate = withoutDate(line, dates);
            if (withoutDate == null) {
                continue;
            }
            for (String candidate : new String[]{withoutDate, i > 0 ? lines.get(i - 1) : null,
                    i + 1 < lines.size() ? lines.get(i + 1) : null}) {
                List<String> names = candidate == null ? List.of() : names(candidate, isCommon, outlets);
                if (!names.isEmpty()) {
                    return new Byline(names, Byline.Source.TEXT);
                }
            }
        }
        return new Byline(List.of(), Byline.Source.TEXT);
    }

    /** The names a line lists ("Naftali Tishby, Fernando C. Pereira, William Bialek"), each shaped like a person's. */
    private static List<String> names(String line, Predicate<String> isCommon, Set<String> outlets) {
        List<String> out = new ArrayList<>();
        for (String part : LIST_SEPARATORS.split(SECTION_AFTER.matcher(line.strip()).replaceFirst(""))) {
            String name = part.strip();
            if (!AuthorsFromSiteOwner.personShaped(name, isCommon) || outlets.contains(name.toLowerCase(Locale.ROOT))) {
                return List.of();
            }
            out.add(name);
        }
        return out;
    }

    /**
     * The line less its full date (in words or in digits alone), reading time and separators; null when the
     * line holds no full date.
     */
    private static String withoutDate(String line, DateFinder dates) {
        String rest = null;
        for (DateMention m : dates.find(line, null)) {
            if (m.value().hasFullDate()) {
                rest = line.substring(0, m.span().start()) + " " + line.substring(m.span().end());
                break;
            }
        }
        rest = rest != null ? rest : NumericDates.without(line);
        if (rest == null) {
            return null;
        }
        rest = READING_TIME.matcher(rest).replaceAll(" ");
        return SEPARATORS.matcher(rest).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    /** The texts of the elements after the headline that make lines of their own, in order. */
    private static List<String> headerLines(Element headline) {
        List<String> lines = new ArrayList<>();
        Element e = headline;
        int long_ = 0;
        for (int seen = 0; seen < MAX_ELEMENTS && lines.size() < MAX_LINES && (e = DocumentOrder.nextInOrder(e)) != null; seen++) {
            if (isLine(e)) {
                String text = e.text();
                if (text.length() <= SHORT_LINE) {
                    lines.add(text);
                } else if (++long_ > LONG_LINES) {
                    break; // the body has begun
                }
            }
        }
        return lines;
    }

    /** A block that holds text of its own or only inline elements ("23.07.2025 · 6 min read" in three spans). */
    private static boolean isLine(Element e) {
        if (isInline(e)) {
            return false;
        }
        if (!e.ownText().isBlank()) {
            return true;
        }
        for (Element child : e.children()) {
            if (!isInline(child)) {
                return false;
            }
        }
        return e.childrenSize() > 0 && !e.text().isBlank();
    }

    private static boolean isInline(Element e) {
        return e.nameIs("a") || e.nameIs("span") || e.nameIs("strong") || e.nameIs("em")
                || e.nameIs("b") || e.nameIs("i");
    }
}
