package dev.warta.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warta.lang.CreditRules;
import dev.warta.lang.Language;
import dev.warta.model.CreditRole;
import dev.warta.model.DateMention;
import dev.warta.time.DateFinder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The authors of a page, from the most explicit statement to the least: JSON-LD {@code author},
 * author meta tags, {@code rel=author} links, byline elements, and labelled lines in the text
 * ("By X", "Oleh X", "Penulis: X", "Reporter: X"). Names are cleaned of labels, dates, roles and
 * credentials and split ("A and B", "A, B", "A dan B").
 * <p>
 * The first source that names a person wins. A team ("EcoCult Staff", "Redaksi") or the site's own
 * name given as the author in metadata (a personal blog, a company blog) counts only when no source
 * names a person. The publisher's organization and the site's name in a visible byline ("Tim Okezone",
 * "kumparanNEWS") are never authors.
 */
final class MetaAuthors {
    private static final int LONGEST_LINE = 200;
    private static final int MAX_AUTHORS = 10;
    private static final int MAX_TEXT_NODES = 30000;
    /** Labels that introduce the author in any language's press; the languages add their own credit labels. */
    private static final List<String> BY_LABELS = List.of("by", "oleh", "ditulis oleh", "written by", "posted by",
            "words by", "story by", "text by", "article by", "author", "authors", "author(s)", "penulis", "kontributor",
            "contributor", "contributors");
    /** Labels of other credits, whose names are not the author's. */
    private static final List<String> OTHER_LABELS = List.of("editor", "edited by", "reviewed by",
            "medically reviewed by", "fact checked by", "fact-checked by", "foto", "photo", "photos", "photo by",
            "video", "sumber", "source", "illustration by", "ilustrasi");
    private static final Set<String> NAVIGATION = Set.of("home", "menu", "login", "log in", "sign in", "sign up",
            "register", "search", "subscribe", "share", "comment", "comments", "read more", "more", "next",
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
    /** Between names: commas, "&", and the connectors in lower case ("Dan Davies" is a name). */
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bdan\\b|\\bserta\\b|\\bAND\\b)\\s*");
    private static final Pattern SEGMENTS = Pattern.compile("\\s*[|·•⋅]\\s*|\\s+[-–—]\\s+");
    private static final Pattern PARENS = Pattern.compile("\\s*[(\\[][^)\\]]{0,60}[)\\]]");
    private static final Pattern NOT_NAME_CHARS = Pattern.compile("[@/\\\\=<>{}#|:!?]|https?|www\\.|\\d");
    private static final Pattern USERNAME = Pattern.compile("[a-z][._][a-z]");
    private static final Pattern BY_INSIDE = Pattern.compile("(?i)\\b(?:by|oleh)\\b");
    private static final Pattern WRITTEN_BY = Pattern.compile("(?i)\\b(?:written|authored|reported)\\s+by\\b");
    private static final Pattern LEADING_POSTED = Pattern.compile(
            "(?i)^(?:\\s*(?:posted|published|updated|written|diposting|diterbitkan|dipublikasikan)(?:\\s+(?:on|pada))?)?"
                    + "[\\s|,·•\\-–—]*");
    private static final Pattern BRAND_WORD = Pattern.compile("(?i)news|post|times|media|online|daily|magazine|blog|"
            + "tv|radio|group|indonesia|journal|today|network|digital|studio|studios|labs|inc\\.?|ltd\\.?|llc|corp\\.?|"
            + "company|marketing|solutions|services|software|agency|construction|hotels?|berita|kabar|warta|"
            + "harian|koran|pos|tribun|portal|official|global|international|institute|university|foundation|"
            + "association|center|centre|clinic|hospital|bank|store|shop|team|staff|editorial|redaksi");
    private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "del", "della", "da", "di",
            "dos", "das", "du", "la", "le", "ter", "ten", "bin", "binti", "al", "el", "y", "e", "zu", "af", "st.");
    private static final Pattern DOTTED = Pattern.compile("[a-z]\\.[a-z]");
    private static final Pattern CUT_WORDS = Pattern.compile(
            "(?i)\\s+(?:[-–—|•·,]\\s*)?(?:on|pada|at|updated|diperbarui|published|posted|dipublikasikan|diterbitkan|"
                    + "last updated|read time|reading time|min read|menit|hours? ago|jam yang lalu|follow|"
                    + "on behalf of)\\b.*$");
    private static final Pattern TRIM = Pattern.compile(
            "^[\\s\\p{Punct}–—•·«»“”\"']+|(?:\\.\\.\\.|…)$|[\\s\\p{Punct}–—•·«»“”\"'&&[^.)]]+$");
    private static final Pattern AUTHOR_URL = Pattern.compile(
            "(?i)/(?:author|authors|penulis|profile|profil|people|reporter|writer|writers|contributor|staff|"
                    + "wartawan|user|members?|team)/");
    /** Paths of author pages proper, for links outside byline markup. */
    private static final Pattern AUTHOR_PAGE = Pattern.compile(
            "(?i)/(?:author|authors|penulis|reporter|writer|writers|contributor|contributors|wartawan)/[^/?#]+");
    private static final Pattern BYLINE_MARKUP = Pattern.compile("(?i)author|byline|penulis|reporter|writer|"
            + "wartawan|kontributor|contributor|credit");
    private static final Pattern NOT_BYLINE_MARKUP = Pattern.compile(
            "(?i)avatar|photo|image|img|gravatar|comment|bio\\b|description|desc|about|social|follow|share");
    private static final Pattern NAME_MARKUP = Pattern.compile("(?i)(?<![a-z])name|name(?![a-z])|__name|_name");
    private static final Pattern SEPARATOR_ONLY = Pattern.compile("^[\\s\\p{Punct}–—•·⋅|&]*(?:and|dan|&)?[\\s\\p{Punct}–—•·⋅|&]*$");
    /** Words that begin a job title glued to a name ("Meghan Neville Content Marketing Coordinator"). */
    private static final Pattern TITLE_WORD = Pattern.compile("(?i)^(?:content|marketing|head|chief|senior|digital|"
            + "product|sales|social|media|communications|creative|managing|executive|global|regional|vice|"
            + "associate|assistant|principal|technical|tech|research|former|staff|lead|community|editorial|"
            + "contributing|freelance|guest)$");
    private static final Pattern ORGANIZATION_TYPE = Pattern.compile(
            "(?i)organization|corporation|business|brand|website|newsmedia|company|store|agency");
    private static final Pattern DOMAIN = Pattern.compile("(?i)\\.(?:com|co|id|net|org|io|news|tv|info)(?:\\.[a-z]{2})?$");

    private final DateFinder dates;
    private final Set<String> writerLabels = new HashSet<>();
    private final Set<String> otherLabels = new HashSet<>();
    private final Set<String> teamWords = new HashSet<>(Set.of("team", "tim", "staff", "staf", "redaksi",
            "editorial", "desk", "admin", "newsroom", "editors"));
    private final List<Pattern> reporterLines = new ArrayList<>();
    private final Pattern labelled;
    private final Pattern labelOnly;

    MetaAuthors(DateFinder dates, List<Language> languages) {
        this.dates = dates;
        writerLabels.addAll(BY_LABELS);
        otherLabels.addAll(OTHER_LABELS);
        for (Language l : languages) {
            CreditRules c = l.credits();
            c.labels().forEach((label, role) -> (role == CreditRole.EDITOR ? otherLabels : writerLabels)
                    .add(label.toLowerCase(Locale.ROOT)));
            c.nonNames().forEach(n -> teamWords.add(n.toLowerCase(Locale.ROOT)));
            if (c.reporterLine() != null) {
                reporterLines.add(c.reporterLine());
            }
        }
        otherLabels.removeAll(writerLabels);
        Set<String> all = new HashSet<>(writerLabels);
        all.addAll(otherLabels);
        String alt = all.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(s -> Pattern.quote(s).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
        String labels = "(?<labels>(?:" + alt + ")(?:\\s*(?:&|/|,|dan|and)\\s*(?:" + alt + "))*)";
        // "Penulis: X", "Redaktur & Reporter : X", "By X", "Oleh: X"
        labelled = Pattern.compile("^\\s*" + labels + "(?:\\s*[:：]\\s*|\\s+[-–—]\\s+|\\s+)(?<rest>\\S.*)$",
                Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
        // "Written by" alone, its name in the next element
        labelOnly = Pattern.compile("^\\s*" + labels + "\\s*[:：\\-–—]?\\s*$", Pattern.CASE_INSENSITIVE);
    }

    /** Where a name was found, which decides what a site or team name counts for. */
    private enum Source {
        /** JSON-LD author node: one node, one author. */
        PERSON_NODE,
        /** JSON-LD author string. */
        PERSON,
        /** JSON-LD author that is an organization (not the publisher): an author only when no person is named. */
        ORGANIZATION,
        /** Meta tags. */
        METADATA,
        /** An element that holds only the name (rel=author, an author link, a "name" element). */
        MARKED,
        /** Byline and credit text, where a single word is too weak to be a name. */
        TEXT
    }

    /**
     * @param siteNames every name of the site, its host names included
     * @param declared the names the site states for itself (og:site_name, publisher, WebSite)
     */
    List<String> read(Document page, MetaTags meta, MetaJsonLd ld, List<ObjectNode> content, Set<String> siteNames,
                      Set<String> declared, PageFurniture furniture, Deadline deadline) {
        Set<String> brands = new HashSet<>();
        Set<String> persons = new HashSet<>();
        for (ObjectNode n : ld.nodes()) {
            String name = MetaJsonLd.text(n.get("name"));
            if (name != null && MetaJsonLd.isType(n, "Person")) {
                persons.add(MetaText.key(name));
            } else if (name != null && MetaJsonLd.isType(n, "WebSite")) {
                brands.add(MetaText.key(name));
            }
            JsonNode publisher = ld.resolve(n.get("publisher"));
            String p = MetaJsonLd.text(publisher, "name");
            if (p != null && !MetaJsonLd.isType(publisher, "Person")) {
                brands.add(MetaText.key(p));
            }
        }
        Names found = new Names(siteNames, declared, brands, persons);
        List<Supplier<List<Byline>>> sources = List.of(
                () -> fromJsonLd(ld, content).stream().flatMap(List::stream).toList(),
                () -> List.of(new Byline(fromMeta(meta), Source.METADATA)),
                () -> List.of(new Byline(fromRelAuthor(page, furniture), Source.MARKED)),
                () -> fromBylineElements(page, furniture, deadline),
                () -> List.of(new Byline(fromAuthorLinks(page, furniture, deadline), Source.MARKED)),
                () -> List.of(new Byline(fromLabelledLines(page, furniture, deadline), Source.TEXT)));
        for (int i = 0; i < sources.size() && (i < 2 || page.body() != null); i++) {
            try {
                for (Byline b : sources.get(i).get()) {
                    found.tier(b.names(), b.source());
                    if (found.done()) {
                        return found.result();
                    }
                }
            } catch (Deadline.Exceeded e) {
                throw e;
            } catch (RuntimeException e) {
                // a source that fails on odd markup gives nothing; the others still count
            }
        }
        return found.result();
    }

    private static List<String> fromRelAuthor(Document page, PageFurniture furniture) {
        List<String> out = new ArrayList<>();
        for (Element a : page.body().select("a[rel~=(?i)\\bauthor\\b]")) {
            if (!furniture.contains(a)) {
                out.add(a.text());
            }
        }
        return out;
    }

    /** The first link to an author page ("/author/jane-doe") outside page furniture, when its text is a name. */
    private static List<String> fromAuthorLinks(Document page, PageFurniture furniture, Deadline deadline) {
        int seen = 0;
        for (Element a : page.body().select("a[href]")) {
            deadline.tick();
            if (++seen > 5000) {
                break;
            }
            String text = a.text();
            if (text.length() >= 4 && text.length() <= 60 && text.contains(" ")
                    && AUTHOR_PAGE.matcher(a.attr("href")).find() && !furniture.contains(a)) {
                return List.of(text);
            }
        }
        return List.of();
    }

    private static List<String> fromMeta(MetaTags meta) {
        List<String> out = new ArrayList<>();
        for (String k : new String[]{"author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
            "dcterms.creator", "byl", "citation_author", "og:article:author", "twitter:data1"}) {
            if (k.equals("twitter:data1") && !String.valueOf(meta.first("twitter:label1"))
                    .matches("(?i).*\\b(?:written|author|by|penulis|oleh)\\b.*")) {
                continue; // "twitter:label1 = Written by" names the author in twitter:data1
            }
            for (String v : meta.all(k)) {
                if (v.matches("(?i)^(https?:|www\\.|/).*")) {
                    continue;
                }
                // citation_author is "Last, First"
                out.add(k.equals("citation_author") ? v.replaceFirst("^([^,]+),\\s*([^,]+)$", "$2 $1") : v);
            }
            if (!out.isEmpty()) {
                break;
            }
        }
        return out;
    }

    /**
     * The names found so far, source by source: a source's persons end the search; its teams and
     * site names are kept as the answer of last resort.
     */
    private final class Names {
        private final Set<String> siteNames;
        private final Set<String> declared;
        private final Set<String> brands;
        private final Set<String> persons;
        private List<String> strong = List.of();
        private List<String> weak = List.of();

        Names(Set<String> siteNames, Set<String> declared, Set<String> brands, Set<String> persons) {
            this.siteNames = siteNames;
            this.declared = declared;
            this.brands = brands;
            this.persons = persons;
        }

        void tier(List<String> raw, Source source) {
            if (!strong.isEmpty()) {
                return;
            }
            List<String> s = new ArrayList<>();
            List<String> w = new ArrayList<>();
            boolean visible = source == Source.MARKED || source == Source.TEXT;
            for (String r : raw) {
                boolean json = source == Source.PERSON || source == Source.PERSON_NODE
                        || source == Source.ORGANIZATION;
                for (String n : clean(r, !json, !visible, source == Source.PERSON)) {
                    String k = MetaText.key(n);
                    boolean person = persons.contains(k);
                    if (!person && (brands.contains(k) || DOMAIN.matcher(n).find() || onlyTeamWords(n))
                            || source == Source.TEXT && !n.contains(" ")) {
                        continue;
                    }
                    boolean site = !person && (MetaTitles.isSiteName(n, siteNames) || ofSite(n, siteNames));
                    boolean named = site && MetaTitles.isSiteName(n, declared);
                    if (site && visible && (named || ofSite(n, declared)) || named && !personLike(n)) {
                        // the site's name, or its desk or team in a visible byline ("Tim Okezone"), is a brand;
                        // metadata may name a person whose site bears their name
                        continue;
                    }
                    (site || isTeam(n) || source == Source.ORGANIZATION ? w : s).add(n);
                }
            }
            if (!s.isEmpty()) {
                strong = dedup(s);
            } else if (weak.isEmpty() && !w.isEmpty()) {
                weak = dedup(w);
            }
        }

        boolean done() {
            return !strong.isEmpty();
        }

        List<String> result() {
            return strong.isEmpty() ? weak : strong;
        }
    }

    /**
     * A desk or team of the site: one word made of the site's name and a desk ("kumparanNEWS"),
     * or the site's name with team words ("Tim Okezone", "Detik Staff").
     */
    private boolean ofSite(String name, Set<String> siteNames) {
        String[] words = name.strip().split("\\s+");
        String key = MetaText.key(name);
        StringBuilder rest = new StringBuilder();
        boolean team = false;
        for (String w : words) {
            if (teamWords.contains(w.toLowerCase(Locale.ROOT)) || w.equalsIgnoreCase("the")) {
                team = true;
            } else {
                rest.append(w).append(' ');
            }
        }
        if (team && MetaTitles.isSiteName(rest.toString(), siteNames)) {
            return true;
        }
        if (words.length != 1) {
            return false;
        }
        for (String n : siteNames) {
            String nk = MetaText.key(n);
            if (nk.length() >= 5 && key.length() > nk.length() && key.length() - nk.length() <= 10
                    && (key.startsWith(nk) || key.endsWith(nk))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> dedup(List<String> names) {
        List<String> out = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (String n : names) {
            if (keys.add(MetaText.key(n)) && out.size() < MAX_AUTHORS) {
                out.add(n);
            }
        }
        return out;
    }

    /**
     * JSON-LD authors of the content nodes, one list per node: Person names, plain strings, arrays.
     * An Organization that is the publisher is not an author.
     */
    private static List<List<Byline>> fromJsonLd(MetaJsonLd ld, List<ObjectNode> content) {
        List<List<Byline>> out = new ArrayList<>();
        for (ObjectNode n : content) {
            List<String> names = new ArrayList<>();
            List<String> nodes = new ArrayList<>();
            List<String> orgs = new ArrayList<>();
            String publisher = MetaJsonLd.text(ld.resolve(n.get("publisher")), "name");
            for (String field : new String[]{"author", "creator"}) {
                for (JsonNode a : MetaJsonLd.items(n.get(field))) {
                    JsonNode r = ld.resolve(a);
                    String name = r.isTextual() ? MetaText.clean(r.asText()) : MetaJsonLd.text(r, "name");
                    if (name == null && r.isObject()) {
                        String given = MetaJsonLd.text(r.get("givenName"));
                        String family = MetaJsonLd.text(r.get("familyName"));
                        name = given != null && family != null ? given + " " + family : null;
                    }
                    if (name == null || name.matches("(?i)^(https?:|www\\.).*")) {
                        continue;
                    }
                    boolean organization = MetaJsonLd.types(r).stream()
                            .anyMatch(t -> ORGANIZATION_TYPE.matcher(t).find());
                    if (organization && publisher != null && MetaText.key(publisher).equals(MetaText.key(name))) {
                        continue;
                    }
                    // one node is one author: "Center for Drug Evaluation and Research" is not two
                    (organization ? orgs : r.isObject() ? nodes : names).add(name);
                }
                if (!names.isEmpty() || !nodes.isEmpty() || !orgs.isEmpty()) {
                    break;
                }
            }
            if (!names.isEmpty() || !nodes.isEmpty() || !orgs.isEmpty()) {
                List<Byline> one = new ArrayList<>();
                one.add(new Byline(nodes, Source.PERSON_NODE));
                one.add(new Byline(names, Source.PERSON));
                one.add(new Byline(orgs, Source.ORGANIZATION));
                out.add(one);
            }
        }
        return out;
    }

    /** Names from one place, and what kind of place it is. */
    private record Byline(List<String> names, Source source) {
    }

    /** Names in byline markup, one list per element, in page order. */
    private List<Byline> fromBylineElements(Document page, PageFurniture furniture, Deadline deadline) {
        List<Byline> out = new ArrayList<>();
        Set<Element> used = new HashSet<>();
        int seen = 0;
        for (Element e : page.body().select("[itemprop~=(?i)^author$], [class], [id]")) {
            deadline.tick();
            if (++seen > 20000 || out.size() >= 30) {
                break;
            }
            String marks = e.className() + " " + e.id();
            boolean itemprop = e.attr("itemprop").equalsIgnoreCase("author");
            if (!itemprop && !BYLINE_MARKUP.matcher(marks).find()) {
                continue;
            }
            if (!itemprop && NOT_BYLINE_MARKUP.matcher(marks).find() || e.tagName().equals("img")
                    || e.tagName().equals("meta") || insideUsed(e, used) || furniture.contains(e)) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (Element n : e.select("[itemprop=name]")) {
                names.add(n.hasAttr("content") ? n.attr("content") : n.text());
            }
            if (names.isEmpty() && hasOtherLabel(e)) {
                // "Penulis: X | Editor: Y": the labels say whose name is whose, links do not
                names.addAll(namesIn(pieces(e, 12), true));
                if (names.isEmpty()) {
                    continue;
                }
            }
            if (names.isEmpty()) {
                for (Element a : e.select("a[href]")) {
                    if (AUTHOR_URL.matcher(a.attr("href")).find() || a.attr("rel").contains("author")) {
                        names.add(a.text());
                    }
                }
            }
            if (names.isEmpty()) {
                for (Element n : e.getAllElements()) {
                    if (n != e && isNameElement(n) && n.text().length() <= 100
                            && n.getAllElements().stream().noneMatch(c -> c != n && isNameElement(c))) {
                        names.add(n.text());
                    }
                }
            }
            boolean marked = !names.isEmpty();
            if (names.isEmpty()) {
                names.addAll(namesIn(pieces(e, 12), true));
            }
            if (!e.text().isBlank()) {
                used.add(e);
            }
            if (!names.isEmpty()) {
                out.add(new Byline(names, marked ? Source.MARKED : Source.TEXT));
            }
        }
        return out;
    }

    /** Whether the element's text carries a label of another credit ("Editor: Y"). */
    private boolean hasOtherLabel(Element e) {
        for (String p : pieces(e, 12)) {
            Matcher m = labelOnly.matcher(p);
            Matcher v = labelled.matcher(p);
            if (m.matches() && !isWriterLabel(m.group("labels")) || v.matches() && !isWriterLabel(v.group("labels"))
                    && p.contains(":")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNameElement(Element e) {
        return NAME_MARKUP.matcher(e.className()).find() && !e.className().toLowerCase(Locale.ROOT).contains("username");
    }

    /** The texts of an element's text nodes, in order. */
    private static List<String> pieces(Element e, int max) {
        List<String> out = new ArrayList<>();
        for (TextNode t : allText(e)) {
            String s = MetaText.clean(t.text());
            if (s != null) {
                out.add(s);
                if (out.size() >= max) {
                    break;
                }
            }
        }
        return out;
    }

    private static List<TextNode> allText(Element e) {
        List<TextNode> out = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t && out.size() < 200) {
                out.add(t);
            }
        }, e);
        return out;
    }

    /**
     * Names from consecutive text pieces of a byline: labels and separators are skipped, name pieces
     * kept; the first other piece after a name ends the byline ("Liz Kenny", "Former McKinsey Consultant").
     */
    private List<String> namesIn(List<String> pieces, boolean skipLeading) {
        List<String> names = new ArrayList<>();
        boolean other = false;
        for (String p : pieces) {
            Matcher label = labelOnly.matcher(p);
            if (label.matches()) {
                other = !isWriterLabel(label.group("labels")); // "Editor:" owns the names that follow
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

    private static boolean insideUsed(Element e, Set<Element> used) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (used.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lines that start with a writer or reporter label ("By X", "Penulis: X"), in page order; a label
     * standing alone ("Written by") takes its names from the text that follows.
     */
    private List<String> fromLabelledLines(Document page, PageFurniture furniture, Deadline deadline) {
        List<TextNode> texts = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                deadline.tick();
                if (node instanceof Element e && (e.tagName().equals("script") || e.tagName().equals("style")
                        || furniture.contains(e))) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode t && !t.isBlank()) {
                    texts.add(t);
                }
                return texts.size() >= MAX_TEXT_NODES ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, page.body());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < texts.size() && out.size() < 3; i++) {
            String raw = texts.get(i).text();
            if (raw.length() > LONGEST_LINE + 2) {
                continue; // jsoup's text() is already whitespace-collapsed: a long node is body text
            }
            String s = MetaText.clean(raw);
            if (s != null && s.length() <= LONGEST_LINE && !startsWithLabel(s) && BY_INSIDE.matcher(s).find()) {
                // "Posted on November 3, 2025 by Anna Berg", "03/01/2017 by Agatha Caleo"
                String rest = LEADING_POSTED.matcher(withoutDates(s)).replaceFirst("");
                if (!rest.equals(s) && startsWithWriterLabel(rest)) {
                    s = rest;
                }
                // "This post was written by Danielle Padula, Head of ...", "... was written by" + a link
                Matcher w = WRITTEN_BY.matcher(s);
                if (w.find()) {
                    s = "By " + s.substring(w.end()).strip();
                    if (s.length() == 3) {
                        List<String> next = new ArrayList<>();
                        for (int j = i + 1; j < texts.size() && j <= i + 3; j++) {
                            String t = MetaText.clean(texts.get(j).text());
                            if (t != null) {
                                next.add(t);
                            }
                        }
                        s = next.isEmpty() ? null : "By " + next.getFirst();
                    }
                }
            }
            if (s == null || s.length() > LONGEST_LINE || !startsWithLabel(s)) {
                continue;
            }
            Matcher only = labelOnly.matcher(s);
            if (only.matches()) {
                if (!isWriterLabel(only.group("labels"))) {
                    continue;
                }
                List<String> next = new ArrayList<>();
                int length = 0;
                for (int j = i + 1; j < texts.size() && j <= i + 6 && length < 150; j++) {
                    String t = MetaText.clean(texts.get(j).text());
                    if (t != null) {
                        next.add(t);
                        length += t.length();
                    }
                }
                List<String> names = namesIn(next, false);
                if (!names.isEmpty()) {
                    out.add(String.join(", ", names));
                }
                continue;
            }
            String value = labelledValue(s);
            if (value == null) {
                // "<span>Penulis</span>: Name" and similar splits: the enclosing line
                Element line = texts.get(i).parent() instanceof Element p ? p : null;
                for (int k = 0; k < 2 && line != null && labelledValue(line.text()) == null; k++) {
                    line = line.parent();
                }
                value = line == null || line.text().length() > 240 ? null : labelledValue(line.text());
            }
            if (value != null) {
                out.add(value);
            }
        }
        return out;
    }

    private boolean startsWithLabel(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        for (Pattern p : reporterLines) {
            if (p.matcher(s).find()) {
                return true;
            }
        }
        for (Set<String> labels : List.of(writerLabels, otherLabels)) {
            for (String l : labels) {
                if (lower.startsWith(l) && (lower.length() == l.length()
                        || !Character.isLetter(lower.charAt(l.length())))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isWriterLabel(String labels) {
        boolean writer = false;
        for (String l : labels.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")
                .split("\\s*(?:&|/|,|\\bdan\\b|\\band\\b)\\s*")) {
            writer |= writerLabels.contains(l.strip());
        }
        return writer;
    }

    /**
     * The names a labelled line gives the writer or reporter: "Penulis: X | Editor: Y" gives X,
     * "Redaktur &amp; Reporter : X" gives X, "Editor: Y" gives nothing. Null when none.
     */
    String labelledValue(String line) {
        for (Pattern p : reporterLines) {
            Matcher m = p.matcher(line.strip());
            if (m.find()) {
                return m.group("name");
            }
        }
        List<String> names = new ArrayList<>();
        for (String part : line.split("\\s+[|•·]\\s+|\\s*\\|\\s*")) {
            Matcher m = labelled.matcher(part);
            if (!m.matches() || !isWriterLabel(m.group("labels"))) {
                continue;
            }
            String rest = m.group("rest");
            // a second label in the same part ends the name: "Penulis: X Editor: Y"
            int cut = rest.length();
            Matcher next = labelled.matcher("");
            for (int i = 1; i < rest.length(); i++) {
                if (Character.isWhitespace(rest.charAt(i - 1)) && Character.isLetter(rest.charAt(i))) {
                    String tail = rest.substring(i);
                    if (tail.matches("(?s)^[^:]{1,30}:.*") && next.reset(tail).matches()) {
                        cut = i;
                        break;
                    }
                }
            }
            names.add(rest.substring(0, cut));
        }
        return names.isEmpty() ? null : String.join(", ", names);
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
        if (s == null || s.length() > 300) {
            return List.of();
        }
        if (labelsAllowed) {
            String v = labelledValue(s);
            if (v != null) {
                s = v;
            } else if (startsWithLabel(s) && !labelOnly.matcher(s).matches() && !startsWithWriterLabel(s)) {
                return List.of(); // "Editor: Y"
            }
        }
        s = withoutDates(s);
        List<String> out = new ArrayList<>();
        String[] segments = SEGMENTS.split(s);
        for (int j = 0; j < segments.length; j++) {
            String seg = CUT_WORDS.matcher(segments[j]).replaceFirst("");
            seg = PARENS.matcher(seg).replaceAll("");
            String[] parts = split ? SPLIT.split(seg) : seg.split("\\s*[,;]\\s*");
            for (int i = 0; i < parts.length; i++) {
                String p = TRIM.matcher(parts[i]).replaceAll("").strip();
                p = p.replaceFirst("(?i)^(?:by|oleh)\\s+", "");
                p = anyCase ? p : withoutTitle(p);
                boolean first = i == 0 && j == 0;
                if (p.isEmpty()) {
                    continue;
                }
                if (!first && (CREDENTIAL.matcher(p).matches() || ROLE.matcher(p).find())) {
                    // "Jane Doe, Staff Writer", "Dylan Bailey, MS, RD"; a title runs on to the segment's end
                    if (!CREDENTIAL.matcher(p).matches()) {
                        break;
                    }
                    continue;
                }
                if (looksLikeName(p, anyCase)) {
                    out.add(p);
                }
            }
        }
        return out;
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

    private boolean startsWithWriterLabel(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        return writerLabels.stream().anyMatch(l -> lower.startsWith(l)
                && (lower.length() == l.length() || !Character.isLetter(lower.charAt(l.length()))));
    }

    /** The text with its dates and times replaced by a separator. */
    private String withoutDates(String s) {
        if (dates == null) {
            return s;
        }
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

    private static boolean looksLikeName(String p, boolean anyCase) {
        if (p.length() < 2 || p.length() > 60 || NOT_NAME_CHARS.matcher(p).find()
                || !Character.isLetter(p.codePointAt(0))) {
            return false;
        }
        String lower = p.toLowerCase(Locale.ROOT);
        if (NAVIGATION.contains(lower)) {
            return false;
        }
        String[] words = p.split("\\s+");
        if (words.length > 6) {
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

    /** Two to four capitalised words and no word of a brand: "Kristian Larsen", not "Media Indonesia". */
    private static boolean personLike(String name) {
        String[] words = name.split("\\s+");
        if (words.length < 2 || words.length > 4) {
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.codePointAt(0)) || BRAND_WORD.matcher(w).matches()
                    || w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** A name of team words alone: "admin", "Redaksi", "Staff", "The Team". */
    private boolean onlyTeamWords(String name) {
        for (String w : name.toLowerCase(Locale.ROOT).split("[\\s_]+")) {
            if (!teamWords.contains(w) && !w.equals("the")) {
                return false;
            }
        }
        return true;
    }

    /** A team rather than a person: "EcoCult Staff", "Redaksi", "admin", "The Investopedia Team". */
    private boolean isTeam(String name) {
        for (String w : name.toLowerCase(Locale.ROOT).split("[\\s_]+")) {
            if (teamWords.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
