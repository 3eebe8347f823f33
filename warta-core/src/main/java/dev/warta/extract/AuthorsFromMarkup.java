package dev.warta.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * The authors the markup of the body points at, outside page furniture: {@code rel=author} links,
 * byline elements (class or id of "author", "byline", "penulis"... or {@code itemprop=author}), and
 * links to author pages ("/author/jane-doe").
 */
final class AuthorsFromMarkup {
    private static final Pattern AUTHOR_URL = Pattern.compile(
            "(?i)/(?:author|authors|penulis|profile|profil|people|reporter|writer|writers|contributor|staff|"
                    + "wartawan|user|members?|team)/");
    private static final Pattern REL_AUTHOR = Pattern.compile("(?i)\\bauthor\\b");
    /** Paths of author pages proper, for links outside byline markup. */
    private static final Pattern AUTHOR_PAGE = Pattern.compile(
            "(?i)/(?:author|authors|penulis|reporter|writer|writers|contributor|contributors|wartawan)/[^/?#]+");
    /** Class and id fragments of bylines, looked for in lower case: one test per element of the page. */
    private static final List<String> BYLINE_MARKUP = List.of("author", "byline", "penulis", "reporter", "writer",
            "wartawan", "kontributor", "contributor", "credit");
    private static final Pattern NOT_BYLINE_MARKUP = Pattern.compile(
            "(?i)avatar|photo|image|img|gravatar|comment|bio\\b|description|desc|about|social|follow|share");
    private static final Pattern NAME_MARKUP = Pattern.compile("(?i)(?<![a-z])name|name(?![a-z])|__name|_name");
    private static final int MAX_LINKS = 5000;
    private static final int MAX_MARKED = 20000;
    private static final int MAX_BYLINES = 30;
    private static final int PIECES = 12;
    private static final int MAX_TEXT_NODES = 200;

    private final AuthorNames names;
    private final AuthorLabels labels;

    AuthorsFromMarkup(AuthorNames names, AuthorLabels labels) {
        this.names = names;
        this.labels = labels;
    }

    static Byline relAuthor(PageElements page, PageFurniture furniture) {
        List<String> out = new ArrayList<>();
        for (Element a : page.body()) {
            if (a.nameIs("a") && REL_AUTHOR.matcher(a.attr("rel")).find() && !furniture.contains(a)) {
                out.add(a.text());
            }
        }
        return new Byline(out, Byline.Source.MARKED);
    }

    /** The first link to an author page outside page furniture, when its text is a name. */
    static Byline authorLinks(PageElements page, PageFurniture furniture, Deadline deadline) {
        int seen = 0;
        for (Element a : page.body()) {
            if (!a.nameIs("a") || !a.hasAttr("href")) {
                continue;
            }
            deadline.tick();
            if (++seen > MAX_LINKS) {
                break;
            }
            String text = a.text();
            if (text.length() >= 4 && text.length() <= 60 && text.contains(" ")
                    && AUTHOR_PAGE.matcher(a.attr("href")).find() && !furniture.contains(a)) {
                return new Byline(List.of(text), Byline.Source.MARKED);
            }
        }
        return new Byline(List.of(), Byline.Source.MARKED);
    }

    /** Names in byline markup, one byline per element, in page order; an element inside a used one is not read. */
    List<Byline> bylines(PageElements page, PageFurniture furniture, Deadline deadline) {
        List<Byline> out = new ArrayList<>();
        Set<Element> used = new HashSet<>();
        int seen = 0;
        for (Element e : page.body()) {
            if (!e.hasAttr("class") && !e.hasAttr("id") && !e.attr("itemprop").equalsIgnoreCase("author")) {
                continue;
            }
            deadline.tick();
            if (++seen > MAX_MARKED || out.size() >= MAX_BYLINES) {
                break;
            }
            if (!isByline(e) || insideUsed(e, used) || furniture.contains(e)) {
                continue;
            }
            Byline b = namesOf(e);
            if (b == null) {
                continue;
            }
            if (!e.text().isBlank()) {
                used.add(e);
            }
            if (!b.names().isEmpty()) {
                out.add(b);
            }
        }
        return out;
    }

    private static boolean isByline(Element e) {
        String marks = e.className() + " " + e.id();
        if (e.attr("itemprop").equalsIgnoreCase("author")) {
            return !e.tagName().equals("img") && !e.tagName().equals("meta");
        }
        return hasBylineMarkup(marks) && !NOT_BYLINE_MARKUP.matcher(marks).find()
                && !e.tagName().equals("img") && !e.tagName().equals("meta");
    }

    private static boolean hasBylineMarkup(String marks) {
        String lower = marks.toLowerCase(Locale.ROOT);
        for (String m : BYLINE_MARKUP) {
            if (lower.contains(m)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The names of one byline element, from the most explicit markup to its text; null when its labels
     * give the names to other credits ("Editor: Y").
     */
    private Byline namesOf(Element e) {
        List<String> found = new ArrayList<>();
        for (Element n : e.select("[itemprop=name]")) {
            found.add(n.hasAttr("content") ? n.attr("content") : n.text());
        }
        if (found.isEmpty() && hasOtherLabel(e)) {
            // "Penulis: X | Editor: Y": the labels say whose name is whose, links do not
            found.addAll(names.namesIn(pieces(e), true));
            if (found.isEmpty()) {
                return null;
            }
        }
        if (found.isEmpty()) {
            for (Element a : e.select("a[href]")) {
                if (AUTHOR_URL.matcher(a.attr("href")).find() || a.attr("rel").contains("author")
                        || afterWriterLabel(a)) {
                    found.add(a.text());
                }
            }
        }
        if (found.isEmpty()) {
            found.addAll(nameElements(e));
        }
        if (!found.isEmpty()) {
            return new Byline(found, Byline.Source.MARKED);
        }
        return new Byline(names.namesIn(pieces(e), true), Byline.Source.TEXT);
    }

    /** A link right after a writer's label ("Posted by <a>BeauHD</a>"): the link holds the name alone. */
    private boolean afterWriterLabel(Element a) {
        if (!(a.previousSibling() instanceof TextNode t)) {
            return false;
        }
        Matcher m = labels.labelOnly(t.text());
        return m.matches() && labels.isWriterLabel(m.group("labels"));
    }

    /** The innermost elements marked as a name ("author__name") under {@code e}. */
    private static List<String> nameElements(Element e) {
        List<String> out = new ArrayList<>();
        for (Element n : e.getAllElements()) {
            if (n != e && isNameElement(n) && n.text().length() <= 100
                    && n.getAllElements().stream().noneMatch(c -> c != n && isNameElement(c))) {
                out.add(n.text());
            }
        }
        return out;
    }

    /** Whether the element's text carries a label of another credit ("Editor: Y"). */
    private boolean hasOtherLabel(Element e) {
        for (String p : pieces(e)) {
            Matcher m = labels.labelOnly(p);
            Matcher v = labels.labelled(p);
            if (m.matches() && !labels.isWriterLabel(m.group("labels"))
                    || v.matches() && !labels.isWriterLabel(v.group("labels")) && p.contains(":")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNameElement(Element e) {
        return NAME_MARKUP.matcher(e.className()).find() && !e.className().toLowerCase(Locale.ROOT).contains("username");
    }

    /** The texts of an element's first text nodes, in order. */
    private static List<String> pieces(Element e) {
        List<String> out = new ArrayList<>();
        for (TextNode t : allText(e)) {
            String s = MetaText.clean(t.text());
            if (s != null) {
                out.add(s);
                if (out.size() >= PIECES) {
                    break;
                }
            }
        }
        return out;
    }

    private static List<TextNode> allText(Element e) {
        List<TextNode> out = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t && out.size() < MAX_TEXT_NODES) {
                out.add(t);
            }
        }, e);
        return out;
    }

    private static boolean insideUsed(Element e, Set<Element> used) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (used.contains(p)) {
                return true;
            }
        }
        return false;
    }
}
