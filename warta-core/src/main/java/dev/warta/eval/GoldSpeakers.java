package dev.warta.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.warta.model.Document;
import dev.warta.model.Entity;
import dev.warta.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Names of gold persons and organizations with their aliases, and how ours are compared with them. */
final class GoldSpeakers {
    private GoldSpeakers() {
    }

    /** Every lower-cased name a gold article gives the entity called {@code name}. */
    static List<String> namesOf(JsonNode gold, String name) {
        List<String> out = new ArrayList<>();
        out.add(lower(name));
        for (String kind : List.of("persons", "organizations")) {
            for (JsonNode e : gold.path(kind)) {
                List<String> names = new ArrayList<>();
                names.add(lower(e.path("name").asText()));
                e.path("aliases").forEach(a -> names.add(lower(a.asText())));
                if (names.contains(lower(name))) {
                    out.addAll(names);
                }
            }
        }
        return out;
    }

    /** Whether the entity {@code id} or the text at {@code span} is one of {@code names}. */
    static boolean same(Document d, String id, Span span, List<String> names) {
        List<String> ours = new ArrayList<>();
        if (span != null) {
            ours.add(lower(span.of(d.article().text())));
        }
        for (Entity e : d.entities()) {
            if (e.id().equals(id)) {
                ours.add(lower(e.name()));
                e.aliases().forEach(a -> ours.add(lower(a)));
            }
        }
        return ours.stream().anyMatch(names::contains);
    }

    /** Where {@code exact} stands in the article text, or null. */
    static Span locate(String text, String exact) {
        int at = text.indexOf(exact);
        return at < 0 ? null : new Span(at, at + exact.length());
    }

    static double overlap(Span gold, Span ours) {
        int common = Math.min(gold.end(), ours.end()) - Math.max(gold.start(), ours.start());
        return gold.length() == 0 ? 0 : Math.max(0, common) / (double) gold.length();
    }

    static String lower(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
