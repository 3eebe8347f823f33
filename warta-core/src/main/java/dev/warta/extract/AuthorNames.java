package dev.warta.extract;

import dev.warta.model.DateMention;
import dev.warta.time.DateFinder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The person names in a raw author value: labels, dates and roles cut, credentials kept with the name
 * they follow ("Dylan Bailey, MS, RD"), names split
 * ("A and B", "A, B", "A dan B"), and what is not a name (navigation words, user names, sentences)
 * left out.
 */
final class AuthorNames {
    private static final Set<String> NAVIGATION = Set.of("home", "menu", "login", "log in", "sign in", "sign up",
            "register", "search", "subscribe", "share", "share article", "share this", "share this article",
            "share this post", "share this story", "share post", "comment", "comments", "read more", "more", "next",
            "previous", "prev", "about", "about us", "contact", "contact us", "privacy", "privacy policy", "terms",
            "cookie", "cookies", "newsletter", "follow", "follow us", "tags", "tag", "categories", "category",
            "uncategorized", "news", "berita", "beranda", "masuk", "daftar", "cari", "bagikan", "selengkapnya",
            "lainnya", "terbaru", "populer", "terpopuler", "video", "foto", "author", "authors", "penulis",
            "editor", "reporter", "writer", "posted", "published", "updated", "view all posts", "all posts",
            "profile", "bio", "facebook", "twitter", "instagram", "linkedin", "youtube", "whatsapp", "telegram",
            "email", "e-mail", "print", "rss", "view profile", "see all", "lihat semua", "anonymous", "guest",
            "unknown", "null", "undefined", "none", "n/a", "by", "oleh", "and", "dan", "contributor",
            "contributors", "kontributor", "staff writer", "wartawan", "pewarta", "more articles", "articles",
            "full bio", "view bio", "read bio", "the author", "about the author", "recent posts", "posts",
            "default", "written by", "more by", "see more", "tentang penulis", "profil", "next post",
            "previous post", "in this article", "table of contents", "daftar isi", "last updated", "last update");
    /** Words of a role or job title after a name ("Jane Doe, Staff Writer"). */
    private static final Pattern ROLE = Pattern.compile("(?i)\\b(?:writer|editor|editors|reporter|correspondent|"
            + "contributor|contributing|columnist|journalist|photographer|producer|expert|specialist|director|"
            + "ceo|cto|cfo|coo|founder|co-founder|manager|officer|president|chairman|head|lead|senior|sr\\.|"
            + "junior|staff|intern|analyst|consultant|coach|dietitian|nutritionist|therapist|physician|"
            + "professor|researcher|scientist|engineer|designer|developer|marketer|strategist|advisor|adviser|"
            + "partner|owner|member|representative|committee|educator|horticulturalist|coordinator|winemaker|"
            + "attorney|lawyer|years|former|wartawan|pewarta|penulis|redaktur|kontributor|koresponden|"
            + "fotografer|penyunting)\\b");
    /** A credential after a name: "MD", "Ph.D.", "CEPF®", "E-RYT 200", "RD". */
    private static final Pattern CREDENTIAL = Pattern.compile(
            "^(?:[A-Z][A-Za-z]?\\.?){1,3}\\.?$|^[A-Z][A-Z.\\-]{1,7}(?:\\s*\\d{1,4})?[®™]?$|^Ph\\.?\\s?D\\.?$|^M\\.?D\\.?$"
                    + "|^(?:Jr|Sr|Dr)\\.?$");
    /** A credential that stays with the name it follows: letters of a degree or certification ("MD", "Ph.D."). */
    private static final Pattern KEPT_CREDENTIAL = Pattern.compile(
            "^(?:[A-Z]{2,5}[®™]?|(?:[A-Z][a-z]?\\.){1,3}|Ph\\.?\\s?D\\.?)$");
    /** Between names: commas, "&", and the connectors in lower case ("Dan Davies" is a name). */
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bdan\\b|\\bserta\\b|\\bAND\\b)\\s*");
    private static final Pattern SEGMENTS = Pattern.compile("\\s*[|·•⋅]\\s*|\\s+[-–—]\\s+");
    private static final Pattern PARENS = Pattern.compile("\\s*[(\\[][^)\\]]{0,60}[)\\]]");
    /** A bracket the line leaves open ("Matt Godbolt (the compiler"): what follows is no name. */
    private static final Pattern UNCLOSED = Pattern.compile("\\s*[(\\[].*$");
    private static final Pattern NOT_NAME_CHARS = Pattern.compile("[@/\\\\=<>{}#|:!?]|https?|www\\.|\\d");
    private static final Pattern USERNAME = Pattern.compile("[a-z][._][a-z]");
    private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "del", "della", "da", "di",
            "dos", "das", "du", "la", "le", "ter", "ten", "bin", "binti", "al", "el", "y", "e", "zu", "af", "st.");
    private static final Pattern DOTTED = Pattern.compile("[a-z]\\.[a-z]");
    private static final Pattern CUT_WORDS = Pattern.compile(
            "(?i)\\s+(?:[-–—|•·,]\\s*)?(?:on|pada|at|updated|diperbarui|published|posted|dipublikasikan|diterbitkan|"
                    + "last updated|read time|reading time|min read|menit|hours? ago|jam yang lalu|follow|"
                    + "on behalf of)\\b.*$");
    private static final Pattern TRIM = Pattern.compile(
            "^[\\s\\p{Punct}–—•·«»“”\"']+|(?:\\.\\.\\.|…)$|[\\s\\p{Punct}–—•·«»“”\"'&&[^.)]]+$");
    private static final Pattern SEPARATOR_ONLY = Pattern.compile(
            "^[\\s\\p{Punct}–—•·⋅|&]*(?:and|dan|&)?[\\s\\p{Punct}–—•·⋅|&]*$");
    /** Words that begin a job title glued to a name ("Meghan Neville Content Marketing Coordinator"). */
    private static final Pattern TITLE_WORD = Pattern.compile("(?i)^(?:content|marketing|head|chief|senior|digital|"
            + "product|sales|social|media|communications|creative|managing|executive|global|regional|vice|"
            + "associate|assistant|principal|technical|tech|research|former|staff|lead|community|editorial|"
            + "contributing|freelance|guest)$");
    private static final int LONGEST_VALUE = 300;
    private static final int LONGEST_NAME = 60;
    private static final int MOST_WORDS = 6;

    private final DateFinder dates;
    private final AuthorLabels labels;
    private final Set<String> commonWords;

    /** @param commonWords the words the languages write in lower case ("spotlight", "manufacturer") */
    AuthorNames(DateFinder dates, AuthorLabels labels, Set<String> commonWords) {
        this.dates = dates;
        this.labels = labels;
        this.commonWords = commonWords;
    }

    /** Whether one word may be a name by itself: "Eliz", not "Spotlight" ("Author Spotlight"). */
    boolean isOneWordName(String word) {
        return !commonWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The person names in a raw author value. {@code anyCase} accepts what metadata states as it is
     * ("kirstin boatto"); visible text must look like a name.
     */
    List<String> clean(String raw, boolean labelsAllowed, boolean anyCase) {
        return clean(raw, labelsAllowed, anyCase, true);
    }

    /**
     * The person names in a raw author value; with {@code split} false, "and" and "&amp;" join the
     * words of one name ("Center for Drug Evaluation and Research").
     */
    List<String> clean(String raw, boolean labelsAllowed, boolean anyCase, boolean split) {
        String s = MetaText.unescape(MetaText.clean(raw));
        if (s == null || s.length() > LONGEST_VALUE) {
            return List.of();
        }
        if (labelsAllowed) {
            String v = labels.labelledValue(s);
            if (v != null) {
                s = v;
            } else if (labels.startsWithLabel(s) && !labels.labelOnly(s).matches() && !labels.startsWithWriterLabel(s)) {
                return List.of(); // "Editor: Y"
            }
        }
        List<String> out = new ArrayList<>();
        String[] segments = SEGMENTS.split(withoutDates(s));
        for (int j = 0; j < segments.length; j++) {
            String seg = CUT_WORDS.matcher(segments[j]).replaceFirst("");
            seg = UNCLOSED.matcher(PARENS.matcher(seg).replaceAll("")).replaceFirst("");
            String[] parts = split ? SPLIT.split(seg) : seg.split("\\s*[,;]\\s*");
            namesOfSegment(parts, j == 0, anyCase, out);
        }
        return out;
    }

    private static void namesOfSegment(String[] parts, boolean firstSegment, boolean anyCase, List<String> out) {
        int named = -1;
        for (int i = 0; i < parts.length; i++) {
            String p = TRIM.matcher(parts[i]).replaceAll("").strip();
            p = p.replaceFirst("(?i)^(?:by|oleh)\\s+", "");
            p = anyCase ? p : withoutTitle(p);
            if (p.isEmpty()) {
                continue;
            }
            if (!(i == 0 && firstSegment) && (CREDENTIAL.matcher(p).matches() || ROLE.matcher(p).find())) {
                // "Jane Doe, Staff Writer", "Dylan Bailey, MS, RD"; a title runs on to the segment's end
                if (!CREDENTIAL.matcher(p).matches()) {
                    break;
                }
                if (named == i - 1 && named >= 0 && KEPT_CREDENTIAL.matcher(p).matches()) {
                    // the credentials are part of how the person is credited
                    out.set(out.size() - 1, out.getLast() + ", " + p);
                    named = i;
                }
                continue;
            }
            if (looksLikeName(p, anyCase)) {
                out.add(p);
                named = i;
            }
        }
    }

    /**
     * Names from consecutive text pieces of a byline: labels and separators are skipped, name pieces
     * kept; the first other piece after a name ends the byline ("Liz Kenny", "Former McKinsey Consultant").
     */
    List<String> namesIn(List<String> pieces, boolean skipLeading) {
        List<String> names = new ArrayList<>();
        boolean other = false;
        for (String p : pieces) {
            Matcher label = labels.labelOnly(p);
            if (label.matches()) {
                other = !labels.isWriterLabel(label.group("labels")); // "Editor:" owns the names that follow
                continue;
            }
            if (SEPARATOR_ONLY.matcher(p).matches() || other) {
                continue;
            }
            List<String> found = clean(p, true, false);
            if (!found.isEmpty()) {
                names.addAll(found);
            } else if (!names.isEmpty() || !skipLeading) {
                break;
            }
        }
        return names;
    }

    /** The text with its dates and times replaced by a separator. */
    String withoutDates(String s) {
        List<DateMention> found = dates.find(s, null);
        if (found.isEmpty()) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (DateMention m : found) {
            b.append(s, at, m.span().start()).append(" | ");
            at = m.span().end();
        }
        b.append(s.substring(at));
        return b.toString();
    }

    /** A name without a job title glued to it: "Liz Kenny Former McKinsey Consultant" gives "Liz Kenny". */
    private static String withoutTitle(String p) {
        String[] words = p.split("\\s+");
        for (int i = 2; i < words.length; i++) {
            if (TITLE_WORD.matcher(words[i]).matches() || ROLE.matcher(words[i]).matches()) {
                return String.join(" ", Arrays.copyOfRange(words, 0, i));
            }
        }
        return p;
    }

    private static boolean looksLikeName(String p, boolean anyCase) {
        if (p.length() < 2 || p.length() > LONGEST_NAME || NOT_NAME_CHARS.matcher(p).find()
                || !Character.isLetter(p.codePointAt(0))) {
            return false;
        }
        String[] words = p.split("\\s+");
        if (NAVIGATION.contains(p.toLowerCase(Locale.ROOT)) || words.length > MOST_WORDS) {
            return false;
        }
        if (DOTTED.matcher(p).find()) {
            return false; // "page.head.extra.author", "andrew.keaveney"
        }
        if (anyCase) {
            return true;
        }
        if (USERNAME.matcher(p).find()) {
            return false;
        }
        // a sentence is not a name: its words are capitalised, but for particles ("van der", "bin")
        for (String w : words) {
            if (Character.isLowerCase(w.codePointAt(0)) && !PARTICLES.contains(w)) {
                return false;
            }
        }
        return words.length > 1 || Character.isUpperCase(p.codePointAt(0));
    }
}
