package dev.warta.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The {@code <meta>} tags of a page by lower-case key: the {@code property}, {@code name},
 * {@code itemprop} and {@code http-equiv} attributes all count as keys ("og:title", "author",
 * "datepublished", "content-language"). Values are cleaned and capped.
 */
final class MetaTags {
    private static final int MAX_TAGS = 2000;
    private final Map<String, List<String>> values = new LinkedHashMap<>();

    MetaTags(PageElements page) {
        int n = 0;
        for (Element m : page.tagged("meta")) {
            if (++n > MAX_TAGS) {
                break;
            }
            String content = MetaText.clean(m.attr("content"));
            if (content == null) {
                continue;
            }
            for (String attr : new String[]{"property", "name", "itemprop", "http-equiv"}) {
                String k = m.attr(attr);
                if (k.isBlank() || k.length() > 100) {
                    continue;
                }
                // some pages write several keys in one attribute ("og:title twitter:title")
                for (String key : k.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
                    values.computeIfAbsent(key, x -> new ArrayList<>()).add(content);
                }
            }
        }
    }

    /** The first value under any of the keys, in the order of the keys; null when none. */
    String first(String... keys) {
        for (String k : keys) {
            List<String> v = values.get(k);
            if (v != null && !v.isEmpty()) {
                return v.getFirst();
            }
        }
        return null;
    }

    /** Every value under the key, in page order. */
    List<String> all(String key) {
        return values.getOrDefault(key, List.of());
    }
}
