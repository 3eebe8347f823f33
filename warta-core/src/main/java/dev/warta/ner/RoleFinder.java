package dev.warta.ner;

import dev.warta.lang.Language;
import dev.warta.model.EntityType;
import dev.warta.model.Mention;
import dev.warta.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the titles of persons with the organization, place or person they belong to: before the name
 * ("Presiden Rusia Vladimir Putin", "Kapolri Jenderal Listyo Sigit", "Juru bicara Kremlin, Dmitry
 * Peskov", "utusan khusus Presiden Putin, Kirill Dmitriev") or in apposition after it ("Yohanes Purba,
 * Juru Bicara Kemlu,"). An affiliation longer than any one name is an organization of its own ("Kepala
 * BPBD Kota Bekasi"); capitalised words that name nothing belong to the title ("Menteri Koordinator Bidang
 * Perekonomian").
 */
final class RoleFinder {
    private static final int WINDOW = 160;
    private static final Pattern WORDS = Pattern.compile("[(),]|[^\\s(),]+");
    private static final Pattern APPOSITION = Pattern.compile("\\s*,\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SINGLE_NAME = Pattern.compile("\\s+(\\p{Lu}\\p{Ll}{2,})(?=\\s+\\p{Ll}|[,.])");
    private final Map<String, String> glosses = new HashMap<>();
    private final Pattern title;
    /** First words of the titles, lower case: most words start none, and the regex need not be tried. */
    private final Set<String> firstWords;
    private final NameWords names;

    RoleFinder(List<Language> languages, NameWords names) {
        this.names = names;
        languages.forEach(l -> glosses.putAll(l.roleTitles()));
        String titles = glosses.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(t -> Pattern.quote(t).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
        firstWords = glosses.keySet().stream().map(t -> t.split(" ")[0]).collect(Collectors.toSet());
        title = Pattern.compile("(?:" + (titles.isEmpty() ? "(?!)" : titles) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Mentions with the organizations that affiliations add, and the roles of the persons among them. */
    record Found(List<Mention> mentions, List<RoleDraft> roles) {
    }

    /**
     * {@code organizationWord} says whether the document uses a word as an organization's name ("DPR"),
     * {@code placeName} whether the gazetteer knows a place by that name.
     */
    Found find(String text, List<Mention> mentions, Predicate<String> organizationWord,
               Predicate<String> placeName) {
        Affiliations affiliations = new Affiliations(mentions.stream().map(m -> withoutTitle(text, m)).toList(),
                organizationWord, placeName);
        addNamesAfterTitles(text, affiliations);
        List<RoleDraft> roles = new ArrayList<>();
        for (Mention person : affiliations.persons()) {
            if (person.type() == EntityType.PERSON) {
                RoleDraft before = before(text, person, affiliations);
                if (before != null) {
                    roles.add(before);
                }
                Mention named = before == null ? person : before.person();
                RoleDraft after = affiliations.holds(named) ? after(text, named, affiliations) : null;
                if (after != null) {
                    roles.add(after);
                }
            }
        }
        return new Found(affiliations.mentions(), roles);
    }

    /**
     * "Menteri Ketenagakerjaan Yassierli pekan lalu ...": one capitalised word between a capitalised title
     * of two words or more and a lower-case word, in no name yet and no title, place or organization, is a
     * person the tagger did not know, unless the text writes it in lower case elsewhere. A one-word title
     * is too often followed by its portfolio instead ("Direktur Penyidikan pada ...").
     */
    private void addNamesAfterTitles(String text, Affiliations affiliations) {
        Matcher m = title.matcher(text);
        Matcher name = SINGLE_NAME.matcher(text);
        for (int p = 0; p < text.length(); p++) {
            boolean wordStart = p == 0 || !Character.isLetterOrDigit(text.charAt(p - 1));
            if (wordStart && Character.isUpperCase(text.charAt(p)) && startsTitle(text, p)
                    && m.region(p, text.length()).lookingAt() && m.group().contains(" ")
                    && name.region(m.end(), text.length()).lookingAt()) {
                Span word = new Span(name.start(1), name.end(1));
                String w = word.of(text);
                if (!affiliations.named(word) && !startsTitle(text, word.start()) && !names.isHonorific(w)
                        && !names.isCalendarWord(w) && !affiliations.isPlace(w) && !affiliations.isOrganization(w)
                        && !names.connectors.contains(nextWord(text, name.end(1)))
                        && !Words.occursAsWord(text, w.toLowerCase(Locale.ROOT))) {
                    affiliations.addPerson(word);
                }
                p = m.end();
            }
        }
    }

    private static String nextWord(String text, int from) {
        int start = from;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }

    /** "Perwira Tentera Darat Malaysia": a title the tagger took into an organization's name is not part of it. */
    private Mention withoutTitle(String text, Mention m) {
        Matcher t = title.matcher(text).region(m.span().start(), m.span().end());
        if (m.type() != EntityType.ORGANIZATION || !startsTitle(text, m.span().start()) || !t.lookingAt() || t.end() + 1 >= m.span().end()
                || !Character.isWhitespace(text.charAt(t.end()))) {
            return m;
        }
        return new Mention(new Span(t.end() + 1, m.span().end()), m.type());
    }

    /** The earliest title before the name whose affiliation holds no title of its own. */
    private RoleDraft before(String text, Mention person, Affiliations affiliations) {
        int end = person.span().start();
        int from = Math.max(Math.max(0, end - WINDOW), text.lastIndexOf('\n', end - 1) + 1);
        Matcher m = title.matcher(text).useTransparentBounds(true);
        for (int p = from; p < end; p++) {
            boolean wordStart = p == 0 || !Character.isLetterOrDigit(text.charAt(p - 1));
            if (!wordStart || !startsTitle(text, p)) {
                continue;
            }
            if (m.region(p, person.span().end()).lookingAt() && m.end() > end) {
                // the tagger took the end of the title for the name ("Menteri Luar [Negeri Sugiono]")
                person = affiliations.withoutTitle(text, person, m.end());
                return person == null ? null : before(text, person, affiliations);
            }
            if (m.region(p, end).lookingAt()) {
                Span of = affiliationBefore(text, m.end(), end, affiliations);
                if (of != null && (affiliations.endsWithPerson(of) || !holdsTitle(text, of, affiliations))) {
                    return affiliations.resolve(text, new Span(p, m.end()), of, gloss(m.group()),
                            new Span(p, person.span().end()), person);
                }
            }
        }
        return null;
    }

    /** "Name, Title Affiliation": the affiliation runs over name-like words and may hold no person. */
    private RoleDraft after(String text, Mention person, Affiliations affiliations) {
        Matcher comma = APPOSITION.matcher(text).region(person.span().end(), text.length());
        if (!comma.lookingAt()) {
            return null;
        }
        Matcher m = title.matcher(text).region(comma.end(), text.length());
        if (!startsTitle(text, comma.end()) || !m.lookingAt()) {
            return null;
        }
        Span of = affiliationAfter(text, m.end(), affiliations);
        if (affiliations.holdsPerson(of)) {
            return null;
        }
        int end = of.length() == 0 ? m.end() : of.end();
        return affiliations.resolve(text, new Span(comma.end(), m.end()), of, gloss(m.group()),
                new Span(person.span().start(), end), person);
    }

    /**
     * The affiliation between a title and the name, leaving out ranks and a comma before the name; null
     * when a word there cannot be part of a name ("sekaligus").
     */
    private Span affiliationBefore(String text, int from, int to, Affiliations affiliations) {
        List<Span> words = words(text, from, to);
        while (!words.isEmpty() && (isRank(text, words) || words.getLast().of(text).equals(","))) {
            words.removeLast();
        }
        for (Span w : words) {
            String s = w.of(text);
            if (!nameWord(text, w, affiliations) || s.endsWith(".") && !names.isHonorific(s)) {
                // a word that cannot stand in a name, or the end of a sentence
                return null;
            }
        }
        return words.isEmpty() ? new Span(from, from) : new Span(words.getFirst().start(), words.getLast().end());
    }

    /** The last word is a rank, or the corps after one ("Jenderal TNI", "Kombes Pol"). */
    private boolean isRank(String text, List<Span> words) {
        int n = words.size();
        String last = words.get(n - 1).of(text);
        return names.isHonorific(last) || n >= 2 && SpanRepair.isAcronym(last)
                && names.isHonorific(words.get(n - 2).of(text));
    }

    private Span affiliationAfter(String text, int from, Affiliations affiliations) {
        int lineEnd = text.indexOf('\n', from);
        List<Span> words = words(text, from, Math.min(lineEnd < 0 ? text.length() : lineEnd, from + WINDOW));
        int end = from;
        int first = -1;
        for (Span w : words) {
            if (!nameWord(text, w, affiliations) || w.of(text).equals("(") && first < 0) {
                break;
            }
            first = first < 0 ? w.start() : first;
            end = w.end();
            if (w.of(text).endsWith(".")) {
                // the sentence ends here: "Juru Bicara Kemlu."
                end--;
                break;
            }
        }
        return first < 0 ? new Span(from, from) : new Span(first, end);
    }

    /** Capitalised, a connector, a parenthesis, or anything inside an organization's or place's name. */
    private boolean nameWord(String text, Span w, Affiliations affiliations) {
        String s = w.of(text);
        return Character.isUpperCase(s.charAt(0)) || s.equals("(") || s.equals(")")
                || names.connectors.contains(s) || affiliations.insideName(w);
    }

    private static List<Span> words(String text, int from, int to) {
        List<Span> out = new ArrayList<>();
        Matcher w = WORDS.matcher(text).region(from, to);
        while (w.find()) {
            out.add(new Span(w.start(), w.end()));
        }
        return out;
    }

    /** A title outside any name inside the affiliation: "Wakil Presiden X" belongs to "Presiden X"'s rival. */
    private boolean holdsTitle(String text, Span of, Affiliations affiliations) {
        Matcher m = title.matcher(text);
        for (Span w : words(text, of.start(), of.end())) {
            if (startsTitle(text, w.start()) && !affiliations.insideName(w)
                    && m.region(w.start(), of.end()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** The word at {@code at} is the first word of some title. */
    private boolean startsTitle(String text, int at) {
        int end = at;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end > at && firstWords.contains(text.substring(at, end).toLowerCase(Locale.ROOT));
    }

    private String gloss(String written) {
        return glosses.get(oneSpaced(written).toLowerCase(Locale.ROOT));
    }

    /** "Juru  bicara" as "Juru bicara": a title written across a line break is one title. */
    static String oneSpaced(String s) {
        return SPACES.matcher(s).replaceAll(" ");
    }
}
