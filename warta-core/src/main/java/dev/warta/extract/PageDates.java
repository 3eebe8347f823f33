package dev.warta.extract;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warta.lang.Language;
import dev.warta.model.DateValue;
import dev.warta.time.DateFinder;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The publication and modification dates of a page, from the most explicit statement to the least:
 * JSON-LD (also unparsable JSON-LD), meta tags, {@code itemprop} and {@code <time datetime>} markup,
 * the URL (/2025/12/27/, /2025-12-27/, /20251227/, CNN Indonesia's /20251227143000-20-1234/), the
 * visible text at the top of the article ({@link TextDates}), last dates in script data, and
 * the date beside a byline anywhere on the page; but a statement in the text that the page was first
 * published on a date ("originally published on") outranks them all. A date labelled as the last update
 * ("Last updated: ...") is the modification date when nothing else gives a date.
 * A date with its time keeps time and offset (precision MINUTE); a bare date is a DAY. A page that
 * states only when it was modified is taken to be published then; metadata that gives the same day for
 * both (restamped on each edit) gives way to an earlier date shown under the headline.
 */
final class PageDates {
    static final String[] PUBLISHED_META = {"article:published_time", "article:published", "og:published_time",
        "published_time", "pubdate", "publishdate", "publish_date", "publish-date", "publication_date",
        "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
        "dc.date.created", "dcterms.created", "citation_publication_date", "citation_date", "date",
        "datepublished", "article.published", "originalpublicationdate", "release_date", "published", "published-date",
        "published_date", "date-published", "date_published", "article:published_date", "publication-date",
        "created", "creation_date"};
    static final String[] MODIFIED_META = {"article:modified_time", "og:updated_time", "article:updated_time",
        "modified_time", "dc.date.modified", "dcterms.modified", "datemodified", "last-modified", "lastmod",
        "revised"};
    private static final Pattern URL_YMD = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?=[/_.+-]|$)");
    private static final Pattern URL_DIGITS = Pattern.compile(
            "/((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?:([01]\\d|2[0-3])([0-5]\\d)([0-5]\\d))?"
                    + "(?=[/_.-]|$)");
    static final int MAX_ELEMENTS = 20000;
    private static final int MAX_SCRIPT_DATA = 3_000_000;
    private static final String SCRIPT_VALUE = ")\\\\?[\"']\\s*:\\s*\\\\?[\"'](\\d{4}-\\d{2}-\\d{2}[^\"'\\\\]{0,30})";
    private static final Pattern PUBLISHED_KEYS = Pattern.compile("[\"'](?:datePublished|publishDate|publishedDate|"
            + "publishedAt|published_at|publicationDate|publication_date|publish_date|pubDate|firstPublishedAt|"
            + "first_published_at|date_published|publishedOn|published_on|displayDate" + SCRIPT_VALUE);
    private static final Pattern MODIFIED_KEYS = Pattern.compile("[\"'](?:dateModified|modifiedDate|updatedAt|"
            + "updated_at|lastModified|modified_at|date_modified|lastUpdated|updatedDate" + SCRIPT_VALUE);
    /** Fragments that every key of each pattern holds. */
    private static final List<String> PUBLISHED_HINTS = List.of("ublish", "ublicat", "pubDate", "displayDate");
    private static final List<String> MODIFIED_HINTS = List.of("odified", "pdated");

    private final PageDateParser parser;
    private final TextDates shown;

    PageDates(DateFinder finder, List<Language> languages, AuthorLabels labels) {
        this.parser = new PageDateParser(finder);
        this.shown = new TextDates(finder, parser, languages, labels);
    }

    /** A date as page metadata writes it; null if none. */
    DateValue parse(String raw) {
        return parser.parse(raw);
    }

    /** [published, modified]. */
    DateValue[] read(PageElements elements, MetaTags meta, MetaJsonLd ld, List<ObjectNode> content, String url,
                     Element headline, PageFurniture furniture, Deadline deadline) {
        Document page = elements.page();
        // a page republished or restamped says so in its text, and that statement outranks its metadata
        DateValue published = attempt(() -> shown.firstPublished(page.body(), furniture));
        DateValue modified = null;
        for (ObjectNode n : content) {
            if (published == null) {
                published = attempt(() -> parse(MetaJsonLd.text(n.get("datePublished"))));
            }
            if (published == null) {
                published = attempt(() -> parse(MetaJsonLd.text(n.get("dateCreated"))));
            }
            if (modified == null) {
                modified = attempt(() -> parse(MetaJsonLd.text(n.get("dateModified"))));
            }
        }
        if (published == null) {
            published = attempt(() -> first(ld.looseValues("datePublished")));
        }
        if (modified == null) {
            modified = attempt(() -> first(ld.looseValues("dateModified")));
        }
        published = better(published, attempt(() -> fromMeta(meta, PUBLISHED_META)));
        modified = better(modified, attempt(() -> fromMeta(meta, MODIFIED_META)));
        if (published == null) {
            published = attempt(() -> fromItemprop(elements, "datePublished"));
        }
        if (modified == null) {
            modified = attempt(() -> fromItemprop(elements, "dateModified"));
        }
        if (published == null || modified == null) {
            DateValue[] t = attemptPair(() -> fromTimeElements(elements, furniture, headline, deadline));
            published = published == null ? t[0] : published;
            modified = modified == null ? t[1] : modified;
        }
        if (published == null) {
            published = fromUrl(url);
            if (published != null && published.time() == null) {
                // the URL gives the day; the timestamp under the headline may give its time too
                published = better(published, attempt(() -> shown.fromVisibleText(elements, headline, furniture, deadline)));
            }
        }
        if (published == null) {
            published = attempt(() -> shown.fromVisibleText(elements, headline, furniture, deadline));
        }
        if (published == null) {
            published = attempt(() -> fromScripts(elements, PUBLISHED_KEYS, PUBLISHED_HINTS));
        }
        if (modified == null) {
            modified = attempt(() -> fromScripts(elements, MODIFIED_KEYS, MODIFIED_HINTS));
        }
        if (published == null) {
            published = attempt(() -> shown.besideByline(elements.body(), furniture, deadline));
        }
        if (published == null && modified == null) {
            modified = attempt(() -> shown.lastUpdated(page.body(), furniture));
        }
        if (published == null) {
            published = modified; // a page that states only when it changed existed then
        }
        if (headline != null && sameDays(published, modified)) {
            published = earlierShown(published, attempt(() -> shown.shownUnderHeadline(headline, furniture, deadline)));
        }
        return new DateValue[]{onTheUrlDay(published, url), modified};
    }

    /**
     * Whether the publication date is the modification date, give or take a day or two: a page whose
     * CMS restamps both on every edit, so that its metadata says when it last changed.
     */
    private static boolean sameDays(DateValue published, DateValue modified) {
        return published != null && modified != null && published.hasFullDate() && modified.hasFullDate()
                && Math.abs(ChronoUnit.DAYS.between(published.date(), modified.date())) <= 2;
    }

    /** The date the article shows under its headline when it is earlier than the restamped one. */
    private static DateValue earlierShown(DateValue published, DateValue shown) {
        return shown != null && shown.hasFullDate() && shown.date().isBefore(published.date()) ? shown : published;
    }

    /**
     * A time stated in UTC on the day next to the one the URL names is the same moment seen from the
     * site's own time zone ("/2025/12/18/" and "2025-12-19T02:41Z" for an evening post in America): the
     * URL's day is the day the site published it, as its readers saw it.
     */
    private static DateValue onTheUrlDay(DateValue published, String url) {
        if (published == null || published.time() == null || !ZoneOffset.UTC.equals(published.offset())) {
            return published;
        }
        DateValue day = fromUrl(url);
        if (day == null || !published.hasFullDate()) {
            return published;
        }
        long apart = ChronoUnit.DAYS.between(day.date(), published.date());
        return Math.abs(apart) == 1 ? day : published;
    }

    /** The value of one source; a source that fails on odd markup gives nothing and the others still count. */
    private static DateValue attempt(Supplier<DateValue> source) {
        try {
            return source.get();
        } catch (Deadline.Exceeded e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }

    private static DateValue[] attemptPair(Supplier<DateValue[]> source) {
        try {
            return source.get();
        } catch (Deadline.Exceeded e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            return new DateValue[2];
        }
    }

    /**
     * {@code found} unless it is null or a bare day that {@code other} states with its time:
     * JSON-LD saying "2025-11-19" and the meta tag "2025-11-19T15:20+07:00" agree, the meta tag says more.
     */
    private static DateValue better(DateValue found, DateValue other) {
        if (found == null) {
            return other;
        }
        if (other != null && found.time() == null && other.time() != null && found.hasFullDate()
                && found.date().equals(other.date())) {
            return other;
        }
        return found;
    }

    private DateValue first(List<String> values) {
        for (String v : values) {
            DateValue d = parse(v);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private DateValue fromMeta(MetaTags meta, String[] keys) {
        for (String k : keys) {
            DateValue d = first(meta.all(k));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private DateValue fromItemprop(PageElements page, String prop) {
        for (Element e : page.all()) {
            // a meta tag's itemprop was read with the other meta tags
            if (e.nameIs("meta") || !e.attr("itemprop").strip().equalsIgnoreCase(prop)) {
                continue;
            }
            DateValue d = parse(e.hasAttr("content") ? e.attr("content")
                    : e.hasAttr("datetime") ? e.attr("datetime") : e.text());
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /**
     * A date in the data that scripts carry ({@code __NEXT_DATA__}, data layers, unparsable JSON-LD):
     * the first ISO value of a publication key.
     */
    private DateValue fromScripts(PageElements page, Pattern keys, List<String> hints) {
        int seen = 0;
        for (Element s : page.tagged("script")) {
            if (++seen > 200) {
                break;
            }
            String data = s.data();
            if (data.length() > MAX_SCRIPT_DATA) {
                data = data.substring(0, MAX_SCRIPT_DATA);
            }
            if (!MetaText.containsAny(data, hints)) {
                continue; // the JDK's substring search first: the pattern is slow over megabytes of script
            }
            Matcher m = keys.matcher(data);
            while (m.find()) {
                DateValue d = parse(m.group(1));
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** {@code <time datetime>} in the article or its header, not in comments or related lists. */
    private DateValue[] fromTimeElements(PageElements page, PageFurniture furniture, Element headline,
                                         Deadline deadline) {
        DateValue published = null;
        DateValue modified = null;
        DateValue nearest = null;
        int bestDistance = Integer.MAX_VALUE;
        int seen = 0;
        Map<Element, Integer> order = headline == null ? new IdentityHashMap<>() : order(page, deadline);
        Integer at = headline == null ? null : order.get(headline);
        for (Element t : page.tagged("time")) {
            if (!t.hasAttr("datetime")) {
                continue;
            }
            if (++seen > 100) {
                break;
            }
            if (furniture.contains(t)) {
                continue;
            }
            DateValue d = parse(t.attr("datetime"));
            if (d == null) {
                continue;
            }
            String marks = t.className() + " " + t.parent().className() + " " + t.attr("itemprop");
            if (shown.isModifiedMarkup(marks)) {
                modified = modified == null ? d : modified;
            } else if (marks.toLowerCase(Locale.ROOT).contains("publish") && published == null) {
                published = d;
            } else if (inArticle(t)) {
                // the time nearest the headline, after it rather than before; the first one without a headline
                Integer i = order.get(t);
                int distance = at == null || i == null ? (nearest == null ? 0 : Integer.MAX_VALUE)
                        : i >= at ? i - at : (at - i) * 2;
                if (distance < bestDistance) {
                    nearest = d;
                    bestDistance = distance;
                }
            }
        }
        return new DateValue[]{published != null ? published : nearest, modified};
    }

    /** The position of each element of the body in document order. */
    private static Map<Element, Integer> order(PageElements page, Deadline deadline) {
        Map<Element, Integer> order = new IdentityHashMap<>();
        int i = 0;
        for (Element e : page.body()) {
            deadline.tick();
            order.put(e, i++);
            if (i >= MAX_ELEMENTS) {
                break;
            }
        }
        return order;
    }

    private static boolean inArticle(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            String tag = p.tagName();
            if (tag.equals("article") || tag.equals("header") || tag.equals("main")) {
                return true;
            }
            String marks = (p.className() + " " + p.id()).toLowerCase(Locale.ROOT);
            if (marks.contains("article") || marks.contains("post") || marks.contains("entry")
                    || marks.contains("content") || marks.contains("byline") || marks.contains("meta")) {
                return true;
            }
        }
        return false;
    }

    /** A date in the URL path: /2025/12/27/, /2025-12-27/, /20251227/, /20251227143000-20-1234/. */
    static DateValue fromUrl(String url) {
        if (url == null) {
            return null;
        }
        String path = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "").replaceFirst("[?#].*$", "");
        if (path.length() > 2000) {
            return null;
        }
        Matcher m = URL_YMD.matcher(path);
        if (m.find()) {
            DateValue d = day(m.group(1), m.group(2), m.group(3));
            if (d != null) {
                return d;
            }
        }
        m = URL_DIGITS.matcher(path);
        while (m.find()) {
            DateValue d = day(m.group(1), m.group(2), m.group(3));
            if (d != null && m.group(4) != null) {
                d = d.withTime(LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5))), null);
            }
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static DateValue day(String y, String m, String d) {
        try {
            return DateValue.ofDay(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

}
