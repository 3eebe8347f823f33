package dev.warta.extract;

import dev.warta.lang.Language;
import dev.warta.model.DateMention;
import dev.warta.model.DateValue;
import dev.warta.time.DateFinder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The dates a page shows in its text: in an element marked as a date near the headline, in the text
 * around the headline, after a label ("Last updated:", "originally published on") and beside a byline.
 */
final class TextDates {
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

    private final DateFinder finder;
    private final PageDateParser parser;
    private final AuthorLabels labels;
    /** The languages' words for a modified date, in class names ("post-updated", "dateModified"). */
    private final Pattern modifiedMarkup;
    /** The same words as the label of a date in the text ("Last updated: November 13, 2025"). */
    private final Phrases modifiedWords;
    private final Phrases firstPublishedWords;

    TextDates(DateFinder finder, PageDateParser parser, List<Language> languages, AuthorLabels labels) {
        this.finder = finder;
        this.parser = parser;
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

    /** Whether class or id words mark a modification date ("updated", "post-modified"). */
    boolean isModifiedMarkup(String marks) {
        return modifiedMarkup.matcher(marks).find();
    }

    /** The date after a statement of first publication ("originally published on ..."); null if none. */
    DateValue firstPublished(Element body, PageFurniture furniture) {
        return labelledDate(body, firstPublishedWords, furniture);
    }

    /** The date after a label of the last update ("Last updated: ..."); null if none. */
    DateValue lastUpdated(Element body, PageFurniture furniture) {
        return labelledDate(body, modifiedWords, furniture);
    }

    /**
     * A date written near the top of the article: in the element marked as a date (class or id with
     * "date", "time", "tanggal"...) nearest to the headline, else in the text around the headline.
     */
    DateValue fromVisibleText(PageElements page, Element headline, PageFurniture furniture, Deadline deadline) {
        Element body = page.page().body();
        List<Element> all = page.body();
        if (all.size() > PageDates.MAX_ELEMENTS) {
            all = all.subList(0, PageDates.MAX_ELEMENTS);
        }
        DateValue marked = markedDate(all, headline == null ? 0 : Math.max(0, all.indexOf(headline)), furniture,
                deadline);
        if (marked != null) {
            return marked;
        }
        if (headline == null) {
            return firstVisibleDate(DocumentOrder.textAfter(body, TEXT_WINDOW));
        }
        return aroundHeadline(headline);
    }

    /**
     * {@link #fromVisibleText} for a page that has a headline, looking at the elements of its header
     * only rather than at the whole page: a check that runs on most pages.
     */
    DateValue shownUnderHeadline(Element headline, PageFurniture furniture, Deadline deadline) {
        List<Element> near = new ArrayList<>();
        Element e = headline;
        for (int i = 0; i < HEADER_REACH / 2 && (e = DocumentOrder.previousInOrder(e)) != null && !e.nameIs("body"); i++) {
            near.add(e);
        }
        Collections.reverse(near);
        int at = near.size();
        e = headline;
        for (int i = 0; i <= HEADER_REACH && e != null; i++, e = DocumentOrder.nextInOrder(e)) {
            near.add(e);
        }
        DateValue marked = markedDate(near, at, furniture, deadline);
        return marked != null ? marked : aroundHeadline(headline);
    }

    private DateValue aroundHeadline(Element headline) {
        DateValue after = firstVisibleDate(DocumentOrder.textAfter(headline, TEXT_WINDOW));
        return after != null ? after : firstVisibleDate(DocumentOrder.textBefore(headline, TEXT_WINDOW / 2));
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
            DateValue d = text.length() <= 40 ? parser.parse(text) : firstVisibleDate(text);
            if (d != null) {
                best = d;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static boolean isDateMarkup(String marks) {
        return MetaText.containsAny(marks.toLowerCase(Locale.ROOT), DATE_MARKUP);
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
            String text = DocumentOrder.textAfter(t, t.getWholeText().length() + TEXT_WINDOW / 4);
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
                return gap.length() <= LABEL_GAP && !GAP_BREAK.matcher(gap).find() ? PageDateParser.sane(m.value()) : null;
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
            if (!MetaText.containsAny(text, lastWords)) {
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
    DateValue besideByline(List<Element> body, PageFurniture furniture, Deadline deadline) {
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
                DateValue d = PageDateParser.sane(parser.firstFullDate(text));
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** The first full date of a visible text, in words or, failing that, in digits alone. */
    private DateValue firstVisibleDate(String text) {
        DateValue d = parser.firstFullDate(text);
        return d != null || text == null ? d : PageDateParser.sane(NumericDates.first(text));
    }
}
