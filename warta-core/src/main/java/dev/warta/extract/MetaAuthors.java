package dev.warta.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warta.lang.Language;
import dev.warta.time.DateFinder;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The authors of a page, from the most explicit statement to the least: JSON-LD {@code author}
 * ({@link AuthorsFromJsonLd}), author meta tags ({@link AuthorsFromMeta}), {@code rel=author} links,
 * byline elements and author-page links ({@link AuthorsFromMarkup}), and labelled lines in the text
 * ({@link AuthorsFromCreditLines}). Names are cleaned by {@link AuthorNames}; which source's names
 * win is {@link AuthorChoice}'s call, but metadata names the page never shows give way to its own
 * credit line.
 */
final class MetaAuthors {
    private static final Set<String> TEAM_WORDS = Set.of("team", "tim", "staff", "staf", "redaksi", "editorial",
            "desk", "admin", "newsroom", "editors");

    private final Set<String> teamWords = new HashSet<>(TEAM_WORDS);
    private final Set<String> commonWords;
    private final Set<String> outlets = new HashSet<>();
    private final AuthorNames names;
    private final AuthorsFromMarkup markup;
    private final AuthorsFromCreditLines creditLines;
    private final DateFinder dates;

    MetaAuthors(DateFinder dates, List<Language> languages, AuthorLabels labels) {
        this.dates = dates;
        for (Language l : languages) {
            l.credits().nonNames().forEach(n -> teamWords.add(n.toLowerCase(Locale.ROOT)));
            l.outletNames().forEach(n -> outlets.add(n.toLowerCase(Locale.ROOT)));
        }
        this.commonWords = commonWords(languages);
        this.names = new AuthorNames(dates, labels, commonWords);
        this.markup = new AuthorsFromMarkup(names, labels);
        this.creditLines = new AuthorsFromCreditLines(names, labels);
    }

    /**
     * @param siteNames every name of the site, its host names included
     * @param declared the names the site states for itself (og:site_name, publisher, WebSite)
     */
    List<String> read(PageElements elements, MetaTags meta, MetaJsonLd ld, List<ObjectNode> content, Set<String> siteNames,
                      Set<String> declared, Element headline, PageFurniture furniture, Deadline deadline) {
        AuthorChoice found = choice(ld, siteNames, declared);
        Document page = elements.page();
        // credit lines are read beside share bars too, once per page for both of their uses
        PageFurniture creditFurniture = PageFurniture.withShareBars(deadline);
        List<Supplier<List<Byline>>> sources = List.of(
                () -> AuthorsFromJsonLd.read(ld, content),
                () -> List.of(AuthorsFromMeta.read(meta)),
                () -> List.of(AuthorsFromMarkup.relAuthor(elements, furniture)),
                () -> markup.bylines(elements, furniture, deadline),
                () -> List.of(AuthorsFromMarkup.authorLinks(elements, furniture, deadline)),
                () -> List.of(creditLines.read(page, creditFurniture, deadline)),
                // an author card in a sidebar, when nothing else names anyone
                () -> found.result().isEmpty() ? markup.bylines(elements, PageFurniture.withSides(deadline), deadline)
                        : List.of(),
                // the account that posted, when nothing else names anyone and the page shows that name
                () -> found.result().isEmpty() ? shownOnly(page, AuthorsFromDataLayer.read(elements)) : List.of(),
                // the name beside the date under the headline ("Elliot Raba", "23.07.2025 · 6 min read")
                () -> found.result().isEmpty() && headline != null
                        ? List.of(AuthorsBesideDate.read(headline, dates, commonWords::contains, outlets)) : List.of(),
                // a personal site's owner, when nothing names anyone else
                () -> found.result().isEmpty() ? List.of(AuthorsFromSiteOwner.read(page, declared, commonWords::contains,
                        outlets))
                        : List.of());
        for (int i = 0; i < sources.size() && (i < 2 || page.body() != null); i++) {
            try {
                for (Byline b : sources.get(i).get()) {
                    found.offer(b);
                    if (found.done()) {
                        return i < 2 ? shownOrByline(page, found.result(), ld, siteNames, declared, creditFurniture,
                                deadline)
                                : found.result();
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

    /**
     * The names metadata gives, unless the page shows none of them and a credit line of its own names
     * someone else ("By Paul Fenaroli" where the metadata has the account that uploaded the post).
     */
    private List<String> shownOrByline(Document page, List<String> fromMetadata, MetaJsonLd ld, Set<String> siteNames,
                                       Set<String> declared, PageFurniture creditFurniture, Deadline deadline) {
        if (page.body() == null) {
            return fromMetadata;
        }
        if (shows(page.body(), fromMetadata)) {
            return fromMetadata;
        }
        AuthorChoice visible = choice(ld, siteNames, declared);
        visible.offer(creditLines.read(page, creditFurniture, deadline));
        return visible.done() ? visible.result() : fromMetadata;
    }

    /** The byline when the page's text shows one of its names, else nothing. */
    private static List<Byline> shownOnly(Document page, Byline b) {
        return !b.names().isEmpty() && shows(page.body(), b.names()) ? List.of(b) : List.of();
    }

    /** Whether the text of {@code body} shows one of the names; read only as far as the first one. */
    private static boolean shows(Element body, List<String> names) {
        List<String> lower = names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
        int longest = lower.stream().mapToInt(String::length).max().orElse(0);
        StringBuilder recent = new StringBuilder();
        boolean[] found = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t && !t.isBlank()) {
                    // a window as long as the longest name, so that a name split over two nodes is seen too
                    recent.append(' ').append(t.text().toLowerCase(Locale.ROOT));
                    found[0] = lower.stream().anyMatch(n -> recent.indexOf(n) >= 0);
                    recent.delete(0, Math.max(0, recent.length() - longest));
                }
                return found[0] ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
        return found[0];
    }

    /** The words the languages write in lower case ("spotlight"), which alone are no one's name. */
    private static Set<String> commonWords(List<Language> languages) {
        Set<String> out = new HashSet<>();
        languages.forEach(l -> out.addAll(l.commonWords()));
        return out;
    }

    /** A choice that knows the page's brands (publishers, websites) and the persons JSON-LD names. */
    private AuthorChoice choice(MetaJsonLd ld, Set<String> siteNames, Set<String> declared) {
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
        return new AuthorChoice(names, teamWords, siteNames, declared, brands, persons);
    }
}
