package dev.warta.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warta.lang.Language;
import dev.warta.lang.Languages;
import dev.warta.model.DateValue;
import dev.warta.model.PageMetadata;
import dev.warta.time.DateFinder;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads what a page says about its article: title, dates, authors, site, canonical URL, language,
 * section, tags, image and the links to the article's next pages. Every rule is general (JSON-LD,
 * meta tags, markup conventions, URL shapes); none names a site. Garbage in gives nulls and empty
 * lists, never an exception.
 */
final class MetadataReader {
    private static final int MAX_TAGS = 30;
    private static final Pattern HOME = Pattern.compile("(?i)^(?:home|beranda|homepage|index|indeks|halaman utama|"
            + "main page|start|front page)$");
    /** Second-level labels of country domains ("co.id", "go.id", "com.au"), not the site's name. */
    private static final Set<String> SHORT_TLD_LABELS = Set.of("www", "m", "amp", "com", "co", "org", "net", "go",
            "ac", "or", "web", "sch", "my", "biz", "info", "gov", "edu");
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    private final PageDates dates;
    private final MetaAuthors authors;

    /** With the registered languages (their calendars for dates, their credit labels for bylines). */
    MetadataReader() {
        this(Languages.discover().all());
    }

    MetadataReader(List<Language> languages) {
        this(new DateFinder(languages.stream().map(Language::calendar).toList()), languages);
    }

    MetadataReader(DateFinder dates, List<Language> languages) {
        // one reading of the credit labels for the byline dates and the authors
        AuthorLabels labels = new AuthorLabels(languages);
        this.dates = new PageDates(dates, languages, labels);
        this.authors = new MetaAuthors(dates, languages, labels);
    }

    PageMetadata read(Document page, String url) {
        return read(page, url, Deadline.none());
    }

    /** The metadata of {@code page}; past the deadline, {@link Deadline.Exceeded}. */
    PageMetadata read(Document page, String url, Deadline deadline) {
        if (page == null) {
            return PageMetadata.NONE;
        }
        PageElements elements = new PageElements(page, deadline);
        MetaTags meta = safe(() -> new MetaTags(elements), null);
        MetaJsonLd ld = safe(() -> new MetaJsonLd(elements), null);
        if (meta == null || ld == null) {
            return new PageMetadata(null, null, null, List.of(), null, url, null, null, List.of(), null, List.of());
        }
        String canonical = safe(() -> canonical(elements, meta, url), url);
        String base = url != null && !url.isBlank() ? url : canonical;
        List<ObjectNode> content = safe(() -> ld.contentNodes(canonical != null ? canonical : url), List.of());
        String siteName = safe(() -> siteName(meta, ld, content), null);
        Set<String> declared = safe(() -> declaredNames(siteName, meta, ld, content), Set.of());
        Set<String> siteNames = safe(() -> withHostNames(declared, canonical, url), declared);
        List<Element> headings = safe(() -> MetaTitles.headings(elements), List.of());
        String title = safe(() -> MetaTitles.read(elements, meta, headlines(content), siteNames, headings), null);
        Element headline = safe(() -> headline(headings, title), null);
        PageFurniture furniture = new PageFurniture(deadline);
        DateValue[] when = safe(() -> dates.read(elements, meta, ld, content, canonical != null ? canonical : url,
                headline, furniture, deadline), new DateValue[2]);
        if (when[0] == null && url != null && !url.equals(canonical)) {
            when[0] = safe(() -> PageDates.fromUrl(url), null);
        }
        List<String> names = safe(() -> authors.read(elements, meta, ld, content, siteNames, declared, headline,
                furniture, deadline), List.of());
        String language = safe(() -> language(page, meta, content), null);
        String section = safe(() -> section(meta, ld, content, elements, title, siteNames), null);
        List<String> tags = safe(() -> tags(meta, content), List.of());
        String image = safe(() -> image(elements, meta, ld, content, base), null);
        List<String> next = safe(() -> MetaLinks.nextPages(elements, base, canonical), List.of());
        return new PageMetadata(title, when[0], when[1], names, siteName, canonical, language, section, tags, image,
                next);
    }

    private static <T> T safe(Supplier<T> s, T fallback) {
        try {
            T v = s.get();
            return v != null ? v : fallback;
        } catch (Deadline.Exceeded e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            return fallback;
        }
    }

    private static Element headline(List<Element> headings, String title) {
        String tk = MetaText.key(title);
        for (Element h : headings) {
            if (!tk.isEmpty() && MetaText.key(h.text()).equals(tk)) {
                return h;
            }
        }
        return MetaTitles.mainHeading(headings);
    }

    private static List<String> headlines(List<ObjectNode> content) {
        List<String> out = new ArrayList<>();
        for (ObjectNode n : content) {
            String h = MetaJsonLd.text(n.get("headline"));
            if (h == null && MetaJsonLd.isArticle(n)) {
                h = MetaJsonLd.text(n.get("name"));
            }
            if (h != null) {
                out.add(h);
            }
        }
        return out.size() > 3 ? out.subList(0, 3) : out;
    }

    private static String canonical(PageElements page, MetaTags meta, String url) {
        for (Element l : page.links("canonical")) {
            String c = MetaLinks.absolute(l.attr("href"), url);
            if (c != null) {
                return c;
            }
        }
        String og = MetaLinks.absolute(meta.first("og:url"), url);
        if (og != null) {
            return og;
        }
        String u = MetaLinks.absolute(url, null);
        return u != null ? u : url;
    }

    private static String siteName(MetaTags meta, MetaJsonLd ld, List<ObjectNode> content) {
        String og = meta.first("og:site_name");
        if (og != null && og.length() <= 100) {
            return og;
        }
        for (ObjectNode n : content) {
            String p = MetaJsonLd.text(ld.resolve(n.get("publisher")), "name");
            if (p != null && p.length() <= 100) {
                return p;
            }
        }
        for (ObjectNode n : ld.nodes()) {
            if (MetaJsonLd.isType(n, "WebSite")) {
                String w = MetaJsonLd.text(n.get("name"));
                if (w != null && w.length() <= 100) {
                    return w;
                }
            }
        }
        String app = meta.first("application-name", "apple-mobile-web-app-title");
        return app != null && app.length() <= 100 ? app : null;
    }

    /** Every name the site goes by, for cutting it from titles and bylines: its stated names and host labels. */
    private static Set<String> withHostNames(Set<String> declared, String canonical, String url) {
        Set<String> out = new LinkedHashSet<>(declared);
        for (String u : new String[]{canonical, url}) {
            out.addAll(hostNames(u));
        }
        out.removeIf(s -> MetaText.key(s).length() < 2);
        return out;
    }

    /** The names the site states for itself: og:site_name, the publisher, the WebSite, the application name. */
    private static Set<String> declaredNames(String siteName, MetaTags meta, MetaJsonLd ld, List<ObjectNode> content) {
        Set<String> out = new LinkedHashSet<>();
        if (siteName != null) {
            out.add(siteName);
        }
        for (ObjectNode n : content) {
            String p = MetaJsonLd.text(ld.resolve(n.get("publisher")), "name");
            if (p != null && p.length() <= 100) {
                out.add(p);
            }
        }
        for (ObjectNode n : ld.nodes()) {
            if (MetaJsonLd.isType(n, "WebSite")) {
                String w = MetaJsonLd.text(n.get("name"));
                if (w != null && w.length() <= 100) {
                    out.add(w);
                }
            }
        }
        for (String k : new String[]{"application-name", "apple-mobile-web-app-title", "og:site_name"}) {
            String v = meta.first(k);
            if (v != null && v.length() <= 100) {
                out.add(v);
            }
        }
        out.removeIf(s -> MetaText.key(s).length() < 2);
        return out;
    }

    /** "jatim.tribunnews.com" gives "jatim.tribunnews.com", "tribunnews.com" and "tribunnews". */
    private static List<String> hostNames(String url) {
        List<String> out = new ArrayList<>();
        if (url == null) {
            return out;
        }
        try {
            String host = new URI(url.replace(" ", "%20")).getHost();
            if (host == null) {
                return out;
            }
            host = host.toLowerCase(Locale.ROOT).replaceFirst("^(?:www|m|amp)\\.", "");
            out.add(host);
            String[] labels = host.split("\\.");
            int end = labels.length - 1; // the top-level label
            while (end > 1 && SHORT_TLD_LABELS.contains(labels[end - 1])) {
                end--;
            }
            if (end >= 1) {
                String name = labels[end - 1];
                out.add(name);
                out.add(String.join(".", Arrays.copyOfRange(labels, end - 1, labels.length)));
            }
        } catch (Exception e) {
            // no host names
        }
        return out;
    }

    private static String language(Document page, MetaTags meta, List<ObjectNode> content) {
        Element html = page.selectFirst("html");
        List<String> raw = new ArrayList<>();
        if (html != null) {
            raw.add(html.attr("lang"));
            raw.add(html.attr("xml:lang"));
        }
        raw.add(meta.first("content-language"));
        raw.add(meta.first("language", "dc.language", "dcterms.language"));
        raw.add(meta.first("og:locale"));
        for (ObjectNode n : content) {
            raw.add(MetaJsonLd.text(n.get("inLanguage"), "name", "alternateName"));
        }
        for (String r : raw) {
            String code = languageCode(r);
            if (code != null) {
                return code;
            }
        }
        return null;
    }

    /** "id-ID", "id_ID", "en-us", "in" give "id", "id", "en", "id"; names and garbage give null. */
    static String languageCode(String raw) {
        String s = MetaText.clean(raw);
        if (s == null || s.length() > 40) {
            return null;
        }
        String named = switch (s.toLowerCase(Locale.ROOT)) {
            case "english" -> "en";
            case "indonesian", "indonesia", "bahasa indonesia" -> "id";
            default -> null;
        };
        if (named != null) {
            return named;
        }
        String primary = s.split("[,;\\s]")[0].split("[-_]")[0].toLowerCase(Locale.ROOT);
        primary = switch (primary) {
            case "in", "ind" -> "id";
            case "iw" -> "he";
            case "ji" -> "yi";
            case "eng" -> "en";
            case "msa", "may" -> "ms";
            default -> primary;
        };
        return ISO_LANGUAGES.contains(primary) ? primary : null;
    }

    private static String section(MetaTags meta, MetaJsonLd ld, List<ObjectNode> content, PageElements page,
                                  String title, Set<String> siteNames) {
        String s = meta.first("article:section", "og:article:section", "parsely-section", "section");
        if (s != null && s.length() <= 80) {
            return s;
        }
        for (ObjectNode n : content) {
            String a = MetaJsonLd.text(n.get("articleSection"), "name");
            if (a != null && a.length() <= 80) {
                return a.split("\\s*,\\s*")[0];
            }
        }
        List<String> crumbs = new ArrayList<>();
        for (ObjectNode n : ld.nodes()) {
            if (MetaJsonLd.isType(n, "BreadcrumbList")) {
                List<JsonNode> items = new ArrayList<>(MetaJsonLd.items(n.get("itemListElement")));
                items.sort(Comparator.comparingInt(i -> i.path("position").asInt(0)));
                for (JsonNode i : items) {
                    String name = MetaJsonLd.text(i, "name");
                    if (name == null) {
                        name = MetaJsonLd.text(ld.resolve(i.get("item")), "name");
                    }
                    if (name != null) {
                        crumbs.add(name);
                    }
                }
                break;
            }
        }
        if (crumbs.isEmpty()) {
            Element bc = page.body().stream().filter(MetadataReader::isBreadcrumb).findFirst().orElse(null);
            if (bc != null) {
                Set<Element> items = new LinkedHashSet<>(bc.select("li"));
                if (items.isEmpty()) {
                    items.addAll(bc.select("a, span:not(:has(*))"));
                }
                for (Element i : items) {
                    String t = MetaText.clean(i.text());
                    if (t != null && t.length() <= 200 && !t.matches("[»›>/|\\-–]+")) {
                        crumbs.add(t);
                    }
                }
            }
        }
        if (!crumbs.isEmpty() && MetaTitles.isSiteName(crumbs.getFirst(), siteNames)) {
            crumbs.removeFirst(); // the site's name leads to its home page
        }
        return fromBreadcrumb(crumbs, title);
    }

    /** The section a breadcrumb names: its last-but-one item when the last is the article, else its last. */
    static String fromBreadcrumb(List<String> crumbs, String title) {
        List<String> items = new ArrayList<>(crumbs);
        if (!items.isEmpty() && HOME.matcher(items.getFirst()).matches()) {
            items.removeFirst();
        }
        if (items.isEmpty()) {
            return null;
        }
        String last = items.getLast();
        String lk = MetaText.key(last);
        String tk = MetaText.key(title);
        boolean isArticle = !tk.isEmpty() && (lk.equals(tk) || lk.length() >= 12 && tk.startsWith(lk)
                || tk.length() >= 12 && lk.startsWith(tk)) || MetaText.words(last) > 6;
        if (isArticle) {
            items.removeLast();
        }
        if (items.isEmpty()) {
            return null;
        }
        String s = items.getLast();
        return s.length() <= 80 && !HOME.matcher(s).matches() ? s : null;
    }

    private static List<String> tags(MetaTags meta, List<ObjectNode> content) {
        List<String> raw = new ArrayList<>(meta.all("article:tag"));
        raw.addAll(meta.all("og:article:tag"));
        raw.addAll(meta.all("news_keywords"));
        raw.addAll(meta.all("keywords"));
        for (ObjectNode n : content) {
            for (JsonNode k : MetaJsonLd.items(n.get("keywords"))) {
                String t = MetaJsonLd.text(k, "name");
                if (t != null) {
                    raw.add(t);
                }
            }
            if (!MetaJsonLd.items(n.get("keywords")).isEmpty()) {
                break;
            }
        }
        List<String> out = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (String r : raw) {
            for (String t : r.split(",")) {
                String tag = MetaText.clean(t);
                if (tag == null || tag.length() > 100 || MetaText.key(tag).isEmpty()) {
                    continue;
                }
                if (keys.add(tag.toLowerCase(Locale.ROOT)) && out.size() < MAX_TAGS) {
                    out.add(tag);
                }
            }
        }
        return out;
    }

    /** A breadcrumb trail, by its class, id or label. */
    private static boolean isBreadcrumb(Element e) {
        return mentionsBreadcrumb(e.className()) || mentionsBreadcrumb(e.id())
                || e.nameIs("nav") && mentionsBreadcrumb(e.attr("aria-label"));
    }

    private static boolean mentionsBreadcrumb(String s) {
        return s.length() >= 10 && s.toLowerCase(Locale.ROOT).contains("breadcrumb");
    }

    private static String image(PageElements page, MetaTags meta, MetaJsonLd ld, List<ObjectNode> content, String base) {
        List<String> raw = new ArrayList<>();
        raw.add(meta.first("og:image", "og:image:url", "og:image:secure_url"));
        raw.add(meta.first("twitter:image", "twitter:image:src"));
        for (ObjectNode n : content) {
            for (JsonNode i : MetaJsonLd.items(n.get("image"))) {
                JsonNode r = ld.resolve(i);
                raw.add(r.isTextual() ? r.asText() : MetaJsonLd.text(r, "url", "contentUrl", "@id"));
            }
            raw.add(MetaJsonLd.text(ld.resolve(n.get("thumbnailUrl")), "url"));
        }
        page.links("image_src").stream().findFirst().ifPresent(src -> raw.add(src.attr("href")));
        for (String r : raw) {
            String u = MetaLinks.absolute(r, base);
            if (u != null) {
                return u;
            }
        }
        return null;
    }
}
