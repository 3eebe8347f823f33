package dev.warta.extract;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warta.lang.Language;
import dev.warta.model.DateMention;
import dev.warta.model.DatePrecision;
import dev.warta.model.DateValue;
import dev.warta.time.DateFinder;
import dev.warta.time.IsoDates;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * The publication and modification dates of a page, from the most explicit statement to the least:
 * JSON-LD (also unparsable JSON-LD), meta tags, {@code itemprop} and {@code <time datetime>} markup,
 * the URL (/2025/12/27/, /2025-12-27/, /20251227/, CNN Indonesia's /20251227143000-20-1234/), the
 * visible text at the top of the article, read with {@link DateFinder}, last dates in script data, and
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
    private static final Pattern SPACE_BEFORE_OFFSET = Pattern.compile(
            "(\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?)\\s*(?:(?:GMT|UTC)\\s*)?([+-]\\d{2}(?::?\\d{2})?)$");
    private static final Pattern SHORT_OFFSET = Pattern.compile("([+-]\\d{2})$");
    private static final Pattern ZULU_WORD = Pattern.compile("(\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?)\\s*(?:GMT|UTC|Z)$");
    private static final Pattern SLASH_YMD = Pattern.compile("^(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})");
    private static final Pattern EPOCH = Pattern.compile("^\\d{10}(\\d{3})?$");
    private static final Pattern ISO_PREFIX = Pattern.compile(
            "^\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?");
    /** Class and id fragments of a date element, looked for in lower case: a test per element near the headline. */
    private static final List<String> DATE_MARKUP = List.of("date", "time", "publish", "posted", "tanggal", "tgl",
            "waktu", "jam", "byline", "meta", "info", "author");
    private static final int TEXT_WINDOW = 800;
    /**
     * At most this many characters, none a digit or the end of a sentence, stand between a label and its
     * date: "originally published on", "pertama kali tayang di Kompas.com pada".
     */
    private static final int LABEL_GAP = 40;
    private static final Pattern GAP_BREAK = Pattern.compile("\\d|[.!?](?:\\s|$)");
    /** The longest text of an element around a byline whose date is the byline's. */
    private static final int BYLINE_BLOCK = 200;
    /** How far from the headline, in elements, the date of a restamped page is looked for: its header. */
    private static final int HEADER_REACH = 300;
    private static final int MAX_ELEMENTS = 20000;
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

    private final DateFinder finder;
    private final AuthorLabels labels;
    /** The languages' words for a modified date, in class names ("post-updated", "dateModified"). */
    private final Pattern modifiedMarkup;
    /** The same words as the label of a date in the text ("Last updated: November 13, 2025"). */
    private final Phrases modifiedWords;
    private final Phrases firstPublishedWords;

    PageDates(DateFinder finder, List<Language> languages, AuthorLabels labels) {
        this.finder = finder;
        this.labels = labels;
        Set<String> modified = new HashSet<>();
        Set<String> firstPublished = new HashSet<>();
        for (Language l : languages) {
            modified.addAll(l.calendar().modifiedWords());
            firstPublished.addAll(l.calendar().firstPublishedWords());
        }
        this.modifiedWords = new Phrases(modified);
        this.firstPublishedWords = new Phrases(firstPublished);
        this.modifiedMarkup = Pattern.compile(modified.stream().map(Pattern::quote)
                .collect(Collectors.joining("|")), Pattern.CASE_INSENSITIVE);
    }

    /** [published, modified]. */
    DateValue[] read(PageElements elements, MetaTags meta, MetaJsonLd ld, List<ObjectNode> content, String url,
                     Element headline, PageFurniture furniture, Deadline deadline) {
        Document page = elements.page();
        // a page republished or restamped says so in its text, and that statement outranks its metadata
        DateValue published = finder == null ? null
                : attempt(() -> labelledDate(page.body(), firstPublishedWords, furniture));
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
            if (published != null && published.time() == null && finder != null) {
                // the URL gives the day; the timestamp under the headline may give its time too
                published = better(published, attempt(() -> fromVisibleText(elements, headline, furniture, deadline)));
            }
        }
        if (published == null && finder != null) {
            published = attempt(() -> fromVisibleText(elements, headline, furniture, deadline));
        }
        if (published == null) {
            published = attempt(() -> fromScripts(elements, PUBLISHED_KEYS, PUBLISHED_HINTS));
        }
        if (modified == null) {
            modified = attempt(() -> fromScripts(elements, MODIFIED_KEYS, MODIFIED_HINTS));
        }
        if (published == null && finder != null) {
            published = attempt(() -> besideByline(elements.body(), furniture, deadline));
        }
        if (published == null && modified == null && finder != null) {
            modified = attempt(() -> labelledDate(page.body(), modifiedWords, furniture));
        }
        if (published == null) {
            published = modified; // a page that states only when it changed existed then
        }
        if (finder != null && headline != null && sameDays(published, modified)) {
            published = earlierShown(published, attempt(() -> shownUnderHeadline(headline, furniture, deadline)));
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
            if (e.nameIs("meta") || !e.attr("itemprop").strip().equalsIgnoreCase(prop)) {
                continue; // read with the meta tags
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
            if (!containsAny(data, hints)) {
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
            if (modifiedMarkup.matcher(marks).find()) {
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

    /**
     * A date written near the top of the article: in the element marked as a date (class or id with
     * "date", "time", "tanggal"...) nearest to the headline, else in the text around the headline.
     */
    private DateValue fromVisibleText(PageElements page, Element headline, PageFurniture furniture, Deadline deadline) {
        Element body = page.page().body();
        if (body == null) {
            return null;
        }
        List<Element> all = page.body();
        if (all.size() > MAX_ELEMENTS) {
            all = all.subList(0, MAX_ELEMENTS);
        }
        DateValue marked = markedDate(all, headline == null ? 0 : Math.max(0, all.indexOf(headline)), furniture,
                deadline);
        if (marked != null) {
            return marked;
        }
        if (headline == null) {
            return firstVisibleDate(textAfter(body, TEXT_WINDOW));
        }
        return aroundHeadline(headline);
    }

    /**
     * {@link #fromVisibleText} for a page that has a headline, looking at the elements of its header
     * only rather than at the whole page: a check that runs on most pages.
     */
    private DateValue shownUnderHeadline(Element headline, PageFurniture furniture, Deadline deadline) {
        List<Element> near = new ArrayList<>();
        Element e = headline;
        for (int i = 0; i < HEADER_REACH / 2 && (e = previousInOrder(e)) != null && !e.nameIs("body"); i++) {
            near.add(e);
        }
        Collections.reverse(near);
        int at = near.size();
        e = headline;
        for (int i = 0; i <= HEADER_REACH && e != null; i++, e = nextInOrder(e)) {
            near.add(e);
        }
        DateValue marked = markedDate(near, at, furniture, deadline);
        return marked != null ? marked : aroundHeadline(headline);
    }

    private DateValue aroundHeadline(Element headline) {
        DateValue after = firstVisibleDate(textAfter(headline, TEXT_WINDOW));
        return after != null ? after : firstVisibleDate(textBefore(headline, TEXT_WINDOW / 2));
    }

    /** The date of the element marked as a date that is nearest to {@code all[at]}, after it rather than before. */
    private DateValue markedDate(List<Element> all, int at, PageFurniture furniture, Deadline deadline) {
        DateValue best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < all.size(); i++) {
            deadline.tick();
            Element e = all.get(i);
            int distance = i >= at ? i - at : (at - i) * 2; // after the headline is likelier than before
            if (distance >= bestDistance) {
                continue;
            }
            String marks = e.className() + " " + e.id();
            if (!e.tagName().equals("time") && (marks.isBlank() || !isDateMarkup(marks))) {
                continue;
            }
            if (modifiedMarkup.matcher(marks).find() || furniture.contains(e)) {
                continue;
            }
            String text = e.text();
            if (text.length() > 200) {
                continue;
            }
            DateValue d = text.length() <= 40 ? parse(text) : firstVisibleDate(text);
            if (d != null) {
                best = d;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static boolean isDateMarkup(String marks) {
        return containsAny(marks.toLowerCase(Locale.ROOT), DATE_MARKUP);
    }

    /**
     * The date that follows a label in the visible text ("This article was originally published on
     * 26 Sep 2019", "Last updated: November 13, 2025"): the first label in the page with a date right after it,
     * outside the furniture (a footer's "Site last updated").
     */
    private DateValue labelledDate(Element body, Phrases label, PageFurniture furniture) {
        for (TextNode t : textNodesWith(body, label, 3)) {
            if (furniture.contains(t.parent() instanceof Element p ? p : body)) {
                continue;
            }
            // the label's own text and what follows it: the date may stand in the next element
            String text = textAfter(t, t.getWholeText().length() + TEXT_WINDOW / 4);
            int end = label.end(text);
            DateValue d = end < 0 ? null : dateRightAfter(text, end);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** The full date of {@code text} that starts at {@code from} or a few words after it. */
    private DateValue dateRightAfter(String text, int from) {
        for (DateMention m : finder.find(text, null)) {
            int start = m.span().start();
            if (start >= from && m.value().hasFullDate()) {
                String gap = text.substring(from, start);
                return gap.length() <= LABEL_GAP && !GAP_BREAK.matcher(gap).find() ? sane(m.value()) : null;
            }
        }
        return null;
    }

    /**
     * The first {@code max} text nodes of the body, outside scripts, that hold one of the phrases: a plain
     * scan, for a regular expression would cost a millisecond on a long page, and the many nodes shorter
     * than any phrase are not even scanned.
     */
    private static List<TextNode> textNodesWith(Element body, Phrases phrases, int max) {
        List<TextNode> found = new ArrayList<>();
        if (body == null) {
            return found;
        }
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && (e.nameIs("script") || e.nameIs("style"))) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode t && t.getWholeText().length() >= phrases.shortest
                        && phrases.end(t.getWholeText()) >= 0) {
                    found.add(t);
                }
                return found.size() >= max ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
        return found;
    }

    private static boolean containsAny(String text, List<String> parts) {
        for (String p : parts) {
            if (text.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lower-case phrases looked for in any case at the start of a word. A text is first tested for the last
     * word of a phrase as it is written in lower case, capitalised or in capitals, with the JDK's fast
     * substring search: this runs on every long text node of a page, and most hold none.
     */
    private static final class Phrases {
        private final String[] all;
        /** The first letter of each phrase, so that most positions of a text are passed over at once. */
        private final String firsts;
        private final List<String> lastWords;
        final int shortest;

        Phrases(Set<String> phrases) {
            this.all = phrases.stream().filter(p -> !p.isBlank()).sorted().toArray(String[]::new);
            StringBuilder b = new StringBuilder();
            Set<String> last = new HashSet<>();
            for (String p : all) {
                b.append(p.charAt(0));
                String word = p.substring(p.lastIndexOf(' ') + 1);
                last.add(word);
                last.add(Character.toUpperCase(word.charAt(0)) + word.substring(1));
                last.add(word.toUpperCase(Locale.ROOT));
            }
            this.firsts = b.toString();
            this.lastWords = List.copyOf(last);
            this.shortest = Arrays.stream(all).mapToInt(String::length).min().orElse(Integer.MAX_VALUE);
        }

        /** Where the first phrase that starts a word of {@code text} ends; -1 if none does. */
        int end(String text) {
            if (!containsAny(text, lastWords)) {
                return -1;
            }
            for (int i = 0; i < text.length(); i++) {
                char lower = Character.toLowerCase(text.charAt(i));
                if (firsts.indexOf(lower) < 0 || i > 0 && Character.isLetter(text.charAt(i - 1))) {
                    continue;
                }
                for (String p : all) {
                    if (p.charAt(0) == lower && text.regionMatches(true, i, p, 0, p.length())) {
                        return i + p.length();
                    }
                }
            }
            return -1;
        }
    }

    /**
     * The date of a byline ("Written by Moses Kim" and "April 8, 2024" in the next paragraph), wherever
     * it stands: the first date in the smallest element around a writer's label that holds one.
     */
    private DateValue besideByline(List<Element> body, PageFurniture furniture, Deadline deadline) {
        for (Element e : body) {
            deadline.tick();
            String own = e.ownText();
            if (own.isEmpty() || own.length() > BYLINE_BLOCK || !labels.startsWithWriterLabel(own.strip())
                    || furniture.contains(e)) {
                continue;
            }
            for (Element a = e; a != null && !a.nameIs("body"); a = a.parent()) {
                String text = a.text();
                if (text.length() > BYLINE_BLOCK) {
                    break;
                }
                DateValue d = sane(firstFullDate(text));
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** The element after {@code e} in document order: its first child, else the next sibling of it or an ancestor. */
    static Element nextInOrder(Element e) {
        if (e.firstElementChild() != null) {
            return e.firstElementChild();
        }
        for (Element p = e; p != null; p = p.parent()) {
            if (p.nextElementSibling() != null) {
                return p.nextElementSibling();
            }
        }
        return null;
    }

    /** The element before {@code e} in document order: the last descendant of its previous sibling, else its parent. */
    private static Element previousInOrder(Element e) {
        Element p = e.previousElementSibling();
        if (p == null) {
            return e.parent();
        }
        while (p.lastElementChild() != null) {
            p = p.lastElementChild();
        }
        return p;
    }

    /** The visible text just before {@code end} in document order, up to {@code max} characters. */
    static String textBefore(Element end, int max) {
        StringBuilder b = new StringBuilder();
        Element body = end.ownerDocument() == null ? null : end.ownerDocument().body();
        if (body == null) {
            return "";
        }
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == end) {
                    return FilterResult.STOP;
                }
                if (node instanceof Element e && (e.tagName().equals("script") || e.tagName().equals("style"))) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode t) {
                    b.append(t.text()).append(' ');
                    if (b.length() > max * 4) {
                        b.delete(0, b.length() - max);
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
        return b.length() > max ? b.substring(b.length() - max) : b.toString();
    }

    private DateValue firstFullDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (DateMention m : finder.find(text, null)) {
            if (m.value().hasFullDate()) {
                return m.value();
            }
        }
        return null;
    }

    /** The first full date of a visible text, in words or, failing that, in digits alone. */
    private DateValue firstVisibleDate(String text) {
        DateValue d = firstFullDate(text);
        return d != null || text == null ? d : sane(NumericDates.first(text));
    }

    /** The visible text from {@code start} on in document order, up to {@code max} characters. */
    static String textAfter(Node start, int max) {
        StringBuilder b = new StringBuilder();
        Node root = start.ownerDocument() != null && start.ownerDocument().body() != null
                ? start.ownerDocument().body() : start;
        boolean[] on = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == start) {
                    on[0] = true;
                }
                if (node instanceof Element e && (e.tagName().equals("script") || e.tagName().equals("style"))) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (on[0] && node instanceof TextNode t) {
                    b.append(t.text()).append(' ');
                }
                return b.length() >= max ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
        return b.length() > max ? b.substring(0, max) : b.toString();
    }

    /** A date as page metadata writes it: ISO 8601 and its variants, RFC 1123, epoch seconds, or words. */
    DateValue parse(String raw) {
        String s = MetaText.clean(raw);
        if (s == null || s.length() > 100) {
            return null;
        }
        DateValue d = sane(IsoDates.parse(s));
        if (d != null) {
            return d;
        }
        String t = SPACE_BEFORE_OFFSET.matcher(s).replaceFirst("$1$2");
        t = ZULU_WORD.matcher(t).replaceFirst("$1Z");
        t = SHORT_OFFSET.matcher(t).replaceFirst("$1:00");
        Matcher slash = SLASH_YMD.matcher(t);
        if (slash.find()) {
            t = String.format("%s-%02d-%02d", slash.group(1), Integer.parseInt(slash.group(2)),
                    Integer.parseInt(slash.group(3))) + t.substring(slash.end());
        }
        d = sane(IsoDates.parse(t));
        if (d != null) {
            return d;
        }
        Matcher iso = ISO_PREFIX.matcher(t);
        if (iso.find()) {
            d = sane(IsoDates.parse(iso.group()));
            if (d != null) {
                return d;
            }
        }
        try {
            ZonedDateTime z = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME);
            return new DateValue(z.getYear(), z.getMonthValue(), z.getDayOfMonth(),
                    z.toLocalTime().withSecond(0).withNano(0), z.getOffset(), DatePrecision.MINUTE);
        } catch (DateTimeException e) {
            // not RFC 1123
        }
        if (EPOCH.matcher(s).matches()) {
            long secs = Long.parseLong(s.length() == 13 ? s.substring(0, 10) : s);
            return sane(DateValue.ofDay(LocalDate.ofEpochDay(secs / 86400)));
        }
        if (finder != null) {
            DateValue w = firstFullDate(s);
            if (w != null) {
                return sane(w);
            }
        }
        return null;
    }

    private static DateValue sane(DateValue d) {
        if (d == null || !d.hasFullDate() || d.year() < 1991 || d.year() > 2100) {
            return null;
        }
        return d;
    }
}
