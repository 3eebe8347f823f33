package dev.warta.ner;

import dev.warta.model.EntityType;
import dev.warta.model.Mention;
import dev.warta.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    /** Words of a lower-case description after a title ("of the five-member commission"). */
    private static final int MAX_DESCRIPTION_WORDS = 6;
    private static final Pattern LINK = Pattern.compile("\\s+(\\p{L}+)\\s+");
    private final Titles titles;
    private final NameWords names;
    private final NamesAfterTitles namesAfterTitles;

    RoleFinder(NameLexicon lexicon) {
        this.names = lexicon.words;
        this.titles = lexicon.titles;
        this.namesAfterTitles = new NamesAfterTitles(titles, names);
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
        namesAfterTitles.addTo(text, affiliations);
        List<RoleDraft> roles = new ArrayList<>();
        for (Mention person : affiliations.persons()) {
            RoleDraft before = before(text, person, affiliations);
            if (before != null) {
                roles.add(before);
            }
            // a person the title took whole has no group: its apposition role is dropped with it
            RoleDraft after = after(text, before == null ? person : before.person(), affiliations);
            if (after != null) {
                roles.add(after);
            }
        }
        return new Found(affiliations.mentions(), roles);
    }

    /** "Perwira Tentera Darat Malaysia": a title the tagger took into an organization's name is not part of it. */
    private Mention withoutTitle(String text, Mention m) {
        int end = m.type() == EntityType.ORGANIZATION ? titles.end(text, m.span().start(), m.span().end()) : -1;
        if (end < 0 || end + 1 >= m.span().end() || !Character.isWhitespace(text.charAt(end))) {
            return m;
        }
        return new Mention(new Span(end + 1, m.span().end()), m.type());
    }

    /** The earliest title before the name whose affiliation holds no title of its own. */
    private RoleDraft before(String text, Mention person, Affiliations affiliations) {
        int end = person.span().start();
        int from = Math.max(Math.max(0, end - WINDOW), text.lastIndexOf('\n', end - 1) + 1);
        for (int p = from; p < end; p++) {
            boolean wordStart = p == 0 || !Character.isLetterOrDigit(text.charAt(p - 1));
            int titleEnd = wordStart ? titles.end(text, p, person.span().end()) : -1;
            if (titleEnd > end) {
                // the tagger took the end of the title for the name ("Menteri Luar [Negeri Sugiono]")
                person = affiliations.withoutTitle(text, person, titleEnd);
                return person == null ? null : before(text, person, affiliations);
            }
            titleEnd = titleEnd < 0 ? -1 : titles.end(text, p, end);
            RoleDraft role = titleEnd > 0 ? roleBefore(text, new Span(p, titleEnd), from, person, affiliations) : null;
            if (role != null) {
                return role;
            }
        }
        return null;
    }

    /**
     * The role of a title before the name, with the titles chained before it ("Presiden KSPI sekaligus
     * Presiden Partai Buruh") and, in an apposition that opens a clause, the common words that complete it
     * ("Kuasa hukum pemohon, Muhammad Ridwan Tahir"); null when what follows the title is no affiliation.
     */
    private RoleDraft roleBefore(String text, Span title, int from, Mention person, Affiliations affiliations) {
        int end = person.span().start();
        int titleEnd = title.end();
        Span of = affiliationBefore(text, titleEnd, end, affiliations);
        if (of == null && opensClause(text, title.start()) && text.substring(titleEnd, end).strip().endsWith(",")) {
            titleEnd = commonWordsEnd(text, titleEnd, end);
            of = titleEnd > title.end() ? affiliationBefore(text, titleEnd, end, affiliations) : null;
        }
        if (of == null || !affiliations.endsWithPerson(of) && holdsTitle(text, of, affiliations)) {
            return null;
        }
        Span before = of.length() == 0 ? nameRightBefore(text, title.start(), affiliations) : null;
        if (before != null) {
            // "KPU chairman Hasyim", "Malaysia's Foreign Minister X": the affiliation stands before the title
            return affiliations.resolve(text, title, before, titles.gloss(title.of(text)),
                    new Span(before.start(), person.span().end()), person);
        }
        List<Span> chain = chain(text, title, from);
        String gloss = chain.stream().map(t -> titles.gloss(t.of(text))).reduce((a, b) -> a + " and " + b)
                .orElseThrow();
        int start = withDemonym(text, chain.getFirst().start(), from);
        return affiliations.resolve(text, new Span(start, titleEnd), of, gloss, new Span(start, person.span().end()),
                person);
    }

    /** "Malaysian Foreign Minister X": a country's adjective right before the title is part of it as written. */
    private int withDemonym(String text, int titleStart, int from) {
        List<Span> before = words(text, from, titleStart);
        for (int k = Math.max(0, before.size() - 2); k < before.size(); k++) {
            List<String> tail = before.subList(k, before.size()).stream().map(w -> w.of(text)).toList();
            if (names.demonyms.longestAt(tail, 0) == tail.size() - 1) {
                return before.get(k).start();
            }
        }
        return titleStart;
    }

    /** The titles chained before {@code title} by a word like "sekaligus", each with its affiliation, and it. */
    private List<Span> chain(String text, Span title, int from) {
        List<Span> before = words(text, from, title.start());
        if (before.isEmpty() || !names.titleChains.contains(before.getLast().of(text).toLowerCase(Locale.ROOT))) {
            return List.of(title);
        }
        int joiner = before.getLast().start();
        for (Span w : before.subList(0, before.size() - 1)) {
            int end = titles.end(text, w.start(), joiner);
            if (end > 0 && words(text, end, joiner).stream().allMatch(x -> Character.isUpperCase(x.of(text).charAt(0)))) {
                List<Span> chain = new ArrayList<>(chain(text, new Span(w.start(), end), from));
                chain.add(title);
                return chain;
            }
        }
        return List.of(title);
    }

    /** The mention that ends right before {@code at}, a possessive or one space between, or null. */
    private static Span nameRightBefore(String text, int at, Affiliations affiliations) {
        int end = at;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (end >= 2 && (text.startsWith("'s", end - 2) || text.startsWith("\u2019s", end - 2))) {
            end -= 2;
        }
        return end == at ? null : affiliations.mentionEndingAt(end);
    }

    /** Nothing but a sentence or clause boundary precedes {@code at}. */
    private static boolean opensClause(String text, int at) {
        int p = at - 1;
        while (p >= 0 && text.charAt(p) == ' ') {
            p--;
        }
        return p < 0 || ".,;:\n\"“(".indexOf(text.charAt(p)) >= 0;
    }

    /** The end of the lower-case words (at most three) that follow a title ("hukum pemohon"), else {@code from}. */
    private static int commonWordsEnd(String text, int from, int to) {
        int end = from;
        int count = 0;
        for (Span w : words(text, from, to)) {
            String s = w.of(text);
            if (count == 3 || !s.chars().allMatch(Character::isLowerCase)) {
                break;
            }
            end = w.end();
            count++;
        }
        return end;
    }

    /**
     * "Name, Title Affiliation" or "Name selaku Title Affiliation": the affiliation runs over name-like words
     * and may hold no person.
     */
    private RoleDraft after(String text, Mention person, Affiliations affiliations) {
        int start = titleAfterName(text, person.span().end());
        int titleEnd = start < 0 ? -1 : titles.end(text, start, text.length());
        if (titleEnd < 0) {
            return null;
        }
        Span of = withoutConnectors(text, affiliationAfter(text, titleEnd, affiliations));
        if (affiliations.holdsPerson(of)) {
            return null;
        }
        String gloss = titles.gloss(text.substring(start, titleEnd));
        titleEnd = of.length() == 0 ? descriptionEnd(text, titleEnd) : titleEnd;
        int end = of.length() == 0 ? titleEnd : of.end();
        return affiliations.resolve(text, new Span(start, titleEnd), of, gloss, new Span(person.span().start(), end),
                person);
    }

    /**
     * The end of the lower-case words that a connector adds to an apposition's title, where no name follows
     * ("X, head of the disciplinary board,"): they are part of the title as the text gives it.
     */
    private int descriptionEnd(String text, int titleEnd) {
        List<Span> words = words(text, titleEnd, Math.min(text.length(), titleEnd + WINDOW));
        if (words.isEmpty() || words.getFirst().start() != titleEnd + 1
                || !names.connectors.contains(words.getFirst().of(text))) {
            return titleEnd;
        }
        int end = titleEnd;
        for (Span w : words.subList(0, Math.min(words.size(), MAX_DESCRIPTION_WORDS))) {
            String s = w.of(text);
            if (!s.chars().allMatch(c -> Character.isLowerCase(c) || c == '-' || Character.isDigit(c))
                    || names.listJoiners.contains(s)) {
                break;
            }
            end = w.end();
        }
        return end > titleEnd && !names.connectors.contains(text.substring(text.lastIndexOf(' ', end - 1) + 1, end))
                ? end : titleEnd;
    }

    /** "for the Philippine Coast Guard": the affiliation begins at its first name. */
    private Span withoutConnectors(String text, Span of) {
        for (Span w : words(text, of.start(), of.end())) {
            if (!names.connectors.contains(w.of(text))) {
                return new Span(w.start(), of.end());
            }
        }
        return of;
    }

    /** Where a title after a name may start: past a comma or a linking word ("selaku"); -1 when neither follows. */
    private int titleAfterName(String text, int nameEnd) {
        Matcher comma = APPOSITION.matcher(text).region(nameEnd, text.length());
        if (comma.lookingAt()) {
            // "Sutarjo, a spokesman for the agency,": the article is not part of the title
            Matcher article = LINK.matcher(text).region(comma.end() - 1, text.length());
            boolean determiner = article.lookingAt() && names.determiners.contains(article.group(1));
            return determiner ? article.end() : comma.end();
        }
        Matcher link = LINK.matcher(text).region(nameEnd, text.length());
        return link.lookingAt() && names.roleLinks.contains(link.group(1).toLowerCase(Locale.ROOT)) ? link.end() : -1;
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
            if (w == words.getFirst() && names.affiliationLinks.contains(w.of(text))) {
                // "an economist at DBS Bank": the preposition ties the title to the name after it
                continue;
            }
            if (!nameWord(text, w, affiliations) || w.of(text).equals("(") && first < 0) {
                break;
            }
            first = first < 0 ? w.start() : first;
            if (!names.connectors.contains(w.of(text))) {
                // "at Altai Ridge Advisory and a former minister": a connector ends no name
                end = w.end();
            }
            if (w.of(text).endsWith(".")) {
                // the sentence ends here: "Juru Bicara Kemlu."
                end--;
                break;
            }
        }
        return first < 0 || end <= first ? new Span(from, from) : new Span(first, end);
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
        for (Span w : words(text, of.start(), of.end())) {
            if (!affiliations.insideName(w) && titles.end(text, w.start(), of.end()) > 0) {
                return true;
            }
        }
        return false;
    }
}
