package dev.warta.extract;

import java.util.ArrayList;
import java.util.List;

/** The author meta tags name: the first tag of the list that has a value. */
final class AuthorsFromMeta {
    private static final String[] KEYS = {"author", "article:author", "parsely-author", "sailthru.author",
        "dc.creator", "dcterms.creator", "byl", "citation_author", "og:article:author", "twitter:data1"};

    private AuthorsFromMeta() {
    }

    static Byline read(MetaTags meta) {
        List<String> out = new ArrayList<>();
        for (String k : KEYS) {
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
        return new Byline(out, Byline.Source.METADATA);
    }
}
