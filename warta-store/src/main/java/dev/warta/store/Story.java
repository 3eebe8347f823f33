package dev.warta.store;

import java.util.List;

/**
 * Articles about one happening: a label (the headline of its first article), the articles in the order
 * they joined, the entities they share, and the days it spans (ISO dates, null when undated).
 */
public record Story(String id, String label, List<String> articleIds, List<String> entities, String firstDay,
                    String lastDay) {
    public Story {
        articleIds = List.copyOf(articleIds);
        entities = List.copyOf(entities);
    }
}
