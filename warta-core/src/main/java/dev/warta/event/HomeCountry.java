package dev.warta.event;

import dev.warta.gazetteer.PlaceCountries;
import dev.warta.lang.Language;
import dev.warta.model.Article;
import dev.warta.model.Entity;
import dev.warta.model.EntityType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The country actors belong to when the text does not say: the dateline's, else the country of the language's
 * press, else the country the article names most often (its provinces and cities counting).
 */
final class HomeCountry {
    private HomeCountry() {
    }

    /** The ISO 3166 alpha-3 code of the article's home country, or null when nothing tells it. */
    static String of(Article article, List<Entity> entities, Language language, PlaceCountries places) {
        if (article.dateline() != null) {
            var c = places.of(article.dateline());
            if (c.isPresent()) {
                return c.get().iso3();
            }
        }
        if (language.pressCountry().isPresent()) {
            return language.pressCountry().get();
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Entity e : entities) {
            if (e.type() == EntityType.LOCATION) {
                places.of(e.name()).ifPresent(c -> counts.merge(c.iso3(), e.mentions().size(), Integer::sum));
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
