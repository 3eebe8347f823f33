package dev.warta.extract;

import dev.warta.text.Casing;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The headline of a page. Candidates come from og:title, JSON-LD, twitter:title and {@code <title>};
 * the site-name part is cut off ("Headline - Outlet", "Outlet: Headline", "Headline | Section | Site"),
 * by the site's names when they are known and by the shape of the separators otherwise. The
 * candidate that agrees with a visible {@code <h1>} wins, in the form the page shows it, and so does one
 * that a subheading shows as it is (the h1 above it names a section or the site); a heading that words the
 * same story differently from the metadata (an SEO title) wins over the metadata. An h1 that only links
 * to the front page is the site's logo.
 */
final class MetaTitles {
    /** Separators between a headline and a site name or section. */
    private static final List<String> TITLE_CLASSES = List.of("entry-title", "post-title", "article-title", "headline");
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—·•»:~/]{1,2}\\s+|\\s*[|·•»]\\s*|:\\s+");
    private static final Pattern STRONG_SEPARATOR = Pattern.compile("\\s+[|·•»]\\s+|\\s*\\|\\s*");
    private static final Pattern DASH_SEPARATOR = Pattern.compile("\\s+[\\-–—]{1,2}\\s+");
    private static final int MAX_H1 = 12;
    /**
     * A link to a site's front page: "/", "https://host/", "//host". A relative link ("./", "index.html")
     * may be the article's own folder.
     */
    private static final Pattern HOME = Pattern.compile("(?i)/|(?:https?:)?//[^/?#]+/?");
    /** Subheadings read for a metadata title: those of a header; nested headings would be read again and again. */
    private static final int MAX_SUBHEADINGS = 50;
    /** The page of a multi-page article named in its title: "Headline - Halaman 2", "Headline Halaman all". */
    private static final Pattern PAGER_SUFFIX = Pattern.compile(
            "(?i)\\s*[-|–—:,]?\\s*\\b(?:halaman|hal\\.|page)\\s+(?:\\d{1,3}(?:\\s+(?:of|dari)\\s+\\d{1,3})?|all|semua)$");
    private static final Pattern AFTER_HEADLINE = Pattern.compile("\\s*[|\\-–—:·•»~/]");
    private static final Pattern BEFORE_HEADLINE = Pattern.compile("[|\\-–—:·•»~/]\\s*$");

    private MetaTitles() {
    }

    static String read(PageElements page, MetaTags meta, List<String> ldHeadlines, Set<String> siteNames,
                       List<Element> headings) {
        List<String> raw = new ArrayList<>();
        raw.add(meta.first("og:title"));
        raw.addAll(ldHeadlines);
        raw.add(meta.first("twitter:title"));
        raw.add(MetaText.clean(page.page().title()));
        raw.add(meta.first("title", "dc.title", "headline", "sailthru.title", "parsely-title"));
        List<String> candidates = new ArrayList<>();
        for (String r : raw) {
            String c = strip(MetaText.unescape(MetaText.clean(r)), siteNames);
            if (c != null && !isSiteName(c, siteNames) && !candidates.contains(c)) {
                candidates.add(c);
            }
        }
        List<String> h1 = new ArrayList<>();
        for (Element e : headings) {
            String t = cutPipe(MetaText.unescape(MetaText.clean(e.text())));
            String cut = t == null ? null : cutSiteName(t, siteNames);
            t = cut != null ? cut : t;
            if (t != null && t.length() <= 400 && !isSiteName(t, siteNames) && !h1.contains(t)) {
                h1.add(t);
            }
        }
        // a candidate that a heading repeats is the headline, as the page shows it
        for (String h : h1) {
            for (String c : candidates) {
                if (MetaText.key(c).equals(MetaText.key(h))) {
                    return Casing.allCapitals(h) && !Casing.allCapitals(c) ? c : h;
                }
            }
        }
        // a heading that a raw candidate carries with a site or section after a separator ("Headline | Section")
        for (String h : h1) {
            if (MetaText.key(h).length() < 8 || MetaText.words(h) < 2) {
                continue;
            }
            String hl = h.toLowerCase(Locale.ROOT);
            for (String r : raw) {
                String rl = r == null ? "" : MetaText.clean(r).toLowerCase(Locale.ROOT);
                if (rl.startsWith(hl) && AFTER_HEADLINE.matcher(rl.substring(hl.length())).lookingAt()
                        || rl.endsWith(hl) && BEFORE_HEADLINE.matcher(rl.substring(0, rl.length() - hl.length())).find()) {
                    return h;
                }
            }
        }
        // one is the other with more words: more at the end is an SEO addition to the visible headline
        // ("Headline, Tested & Reviewed", "Headline in 2026"; the heading wins), more at the start is a
        // label or a date ("Blog: Headline", "Dec 18 2025 Headline"; the shorter wins)
        for (String c : candidates) {
            for (String h : h1) {
                String ck = MetaText.key(c);
                String hk = MetaText.key(h);
                if (ck.length() < 12 || hk.length() < 12 || ck.equals(hk)) {
                    continue;
                }
                if (hk.startsWith(ck) || ck.startsWith(hk)) {
                    return h;
                }
                if (hk.endsWith(ck) || ck.endsWith(hk)) {
                    return ck.length() < hk.length() ? c : h;
                }
            }
        }
        // a lower heading that shows a candidate as it is: the h1 above it is a section's or the site's
        String shown = shownAsSubheading(page, candidates);
        if (shown != null) {
            return shown;
        }
        // the page shows a headline that the metadata words differently (an SEO title): the visible one,
        // unless it is set in capitals and the metadata's is not, which reads better as a title
        for (String h : h1.subList(0, Math.min(2, h1.size()))) {
            List<String> alike = candidates.stream().filter(c -> sharesWords(h, c)).toList();
            if (MetaText.words(h) <= 40 && !alike.isEmpty()) {
                return Casing.allCapitals(h) ? alike.stream().filter(c -> !Casing.allCapitals(c)).findFirst().orElse(h) : h;
            }
        }
        if (!candidates.isEmpty()) {
            return candidates.getFirst();
        }
        return h1.isEmpty() ? null : h1.getFirst();
    }

    /**
     * The text of the first h2 or h3 that repeats one of the candidates of a headline's length, as the page
     * shows it; null if none. A short candidate ("Nasional" of "Nasional | Site") may be a menu's heading.
     */
    private static String shownAsSubheading(PageElements page, List<String> candidates) {
        Set<String> keys = new HashSet<>();
        for (String c : candidates) {
            if (MetaText.words(c) >= 3 && MetaText.key(c).length() >= 12) {
                keys.add(MetaText.key(c));
            }
        }
        int seen = 0;
        for (Element e : page.body()) {
            if (keys.isEmpty() || seen >= MAX_SUBHEADINGS) {
                return null;
            }
            if (!e.nameIs("h2") && !e.nameIs("h3")) {
                continue;
            }
            seen++;
            String t = MetaText.clean(e.text());
            if (t != null && keys.contains(MetaText.key(t))) {
                return t;
            }
        }
        return null;
    }

    /**
     * Whether two or more content words of heading {@code h} occur in {@code c}, a third of the shorter
     * one's: a short SEO title whose words the long heading all repeats words the same story.
     */
    private static boolean sharesWords(String h, String c) {
        Set<String> cw = contentWords(c);
        Set<String> hw = contentWords(h);
        if (hw.isEmpty()) {
            return false;
        }
        long shared = hw.stream().filter(cw::contains).count();
        return shared >= 2 && shared * 3 >= Math.min(hw.size(), cw.size());
    }


    private static Set<String> contentWords(String s) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 4) {
                out.add(w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
            }
        }
        return out;
    }

    /** The headings that may show the headline: h1 in the article first, then other h1 and marked titles. */
    static List<Element> headings(PageElements page) {
        Set<Element> out = new LinkedHashSet<>();
        // one walk of the page for all three kinds, put in their order after; selectors would walk it thrice
        List<Element> h1 = new ArrayList<>();
        List<Element> marked = new ArrayList<>();
        for (Element e : page.body()) {
            boolean isH1 = e.nameIs("h1") && !isHomeLink(e);
            if (isH1 && inArticle(e) || e.attr("itemprop").strip().equalsIgnoreCase("headline")) {
                out.add(e);
            } else if (isH1) {
                h1.add(e);
            } else if (isMarkedTitle(e)) {
                marked.add(e);
            }
        }
        out.addAll(h1);
        out.addAll(marked);
        List<Element> list = new ArrayList<>();
        for (Element e : out) {
            if (list.size() >= MAX_H1) {
                break;
            }
            if (!e.tagName().equals("meta")) {
                list.add(e);
            }
        }
        return list;
    }

    /** A heading that is one link to the site's front page: the site's name set as a logo. */
    private static boolean isHomeLink(Element h) {
        Element a = h.selectFirst("a[href]");
        return a != null && HOME.matcher(a.attr("href").strip()).matches()
                && MetaText.key(a.text()).equals(MetaText.key(h.text()));
    }

    private static boolean inArticle(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.nameIs("article") || p.nameIs("main")) {
                return true;
            }
        }
        return false;
    }

    /** A title by its class: "entry-title", "post-title", "article-title", "headline", an h2 "title". */
    private static boolean isMarkedTitle(Element e) {
        // every title class holds "title" or "headline": the JDK's substring search before the class tests
        // (toLowerCase gives back the same string, without a copy, when it holds no capital)
        String marks = e.className().toLowerCase(Locale.ROOT);
        if (!marks.contains("title") && !marks.contains("headline")) {
            return false;
        }
        for (String c : TITLE_CLASSES) {
            if (e.hasClass(c)) {
                return true;
            }
        }
        return e.nameIs("h2") && e.hasClass("title");
    }

    /** The first heading that may be the article's, for locating the top of the article. */
    static Element mainHeading(List<Element> headings) {
        for (Element e : headings) {
            if (MetaText.words(e.text()) >= 2) {
                return e;
            }
        }
        return null;
    }

    /** A heading without a short label after a bar: "Headline | Opinion". */
    private static String cutPipe(String h) {
        if (h == null) {
            return null;
        }
        String cut = cutLast(h, STRONG_SEPARATOR, 6);
        return cut != null ? cut : h;
    }

    /** {@code title} without its site-name part; by the known names first, by the separator shape else. */
    static String strip(String title, Set<String> siteNames) {
        if (title == null) {
            return null;
        }
        String t = PAGER_SUFFIX.matcher(title).replaceFirst("");
        for (int round = 0; round < 3; round++) {
            String cut = cutSiteName(t, siteNames);
            if (cut == null) {
                break;
            }
            t = cut;
        }
        t = PAGER_SUFFIX.matcher(t).replaceFirst("");
        if (!t.equals(title)) {
            return t;
        }
        String shaped = cutByShape(t);
        return shaped != null ? PAGER_SUFFIX.matcher(shaped).replaceFirst("") : t;
    }

    /** Cuts a leading or trailing segment that is one of the site names; null when none is. */
    private static String cutSiteName(String t, Set<String> siteNames) {
        Matcher m = SEPARATOR.matcher(t);
        int firstStart = -1;
        int firstEnd = -1;
        int lastStart = -1;
        int lastEnd = -1;
        while (m.find()) {
            if (firstStart < 0) {
                firstStart = m.start();
                firstEnd = m.end();
            }
            lastStart = m.start();
            lastEnd = m.end();
        }
        if (lastStart < 0) {
            return null;
        }
        String tail = t.substring(lastEnd);
        if (isSiteName(tail, siteNames) && lastStart > 0) {
            return t.substring(0, lastStart).strip();
        }
        String head = t.substring(0, firstStart);
        if (isSiteName(head, siteNames) && firstEnd < t.length()) {
            return t.substring(firstEnd).strip();
        }
        return null;
    }

    /**
     * Cuts by shape: after the last "|" the short rest is a site or section name
     * ("Headline | Site"); after the last dash, a rest of one to three words that the headline
     * part outweighs ("Headline - Outlet"). Null when the shape says nothing.
     */
    private static String cutByShape(String t) {
        String cut = cutLast(t, STRONG_SEPARATOR, 6);
        if (cut != null) {
            // "Headline | Section | Site": cut once more if another short segment follows the headline
            String again = cutLast(cut, STRONG_SEPARATOR, 3);
            return again != null ? again : cut;
        }
        return cutLast(t, DASH_SEPARATOR, 3);
    }

    private static String cutLast(String t, Pattern sep, int maxWords) {
        Matcher m = sep.matcher(t);
        int start = -1;
        int end = -1;
        while (m.find()) {
            start = m.start();
            end = m.end();
        }
        if (start <= 0) {
            return null;
        }
        String head = t.substring(0, start).strip();
        String tail = t.substring(end).strip();
        boolean bar = sep == STRONG_SEPARATOR;
        if (tail.isEmpty() || MetaText.words(tail) > maxWords || MetaText.words(head) < (bar ? 2 : 3)
                || !bar && tail.length() * 2 > head.length()) {
            return null;
        }
        return head;
    }

    /** Whether {@code s} names the site: one of its names or its domain, ignoring case, spaces and dots. */
    static boolean isSiteName(String s, Set<String> siteNames) {
        String k = MetaText.key(s);
        if (k.isEmpty()) {
            return false;
        }
        for (String n : siteNames) {
            String nk = MetaText.key(n);
            if (!nk.isEmpty() && (k.equals(nk) || k.equals(nk + "com") || nk.equals(k + "com")
                    || k.equals("www" + nk))) {
                return true;
            }
        }
        return false;
    }
}
