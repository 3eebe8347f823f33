package dev.warta.pipeline;

import dev.warta.extract.ExtractedText;
import dev.warta.model.PageMetadata;
import dev.warta.model.RawDocument;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Joins the pages of multi-page articles found in one batch: page B continues page A when one of
 * A's next-page links is B's canonical URL (or the URL it was read from). Each chain becomes one
 * extracted text, in page order, in the place of its first page; the other pages leave the batch.
 */
final class PageChains {
    private PageChains() {
    }

    static List<Pipeline.Extracted> merge(List<Pipeline.Extracted> pages) {
        Map<String, Pipeline.Extracted> byUrl = new HashMap<>();
        for (Pipeline.Extracted p : pages) {
            urls(p).forEach(u -> byUrl.putIfAbsent(u, p));
        }
        Map<Pipeline.Extracted, Pipeline.Extracted> next = new IdentityHashMap<>();
        Set<Pipeline.Extracted> continuations = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Pipeline.Extracted p : pages) {
            for (String link : p.text().page().nextPages()) {
                Pipeline.Extracted target = byUrl.get(key(link));
                if (target != null && target != p && !continuations.contains(target) && !next.containsKey(p)) {
                    next.put(p, target);
                    continuations.add(target);
                }
            }
        }
        List<Pipeline.Extracted> out = new ArrayList<>();
        for (Pipeline.Extracted p : pages) {
            if (!continuations.contains(p)) {
                out.add(next.containsKey(p) ? chain(p, next) : p);
            }
        }
        return out;
    }

    private static Pipeline.Extracted chain(Pipeline.Extracted first, Map<Pipeline.Extracted, Pipeline.Extracted> next) {
        StringBuilder text = new StringBuilder(first.text().text());
        Set<Pipeline.Extracted> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        seen.add(first);
        Pipeline.Extracted last = first;
        for (Pipeline.Extracted p = next.get(first); p != null && seen.add(p); p = next.get(p)) {
            text.append('\n').append(p.text().text());
            last = p;
        }
        PageMetadata page = first.text().page();
        PageMetadata merged = new PageMetadata(page.title(), page.published(), page.modified(), page.authors(),
                page.siteName(), page.canonicalUrl(), page.language(), page.section(), page.tags(), page.image(),
                unreached(last.text().page().nextPages(), seen));
        return new Pipeline.Extracted(first.raw(), new ExtractedText(text.toString(), merged));
    }

    /** The last page's next links that lead outside the chain. */
    private static List<String> unreached(List<String> links, Set<Pipeline.Extracted> chain) {
        Set<String> inChain = new HashSet<>();
        chain.forEach(p -> inChain.addAll(urls(p)));
        return links.stream().filter(l -> !inChain.contains(key(l))).toList();
    }

    private static List<String> urls(Pipeline.Extracted p) {
        List<String> out = new ArrayList<>();
        RawDocument raw = p.raw();
        if (p.text().page().canonicalUrl() != null) {
            out.add(key(p.text().page().canonicalUrl()));
        }
        if (raw.metadata().url() != null) {
            out.add(key(raw.metadata().url()));
        }
        return out;
    }

    /** A URL without scheme, "www.", fragment and trailing slash, host in lower case. */
    static String key(String url) {
        try {
            URI u = URI.create(url.strip());
            String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
            String path = u.getRawPath() == null ? "" : u.getRawPath().replaceFirst("/+$", "");
            String query = u.getRawQuery() == null ? "" : "?" + u.getRawQuery();
            return host + path + query;
        } catch (IllegalArgumentException e) {
            return url.strip();
        }
    }
}
