package dev.warta.extract;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The JSON-LD of a page ({@code <script type="application/ld+json">}, or the {@code <meta name="script:ld+json">}
 * that Remix writes for it): every typed node, found in
 * arrays, {@code @graph} and nested values, with {@code @id} references resolvable. Broken scripts
 * are read as far as they parse; {@link #looseValues} recovers single fields from scripts that do
 * not parse at all.
 */
final class MetaJsonLd {
    private static final int MAX_SCRIPT = 2_000_000;
    private static final int MAX_SCRIPTS = 50;
    private static final int MAX_NODES = 3000;
    private static final int MAX_DEPTH = 12;
    private static final ObjectReader READER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER,
                    JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS, JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS,
                    JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
            .build().readerFor(JsonNode.class);
    private static final Pattern LD_JSON = Pattern.compile("(?i)ld\\+json");
    private static final Pattern WRAPPER = Pattern.compile(
            "^\\s*(?://\\s*)?(?:<!--|<!\\[CDATA\\[)|(?://\\s*)?(?:-->|]]>)\\s*$");
    /** Types whose node is the article itself. */
    private static final Pattern ARTICLE_TYPE = Pattern.compile(
            ".*(?:Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|DiscussionForumPosting|Report)");
    /** Types of nodes that may stand for the page's content when no article node exists. */
    private static final Set<String> PAGE_TYPES = Set.of("webpage", "itempage", "blog", "creativework", "recipe",
            "howto", "medicalwebpage", "collectionpage", "aboutpage", "qapage", "faqpage", "videoobject",
            "podcastepisode", "review", "guide", "course", "event", "product", "dataset");

    private final List<ObjectNode> nodes = new ArrayList<>();
    private final Map<String, ObjectNode> byId = new HashMap<>();
    private final List<String> broken = new ArrayList<>();

    MetaJsonLd(PageElements page) {
        int scripts = 0;
        for (Element s : page.tagged("script")) {
            if (!LD_JSON.matcher(s.attr("type")).find()) {
                continue;
            }
            if (++scripts > MAX_SCRIPTS) {
                break;
            }
            String text = s.data();
            if (text.length() > MAX_SCRIPT) {
                continue;
            }
            read(WRAPPER.matcher(text).replaceAll(""));
        }
        // Remix renders the JSON-LD of its meta exports as <meta name="script:ld+json" content="{...}"> in the head
        for (Element m : page.tagged("meta")) {
            if (!m.attr("name").strip().equalsIgnoreCase("script:ld+json") || !m.hasAttr("content")) {
                continue;
            }
            if (++scripts > MAX_SCRIPTS) {
                break;
            }
            String text = m.attr("content");
            if (text.length() <= MAX_SCRIPT) {
                read(text);
            }
        }
    }

    private void read(String text) {
        boolean ok = true;
        try (MappingIterator<JsonNode> values = READER.readValues(text)) {
            // several values in one script ("{...} {...}") are read in turn; garbage after them ends the loop
            while (values.hasNextValue()) {
                collect(values.nextValue(), 0);
            }
        } catch (Exception | StackOverflowError e) {
            ok = false;
        }
        if (!ok) {
            broken.add(text);
        }
    }

    private void collect(JsonNode n, int depth) {
        if (n == null || depth > MAX_DEPTH || nodes.size() >= MAX_NODES) {
            return;
        }
        if (n.isArray()) {
            for (JsonNode c : n) {
                collect(c, depth + 1);
            }
            return;
        }
        if (!n.isObject()) {
            return;
        }
        ObjectNode o = (ObjectNode) n;
        if (o.has("@type")) {
            nodes.add(o);
        }
        String id = o.path("@id").asText("");
        if (!id.isEmpty() && o.size() > 1) {
            byId.putIfAbsent(id, o);
        }
        for (Map.Entry<String, JsonNode> e : o.properties()) {
            if (e.getValue().isContainerNode()) {
                collect(e.getValue(), depth + 1);
            }
        }
    }

    List<ObjectNode> nodes() {
        return nodes;
    }

    static boolean isArticle(JsonNode n) {
        return types(n).stream().anyMatch(t -> ARTICLE_TYPE.matcher(t).matches());
    }

    /** Article nodes first, then page-like nodes; the node whose URL is the page's comes first in each group. */
    List<ObjectNode> contentNodes(String pageUrl) {
        List<ObjectNode> articles = new ArrayList<>();
        List<ObjectNode> pages = new ArrayList<>();
        for (ObjectNode n : nodes) {
            Set<String> types = types(n);
            if (isArticle(n)) {
                articles.add(n);
            } else if (types.stream().anyMatch(t -> PAGE_TYPES.contains(t.toLowerCase(Locale.ROOT)))) {
                pages.add(n);
            }
        }
        List<ObjectNode> out = new ArrayList<>();
        out.addAll(ownFirst(articles, pageUrl));
        out.addAll(ownFirst(pages, pageUrl));
        return out;
    }

    private List<ObjectNode> ownFirst(List<ObjectNode> list, String pageUrl) {
        if (pageUrl == null || list.size() < 2) {
            return list;
        }
        String key = urlKey(pageUrl);
        List<ObjectNode> out = new ArrayList<>();
        for (ObjectNode n : list) {
            String u = text(resolve(n.get("mainEntityOfPage")), "@id", "url");
            if (u == null) {
                u = text(n.get("url"));
            }
            if (u != null && urlKey(u).equals(key)) {
                out.add(n);
            }
        }
        for (ObjectNode n : list) {
            if (!out.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }

    private static String urlKey(String u) {
        return u.replaceFirst("^https?://(www\\.)?", "").replaceFirst("[?#].*$", "").replaceFirst("/+$", "")
                .toLowerCase(Locale.ROOT);
    }

    /** The node an {@code @id} reference stands for, or the node itself. */
    JsonNode resolve(JsonNode n) {
        if (n != null && n.isObject() && n.size() == 1 && n.has("@id")) {
            ObjectNode full = byId.get(n.get("@id").asText(""));
            return full != null ? full : n;
        }
        return n;
    }

    /** The node's types, without schema.org prefixes. */
    static Set<String> types(JsonNode n) {
        Set<String> out = new LinkedHashSet<>();
        JsonNode t = n == null ? null : n.get("@type");
        if (t == null) {
            return out;
        }
        if (t.isArray()) {
            for (JsonNode x : t) {
                if (x.isTextual()) {
                    out.add(stripPrefix(x.asText()));
                }
            }
        } else if (t.isTextual()) {
            out.add(stripPrefix(t.asText()));
        }
        return out;
    }

    private static String stripPrefix(String t) {
        return t.replaceFirst("^(?:https?://schema\\.org/|schema:)", "").strip();
    }

    static boolean isType(JsonNode n, String type) {
        return types(n).stream().anyMatch(t -> t.equalsIgnoreCase(type));
    }

    /**
     * A value as text: a string, a number, the first text of an array, or the first of
     * {@code fields} of an object ("name", "@value", "url").
     */
    static String text(JsonNode n, String... fields) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isTextual() || n.isNumber()) {
            return MetaText.clean(n.asText());
        }
        if (n.isArray()) {
            for (JsonNode c : n) {
                String t = text(c, fields);
                if (t != null) {
                    return t;
                }
            }
            return null;
        }
        if (n.isObject()) {
            for (String f : fields.length == 0 ? new String[]{"@value"} : fields) {
                JsonNode v = n.get(f);
                if (v != null && (v.isTextual() || v.isNumber())) {
                    String t = MetaText.clean(v.asText());
                    if (t != null) {
                        return t;
                    }
                }
            }
        }
        return null;
    }

    /** Every element of an array value, or the value itself. */
    static List<JsonNode> items(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (n.isArray()) {
            n.forEach(out::add);
        } else {
            out.add(n);
        }
        return out;
    }

    /** String values of {@code "key": "value"} pairs in scripts that do not parse as JSON. */
    List<String> looseValues(String key) {
        List<String> out = new ArrayList<>();
        Pattern p = Pattern.compile("[\"']" + Pattern.quote(key) + "[\"']\\s*:\\s*[\"']([^\"'\\n]{1,200})[\"']");
        for (String s : broken) {
            Matcher m = p.matcher(s);
            while (m.find() && out.size() < 20) {
                out.add(m.group(1));
            }
        }
        return out;
    }
}
