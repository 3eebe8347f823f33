package dev.warta.store;

import com.fasterxml.jackson.databind.JsonNode;
import dev.warta.store.EntityProfile.QuoteRecord;
import dev.warta.store.EntityProfile.RoleCount;
import dev.warta.store.SearchResult.FacetCount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gathers one entity's profile from stored documents (warta.document/1 trees), one document at a time:
 * in each, the entities whose name or alias is the entity's, their roles, and the quotes and events
 * whose speaker or actor is one of them.
 */
final class EntityProfileReader {
    static final int MAX_QUOTES = 200;
    static final int MAX_EVENTS = 200;
    private final String key;
    private final Map<String, Integer> names = new HashMap<>();
    private final Map<String, Integer> types = new HashMap<>();
    private final Set<String> aliases = new LinkedHashSet<>();
    private final Map<String, RoleCount> roles = new LinkedHashMap<>();
    private final Map<String, String> typeByName = new HashMap<>();
    private final List<QuoteRecord> quotes = new ArrayList<>();
    private final List<EventRecord> events = new ArrayList<>();

    /** {@code key} is the entity's name as {@link IndexedArticle#key} gives it. */
    EntityProfileReader(String key) {
        this.key = key;
    }

    void read(String articleId, JsonNode doc) {
        JsonNode article = doc.path("article");
        String title = ArticleQueries.headline(article.path("title").asText(null), article.path("text").asText(null));
        String published = article.path("published").path("value").asText(null);
        String outlet = article.path("outlet").asText(null);
        Set<String> ids = new HashSet<>();
        Set<String> rolesHere = new HashSet<>();
        for (JsonNode e : doc.path("entities")) {
            String name = e.path("name").asText();
            String type = e.path("type").asText(null);
            typeByName.putIfAbsent(name, type);
            if (!isTheEntity(e)) {
                continue;
            }
            ids.add(e.path("id").asText());
            names.merge(name, 1, Integer::sum);
            types.merge(type, 1, Integer::sum);
            aliases.add(name);
            e.path("aliases").forEach(a -> aliases.add(a.asText()));
            for (JsonNode r : e.path("roles")) {
                String written = r.path("title").asText();
                String roleKey = IndexedArticle.key(written);
                if (rolesHere.add(roleKey)) {
                    roles.merge(roleKey, new RoleCount(written, r.path("normalized").asText(null), 1),
                            (a, b) -> new RoleCount(a.title(), a.normalized(), a.count() + 1));
                }
            }
        }
        for (JsonNode q : doc.path("quotes")) {
            if (quotes.size() < MAX_QUOTES && ids.contains(q.path("speaker").asText())) {
                quotes.add(new QuoteRecord(articleId, title, published, q));
            }
        }
        JsonNode all = doc.path("events");
        for (int k = 0; k < all.size() && events.size() < MAX_EVENTS; k++) {
            JsonNode ev = all.get(k);
            if (ids.contains(ev.path("source").path("entity").asText()) || ids.contains(ev.path("target").path("entity").asText())) {
                events.add(new EventRecord(articleId + "#" + k, articleId, title, outlet, published, ev));
            }
        }
    }

    /** The names this entity goes by in the documents read (for telling it apart from entities named beside it). */
    Set<String> names() {
        return aliases;
    }

    String typeOf(String name) {
        return typeByName.get(name);
    }

    EntityProfile profile(String asked, long articles, List<FacetCount> months, List<EntityCount> cooccurring) {
        String name = mostFrequent(names, asked);
        List<String> otherNames = aliases.stream().filter(a -> !a.equals(name)).toList();
        List<RoleCount> byCount = roles.values().stream()
                .sorted(Comparator.comparingInt(RoleCount::count).reversed()).toList();
        return new EntityProfile(name, mostFrequent(types, null), otherNames, articles, byCount, months, cooccurring,
                List.copyOf(quotes), List.copyOf(events));
    }

    private boolean isTheEntity(JsonNode e) {
        if (IndexedArticle.key(e.path("name").asText()).equals(key)) {
            return true;
        }
        for (JsonNode a : e.path("aliases")) {
            if (IndexedArticle.key(a.asText()).equals(key)) {
                return true;
            }
        }
        return false;
    }

    private static String mostFrequent(Map<String, Integer> counts, String otherwise) {
        return counts.entrySet().stream().filter(e -> e.getKey() != null).max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(otherwise);
    }
}
